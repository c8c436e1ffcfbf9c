#!/usr/bin/env bash
# Runs the libFuzzer harnesses of a -DXLQA_FUZZ=ON build, each for a time or a number of
# executions, and prints a line of figures per target. Findings land in BUILD/fuzz-findings/TARGET/;
# keep each as a regression in tests/fuzz/regressions/TARGET/ once it is fixed.
#
#   tools/fuzz.sh [--build DIR] [--seconds N] [--runs N] [TARGET...]    (default: all, 10 s each)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-sanitize seconds=10 runs=-1 targets=()
while (($#)); do
  case $1 in
    --build) build=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --runs) runs=$2; seconds=0; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if ((${#targets[@]} == 0)); then
  for exe in "$build"/fuzz/fuzz_*; do targets+=("$(basename "$exe" | sed 's/^fuzz_//')"); done
fi
dictionary() {
  case $1 in
    unpickler) echo tests/fuzz/dict/pickle.dict ;;
    zip_directory|torch_checkpoint) echo tests/fuzz/dict/zip.dict ;;
    vocab) ;;
    *) echo tests/fuzz/dict/json.dict ;;
  esac
}
# LibTorch 1.13 leaks its zip reader's state when PyTorchStreamReader's constructor throws.
export LSAN_OPTIONS=suppressions=$PWD/tools/sanitizer/lsan.supp:print_suppressions=0
printf '%-18s %12s %10s %8s %8s %s\n' target executions exec/s cov features result
status=0
for target in "${targets[@]}"; do
  exe=$build/fuzz/fuzz_$target
  [[ -x $exe ]] || { echo "no $exe: configure with -DXLQA_FUZZ=ON and build it" >&2; exit 2; }
  work=$build/fuzz-corpus/$target findings=$build/fuzz-findings/$target
  mkdir -p "$work" "$findings"
  cp -n tests/fuzz/corpus/"$target"/* "$work"/ 2>/dev/null || true
  dict=$(dictionary "$target")
  log=$build/fuzz-findings/$target.log
  set +e
  "$exe" "$work" ${dict:+-dict=$dict} -max_total_time="$seconds" -runs="$runs" -max_len=16384 -timeout=20 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$findings"/ >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo ?)
  ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo ?)
  result=ok
  if ((rc != 0)); then result="FINDING (see $log)"; status=1; fi
  printf '%-18s %12s %10s %8s %8s %s\n' "$target" "$execs" "$rate" "$cov" "$ft" "$result"
done
exit $status
