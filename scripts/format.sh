#!/usr/bin/env bash
# Formats quanze's C sources with the top-level .clang-format (clang-format-14).
#   scripts/format.sh            rewrite the files in place
#   scripts/format.sh --check    change nothing; list the files that are not formatted, exit 1 if any
#   scripts/format.sh --dialect  list the spellings docs/internals.md rules out ("p == NULL",
#                                "sizeof x"), which clang-format cannot fix; exit 1 if any
# Optional paths after the option limit the run to those files or directories.
# Generated files and test data are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=apply
case "${1:-}" in
  --check) mode=check; shift ;;
  --dialect) mode=dialect; shift ;;
  -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
  -*) echo "format.sh: unknown option $1" >&2; exit 2 ;;
esac

clang_format=${CLANG_FORMAT:-}
if [ -z "$clang_format" ]; then
  for c in clang-format-14 clang-format; do
    if command -v "$c" >/dev/null; then clang_format=$c; break; fi
  done
fi

roots=("$@")
[ ${#roots[@]} -gt 0 ] || roots=(lib include tools tests bench examples/c)
mapfile -t files < <(find "${roots[@]}" -type f \( -name '*.c' -o -name '*.h' \) \
  -not -path 'tests/data/*' -not -path 'tests/fuzz/corpus/*' | LC_ALL=C sort)
[ ${#files[@]} -gt 0 ] || { echo "format.sh: no C files under ${roots[*]}" >&2; exit 2; }

case $mode in
  apply)
    [ -n "$clang_format" ] || { echo "format.sh: clang-format-14 not found (scripts/deps.sh)" >&2; exit 1; }
    "$clang_format" -i --style=file "${files[@]}"
    ;;
  check)
    [ -n "$clang_format" ] || { echo "format.sh: clang-format-14 not found (scripts/deps.sh)" >&2; exit 1; }
    bad=0
    for f in "${files[@]}"; do
      if ! "$clang_format" --style=file --dry-run -Werror "$f" >/dev/null 2>&1; then
        n=$("$clang_format" --style=file --dry-run "$f" 2>&1 | grep -c 'warning:' || true)
        echo "$f: $n change(s) to make"
        bad=1
      fi
    done
    [ $bad -eq 0 ] && echo "format.sh: ${#files[@]} files formatted"
    exit $bad
    ;;
  dialect)
    # comments and strings are not parsed: a hit inside one is a false alarm to ignore
    if grep -nE '[!=]= NULL\b|\bNULL [!=]=|\bsizeof [A-Za-z_*(]' "${files[@]}"; then
      echo "format.sh: write !p / p and sizeof(x) (docs/internals.md, Dialect)"
      exit 1
    fi
    echo "format.sh: ${#files[@]} files follow the dialect"
    ;;
esac
