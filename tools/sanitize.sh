#!/usr/bin/env bash
# Sanitizer runs, with clang-14 (Debian: clang-14, libclang-rt-14-dev):
#   tools/sanitize.sh asan   build-sanitize: AddressSanitizer + UndefinedBehaviorSanitizer (and the
#                            libFuzzer harnesses), then the whole test suite and each fuzz target's
#                            inputs
#   tools/sanitize.sh tsan   build-tsan: ThreadSanitizer, then the tests whose code runs threads
#                            (the job runner, the evaluation engine, parallel loading, atomic writes)
# LibTorch, Qt and OpenBLAS are not instrumented; OpenMP runs one thread under TSan, because an
# uninstrumented libgomp's synchronisation is invisible to it.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-asan}
jobs=${JOBS:-$(nproc)}
export CC=clang-14 CXX=clang++-14
case $mode in
  asan)
    cmake -S . -B build-sanitize -G Ninja -DXLQA_FUZZ=ON -DXLQA_PACKAGING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only"
    cmake --build build-sanitize -j "$jobs"
    # Leaks are checked in our code; Qt's and fontconfig's process-lifetime caches are not ours.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
    export LSAN_OPTIONS=suppressions=$PWD/tools/sanitizer/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # code_format and core_layers check sources, not binaries: nothing to sanitize.
    ctest --test-dir build-sanitize --output-on-failure -E '^(code_format|core_layers)$'
    ;;
  tsan)
    cmake -S . -B build-tsan -G Ninja -DXLQA_SANITIZE=thread -DXLQA_PACKAGING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only"
    threaded=(tst_job_runner tst_workbench_document tst_example_browser tst_parallel_dataset tst_run_store
              tst_evaluation_engine)
    cmake --build build-tsan -j "$jobs" --target xlqa "${threaded[@]}"
    export OMP_NUM_THREADS=1
    export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tools/sanitizer/tsan.supp
    ctest --test-dir build-tsan --output-on-failure -R "^($(IFS='|'; echo "${threaded[*]}"))\$"
    ;;
  *) echo "usage: tools/sanitize.sh asan|tsan" >&2; exit 2 ;;
esac
