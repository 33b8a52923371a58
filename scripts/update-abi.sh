#!/usr/bin/env bash
# Regenerates the committed record of the ABI from a build, after an intended
# change of the public API (see "The ABI" in docs/internals.md):
#   abi/quanze.symbols   the sorted names of the exported functions;
#   lib/quanze.map       the version script, one node QUANZE_<major>.<minor> listing them;
#   with --baseline also abi/quanze-<major>.<minor>.0.abi, the abidw dump that the
#   abi_compat test compares every later build of this minor release against.
# The names are the global, default-visibility symbols of the static library's
# objects (what QZ_EXTERN marks), so a function the map does not list yet is
# still found. Then the shared library is relinked and tests/check_exports.py run.
#
# Usage: scripts/update-abi.sh [--baseline] [BUILD_DIR]
#   BUILD_DIR  an existing build to use (for --baseline: with -g, i.e. Debug or
#              RelWithDebInfo); without it a fresh gcc RelWithDebInfo build of the
#              library alone is made in a temporary directory and removed after.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

baseline=0
build=""
for arg in "$@"; do
  case "$arg" in
    --baseline) baseline=1 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "update-abi.sh: unknown option $arg" >&2; exit 2 ;;
    *) build=$arg ;;
  esac
done

for tool in readelf nm python3; do
  command -v "$tool" >/dev/null || { echo "update-abi.sh: $tool not found" >&2; exit 1; }
done
if [ "$baseline" -eq 1 ] && ! command -v abidw >/dev/null; then
  echo "update-abi.sh: abidw not found (Debian package abigail-tools, see scripts/deps.sh)" >&2
  exit 1
fi

version=$(sed -n 's/^project(quanze VERSION \([0-9][0-9.]*\).*/\1/p' CMakeLists.txt)
IFS=. read -r major minor _patch <<<"$version"
node="QUANZE_${major}.${minor}"

tmp=""
cleanup() { [ -z "$tmp" ] || rm -rf "$tmp"; }
trap cleanup EXIT
if [ -z "$build" ]; then
  tmp=$(mktemp -d)
  build=$tmp/build
  # the prefix map keeps this checkout's path out of the committed baseline
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=gcc \
    -DCMAKE_C_FLAGS="-ffile-prefix-map=$root/= -ffile-prefix-map=$tmp/=" -DQZ_BUILD_TESTS=OFF -DQZ_BUILD_TOOLS=OFF \
    -DQZ_BUILD_BENCH=OFF >/dev/null
fi
build=$(cd "$build" && pwd)
cmake --build "$build" --target quanze_static -j"${QZ_JOBS:-2}" >/dev/null
# the library built here, not a copy an install test put under the build tree
static=$(find "$build" -name install-test -prune -o -name libquanze.a -print -quit)
[ -n "$static" ] || { echo "update-abi.sh: no libquanze.a in $build" >&2; exit 1; }

# Num: Value Size Type Bind Vis Ndx Name -- defined global functions and data, default visibility
readelf -sW "$static" | awk '
  ($4 == "FUNC" || $4 == "OBJECT") && ($5 == "GLOBAL" || $5 == "WEAK") && $6 == "DEFAULT" && $7 != "UND" { print $8 }
' | LC_ALL=C sort -u >abi/quanze.symbols.new
if [ ! -s abi/quanze.symbols.new ]; then
  rm -f abi/quanze.symbols.new
  echo "update-abi.sh: found no exported symbol in $static" >&2
  exit 1
fi
mv abi/quanze.symbols.new abi/quanze.symbols

{
  echo "/* The exported symbols of libquanze, by name, in the version node of the release"
  echo " * that froze them. Generated with abi/quanze.symbols by scripts/update-abi.sh;"
  echo " * tests/check_exports.py checks that both agree with the headers and the library. */"
  echo "${node} {"
  echo "  global:"
  sed 's/.*/    &;/' abi/quanze.symbols
  echo "  local:"
  echo "    *;"
  echo "};"
} >lib/quanze.map.new
mv lib/quanze.map.new lib/quanze.map

cmake --build "$build" --target quanze -j"${QZ_JOBS:-2}" >/dev/null
shared=$(find "$build" -name install-test -prune -o -name 'libquanze.so' -print -quit)
python3 tests/check_exports.py "$shared" abi/quanze.symbols lib/quanze.map include "$build/include"

if [ "$baseline" -eq 1 ]; then
  out="abi/quanze-${major}.${minor}.0.abi"
  abidw --no-corpus-path --headers-dir include --headers-dir "$build/include" \
    --out-file "$out" "$shared"
  echo "wrote $out"
fi
echo "wrote abi/quanze.symbols ($(wc -l <abi/quanze.symbols) names) and lib/quanze.map ($node)"
