#!/usr/bin/env bash
# Checks that every C++ file follows .clang-format (ctest: code_format). With --fix, rewrites them.
set -euo pipefail
cd "$(dirname "$0")/.."
format=$(command -v clang-format-14 || command -v clang-format || true)
if [[ -z "$format" ]]; then
  echo "check_format: clang-format not installed (packaging/install-deps.sh installs clang-format-14)" >&2
  exit 77  # ctest's skip code
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h')  # new files too
else
  mapfile -t files < <(find app core widgets tests bench examples -name '*.cpp' -o -name '*.h' 2>/dev/null | sort)
fi
sources=()
for f in "${files[@]}"; do
  [[ ! -f "$f" ]] || sources+=("$f")  # listed by git but deleted in the work tree
done
if [[ "${1:-}" == "--fix" ]]; then
  "$format" -i "${sources[@]}"
  echo "check_format: formatted ${#sources[@]} files"
  exit 0
fi
if ! "$format" --dry-run -Werror "${sources[@]}" 2>/tmp/check_format.$$; then
  grep -E '^[^ ].*: error' /tmp/check_format.$$ | cut -d: -f1 | sort -u | sed 's/^/  not formatted: /' >&2
  rm -f /tmp/check_format.$$
  echo "check_format: run tools/check_format.sh --fix" >&2
  exit 1
fi
rm -f /tmp/check_format.$$
echo "check_format: ${#sources[@]} files follow .clang-format"
