#!/usr/bin/env bash
# Builds the Debian packages from a copy of the source tree in a temporary
# directory (dpkg-buildpackage writes ../*.deb), runs lintian on them (errors
# fail, warnings are printed), extracts them with `dpkg -x` into a scratch
# root and uses every part from there: the CLI and its man page, a C program
# compiled through pkg-config, the Python module and a Java call.
#
#   bash scripts/deb-test.sh [--keep]
#
# Needs debhelper, dh-python, lintian, fakeroot, dpkg-dev and the build
# dependencies of debian/control (scripts/deps.sh installs them). Takes
# several minutes: it builds everything. --keep leaves the temporary
# directory (and its .debs) in place and prints its path.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
keep=0
[ "${1:-}" = --keep ] && keep=1

tmp=$(mktemp -d /tmp/quanze-deb.XXXXXX)
if [ $keep -eq 0 ]; then trap 'rm -rf "$tmp"' EXIT; fi
fail() { echo "deb-test: $*" >&2; exit 1; }

version=$(sed -n '1s/^quanze (\([^)]*\)).*/\1/p' "$src/debian/changelog")
tree="$tmp/quanze-$version"
mkdir -p "$tree"
# The working tree as it is (tracked and new files, not ignored ones).
(cd "$src" && git ls-files -z --cached --others --exclude-standard |
  tar --null --ignore-failed-read -cf - -T - 2>/dev/null) | tar -xf - -C "$tree"

echo "building the packages in $tmp (log: $tmp/build.log)"
(cd "$tree" && DEB_BUILD_OPTIONS="parallel=${QZ_JOBS:-2} nocheck" dpkg-buildpackage -us -uc -b) \
  >"$tmp/build.log" 2>&1 || { tail -60 "$tmp/build.log"; fail "dpkg-buildpackage failed"; }
ls "$tmp"/*.deb

arch=$(dpkg-architecture -qDEB_HOST_ARCH)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
for p in libquanze0.3 libquanze-dev quanze python3-quanze libquanze-java; do
  [ -f "$tmp/${p}_${version}_${arch}.deb" ] || fail "no package $p"
done

# lintian: errors fail the test, the rest is shown.
lintian --tag-display-limit 0 "$tmp"/*.changes >"$tmp/lintian.log" 2>&1 || true
cat "$tmp/lintian.log"
if grep -q '^E: ' "$tmp/lintian.log"; then fail "lintian reports errors"; fi

root="$tmp/root"
for deb in "$tmp"/*.deb; do dpkg -x "$deb" "$root"; done
export LD_LIBRARY_PATH="$root/usr/lib/$multiarch"

# The CLI and its manual page.
out=$("$root/usr/bin/quanze" workdays add 2026-09-30 1)
echo "quanze workdays add 2026-09-30 1: $out"
case $out in *2026-10-08*) ;; *) fail "the CLI answered '$out'" ;; esac
[ -f "$root/usr/share/man/man1/quanze.1.gz" ] || fail "no manual page"
[ -f "$root/usr/share/man/zh_CN/man1/quanze.1.gz" ] || fail "no Chinese manual page"
if readelf -d "$root/usr/bin/quanze" | grep -qE 'RPATH|RUNPATH'; then fail "the CLI has a run path"; fi

# A C program through pkg-config, against the extracted tree.
pc="$root/usr/lib/$multiarch/pkgconfig"
[ -f "$pc/quanze.pc" ] || fail "no quanze.pc"
flags=$(PKG_CONFIG_PATH="$pc" pkg-config --define-variable=prefix="$root/usr" --cflags --libs quanze)
echo "pkg-config: $flags"
# shellcheck disable=SC2086
cc -std=c11 -Wall -Wextra -Werror -o "$tmp/deadline" "$src/examples/c/deadline.c" $flags
out=$("$tmp/deadline" 2026-09-30 5)
echo "deadline: $out"
[ -n "$out" ] || fail "the C program printed nothing"

# The Python module, from the extracted tree only.
PYTHONPATH="$root/usr/lib/python3/dist-packages" PYTHONNOUSERSITE=1 /usr/bin/python3 -I -c '
import sys; sys.path.insert(0, sys.argv[1])
import datetime, quanze
assert quanze.__file__.startswith(sys.argv[1]), quanze.__file__
cal = quanze.Calendar.default()
assert cal.add_workdays(datetime.date(2026, 9, 30), 1) == datetime.date(2026, 10, 8)
with quanze.Model.default() as model:
    print("python:", quanze.__version__, model.sign("request", "2026-03-02", recipient="city-government").person)
' "$root/usr/lib/python3/dist-packages"

# A Java call through the packaged jar.
jar="$root/usr/share/java/quanze.jar"
[ -e "$jar" ] || fail "no quanze.jar"
mkdir -p "$tmp/java"
cat >"$tmp/java/Smoke.java" <<'JAVA'
public class Smoke {
    public static void main(String[] args) {
        String v = org.quanze.Quanze.versionString();
        System.out.println("java: quanze " + v);
        if (!v.startsWith("0.")) throw new AssertionError(v);
    }
}
JAVA
java -Djava.library.path="$root/usr/lib/$multiarch/jni" -cp "$jar" "$tmp/java/Smoke.java"

debs=("$tmp"/*.deb)
echo "deb-test: OK (${#debs[@]} packages)"
[ $keep -eq 1 ] && echo "kept: $tmp"
exit 0
