#!/usr/bin/env bash
# Builds the Python wheel from the source tree, installs it into a fresh venv
# in a temporary directory (pip, offline) and runs examples/python/ with that
# venv's interpreter, from a copy outside the source tree.
#
#   bash scripts/wheel-test.sh [PYTHON] [WORK_DIR]
#
# PYTHON defaults to /usr/bin/python3 (it needs Debian's python3-build,
# python3-setuptools, python3-wheel and python3-venv); WORK_DIR keeps CMake's
# build of the wheel between runs (default: setup.py's own, under /tmp).
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
python=${1:-/usr/bin/python3}
[ $# -ge 2 ] && export QZ_WHEEL_BUILD_DIR=$2
unset PYTHONPATH

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "wheel-test: $*" >&2; exit 1; }

"$python" -m build --no-isolation --wheel --outdir "$tmp/dist" "$src" >"$tmp/build.log" 2>&1 ||
  { tail -40 "$tmp/build.log"; fail "python3 -m build failed"; }
wheels=("$tmp"/dist/quanze-*.whl)
if [ ${#wheels[@]} -ne 1 ] || [ ! -f "${wheels[0]}" ]; then fail "expected one wheel in $tmp/dist"; fi
whl=${wheels[0]}
echo "built $(basename "$whl")"

# Tagged for this interpreter and platform, not py3-none-any.
tag=$("$python" -c 'import sys; print("cp%d%d" % sys.version_info[:2])')
case $(basename "$whl") in
  quanze-*-"$tag"-"$tag"-linux_*.whl) ;;
  *) fail "wheel not tagged $tag-$tag-linux_*: $(basename "$whl")" ;;
esac

"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet --no-index --no-deps "$whl"

# The extension finds the libquanze shipped beside it, and nothing else.
site=$("$tmp/venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["platlib"])')
ext="$site/quanze/_quanze.so"
[ -f "$ext" ] || fail "no $ext"
ls "$site"/quanze/libquanze.so.* >/dev/null 2>&1 || fail "no libquanze in the wheel"
runpath=$(readelf -d "$ext" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
# shellcheck disable=SC2016 # the literal $ORIGIN
[ "$runpath" = '$ORIGIN' ] || fail "extension RUNPATH is '$runpath', expected \$ORIGIN"

# Examples, from a copy, run by the venv's interpreter.
cp -r "$src/examples/python" "$tmp/examples"
cd "$tmp/examples"
"$tmp/venv/bin/python" - "$site" <<'PY'
import os, sys, quanze
assert os.path.dirname(quanze.__file__) == os.path.join(sys.argv[1], "quanze"), quanze.__file__
print("quanze", quanze.__version__, "from", os.path.dirname(quanze.__file__))
PY
for ex in "$tmp"/examples/*.py; do
  echo "running examples/python/$(basename "$ex")"
  "$tmp/venv/bin/python" "$ex"
done
echo "wheel-test: OK"
