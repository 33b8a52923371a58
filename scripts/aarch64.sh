#!/usr/bin/env bash
# The Linux aarch64 (ARM64) leg: cross-builds libquanze and the JNI library
# with Debian's gcc-aarch64-linux-gnu and the arm64 libxml2, runs the C tests
# under qemu-user, packs both natives into quanze.jar beside linux-x86_64
# (org/quanze/native/linux-aarch64/) and runs a Java smoke test with an arm64
# JVM under qemu-user.
#
#   bash scripts/aarch64.sh [WORK_DIR]
#
# WORK_DIR (default /tmp/quanze-aarch64) keeps the host build (SWIG's wrapper
# and the jar, in WORK_DIR/host), the cross build (WORK_DIR/cross), the arm64
# JRE and the result (builds kept from an earlier run are reused):
#   WORK_DIR/quanze.jar  the jar with natives for linux-x86_64 and linux-aarch64
# Not part of .ci/run: it adds a foreign architecture (arm64) to dpkg and
# installs packages for it. A first run takes about 5 minutes on two cores
# (see README). Run as root (it installs packages).
#   QZ_AARCH64_TESTS=regex        the C tests to run (ctest -R; default ^test_)
#   QZ_AARCH64_SKIP_JAVA=1        skip the Java smoke test
#   QZ_AARCH64_JAVA_TIMEOUT=secs  its bound (default 600)
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/quanze-aarch64}
host=$work/host
cross=$work/cross
mkdir -p "$work"
log() { printf '[aarch64 %s] %s\n' "$(date +%T)" "$*"; }
fail() { echo "aarch64: $*" >&2; exit 1; }
start=$(date +%s)

# --- dependencies: the cross compiler, the arm64 libraries, the emulator ---
deps() {
  local packages=(gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user libc6:arm64 zlib1g:arm64 libstdc++6:arm64 libxml2-dev:arm64 libcmocka-dev:arm64)
  local missing=() p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  dpkg --print-foreign-architectures | grep -qx arm64 || $sudo dpkg --add-architecture arm64
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
deps

# The emulator runs arm64 programs with multiarch's loader and C library
# (libc6:arm64, at the host's /lib paths), so no -L: `-L /usr/aarch64-linux-gnu`
# pairs the cross toolchain's older ld-linux-aarch64.so.1 with libc6:arm64's
# libc.so.6, and with such a pair the arm64 JVM spins while libjvm.so is
# loaded and never starts, and the tests that start threads hang (Debian 12:
# loader 2.36-8cross1, libc 2.36-9+deb12u14). cmake/aarch64-linux-gnu.cmake
# makes the same choice for ctest. QEMU_LD_PREFIX would act as -L, for
# ctest's runs too. The pair qemu will use is checked here, because a
# mismatch shows only as a hang.
unset QEMU_LD_PREFIX
qemu=(qemu-aarch64)
loader=$(timeout 60 "${qemu[@]}" /lib/ld-linux-aarch64.so.1 --version 2>&1 | head -1 | sed -n 's/^ld\.so (\(.*\)) .*/\1/p') || true
libc=$(timeout 60 "${qemu[@]}" /lib/aarch64-linux-gnu/libc.so.6 2>&1 | head -1 | sed -n 's/^GNU C Library (\(.*\)) .*/\1/p') || true
[ -n "$loader" ] || fail "qemu-aarch64 cannot run the arm64 loader /lib/ld-linux-aarch64.so.1 (is libc6:arm64 installed?)"
[ "$loader" = "$libc" ] ||
  fail "the arm64 loader ($loader) and libc.so.6 ($libc) come from different glibc builds: reinstall libc6:arm64"
log "arm64 glibc under $(qemu-aarch64 --version | head -1): $libc"

# --- the host build: the jar (classes + linux-x86_64) and SWIG's C wrapper ---
log "host build"
# (A build directory kept from an earlier run is reused as it is.)
[ -f "$host/CMakeCache.txt" ] ||
  cmake -S "$src" -B "$host" -DCMAKE_BUILD_TYPE=Release -DQZ_BUILD_TESTS=OFF -DQZ_BUILD_BENCH=OFF \
    -DQZ_BUILD_JAVA=ON -DPython3_EXECUTABLE=/usr/bin/python3 >"$work/host-configure.log"
cmake --build "$host" -j2 --target quanze_jar >"$work/host-build.log"
wrap=$host/bindings/gen/java-c/javaJAVA_wrap.c
[ -f "$wrap" ] || fail "no SWIG wrapper at $wrap"

# --- the cross build: libquanze and the cmocka tests, run under qemu ---
log "cross build"
# Configured every time (a second): a build directory kept from a run before
# the toolchain file changed gets its emulator command line anew.
cmake -S "$src" -B "$cross" -DCMAKE_TOOLCHAIN_FILE="$src/cmake/aarch64-linux-gnu.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DQZ_BUILD_BENCH=OFF -DPython3_EXECUTABLE=/usr/bin/python3 >"$work/cross-configure.log"
cmake --build "$cross" -j2 >"$work/cross-build.log"
file -L "$cross/lib/libquanze.so" | grep -q "ARM aarch64" || fail "libquanze.so is not an aarch64 library"
# QZ_AARCH64_TESTS: a ctest regular expression (default: every cmocka test).
log "C tests under qemu-user"
ctest --test-dir "$cross" -R "${QZ_AARCH64_TESTS:-^test_}" -j2 --output-on-failure >"$work/cross-ctest.log" 2>&1 ||
  { tail -40 "$work/cross-ctest.log"; fail "C tests failed under qemu-user (the whole output: $work/cross-ctest.log)"; }
grep -E 'tests passed|Total Test time' "$work/cross-ctest.log" || true

# --- the JNI library, from the host's wrapper (the same interface) ---
log "JNI library"
jdk_include=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")/include
natives=$work/natives/org/quanze/native/linux-aarch64
rm -rf "$work/natives"
mkdir -p "$natives"
soname=$(readelf -d "$cross/lib/libquanze.so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
cp -L "$cross/lib/libquanze.so" "$natives/$soname"
aarch64-linux-gnu-gcc -O2 -fPIC -fvisibility=hidden -fno-strict-aliasing -std=c11 -shared \
  -I"$jdk_include" -I"$jdk_include/linux" -I"$src/include" -I"$cross/include" \
  -o "$natives/libquanzejni.so" "$wrap" -L"$natives" -l:"$soname" -Wl,-soname,libquanzejni.so -Wl,-rpath,'$ORIGIN'
printf '%s\nlibquanzejni.so\n' "$soname" >"$natives/libraries.txt"
for lib in "$natives"/*.so*; do
  file "$lib" | grep -q "ARM aarch64" || fail "$lib is not an aarch64 library"
  if readelf -d "$lib" | grep -E 'R(UN)?PATH' | grep -v '\$ORIGIN' | grep -q .; then
    fail "$lib has a RUNPATH other than \$ORIGIN"
  fi
done

# --- the jar with both platforms ---
cp "$host/bindings/java/quanze.jar" "$work/quanze.jar"
jar uf "$work/quanze.jar" -C "$work/natives" org/quanze/native/linux-aarch64
jar tf "$work/quanze.jar" | grep -q 'native/linux-x86_64/libquanzejni.so' || fail "x86_64 natives missing"
jar tf "$work/quanze.jar" | grep -q 'native/linux-aarch64/libquanzejni.so' || fail "aarch64 natives missing"
log "jar: $work/quanze.jar"

# --- a Java smoke test with an arm64 JVM under qemu-user ---
# The arm64 JRE is Debian's openjdk-17-jre-headless:arm64, unpacked (not
# installed) into the work directory.
jre=$work/jre
if [ ! -x "$jre/usr/lib/jvm/java-17-openjdk-arm64/bin/java" ]; then
  log "fetching the arm64 JRE"
  rm -rf "$jre" "$work/deb"
  mkdir -p "$work/deb"
  (cd "$work/deb" && apt-get download openjdk-17-jre-headless:arm64 >/dev/null 2>&1)
  dpkg -x "$work"/deb/openjdk-17-jre-headless_*_arm64.deb "$jre"
fi
mkdir -p "$work/smoke"
cat >"$work/smoke/Smoke.java" <<'JAVA'
import java.io.File;
import java.time.LocalDate;
import org.quanze.*;

public class Smoke {
  public static void main(String[] args) {
    String arch = System.getProperty("os.arch");
    try (Model m = Model.getDefault()) {
      Answer a = m.sign(SignRequest.of("request", LocalDate.of(2026, 3, 2)).recipient("city-government"));
      if (!a.isFound() || a.getPerson() == null) {
        throw new AssertionError("no signer: " + a);
      }
      System.out.println(arch + ": " + a);
    }
    if (!arch.equals("aarch64")) {
      throw new AssertionError("not running on aarch64: " + arch);
    }
    // The natives were extracted where org.quanze.nativeDir says (they are
    // deleted at exit, so this is checked from inside).
    boolean extracted = false;
    File[] dirs = new File(System.getProperty("org.quanze.nativeDir")).listFiles();
    for (File d : dirs == null ? new File[0] : dirs) {
      extracted |= new File(d, "libquanzejni.so").isFile();
    }
    if (!extracted) {
      throw new AssertionError("no libquanzejni.so under org.quanze.nativeDir");
    }
    System.out.println("1 passed, 0 failed");
  }
}
JAVA
javac --release 11 -cp "$work/quanze.jar" -d "$work/smoke" "$work/smoke/Smoke.java"
if [ "${QZ_AARCH64_SKIP_JAVA:-0}" = 1 ]; then
  log "Java smoke test skipped (QZ_AARCH64_SKIP_JAVA=1)"
else
  # Bounded, though it takes seconds: a hang here has meant a loader/libc
  # mismatch (see above). C1 only: C2's compiler threads cost more under
  # emulation than they give back in a run this short.
  limit=${QZ_AARCH64_JAVA_TIMEOUT:-600}
  log "Java smoke test under qemu-user (at most $limit s)"
  rm -rf "$work/extract"
  rc=0
  java_start=$(date +%s)
  timeout "$limit" "${qemu[@]}" "$jre/usr/lib/jvm/java-17-openjdk-arm64/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dorg.quanze.nativeDir="$work/extract" -cp "$work/quanze.jar:$work/smoke" Smoke || rc=$?
  [ "$rc" -eq 124 ] && fail "the arm64 JVM did not finish within $limit s under qemu-user (QZ_AARCH64_SKIP_JAVA=1 skips this step)"
  [ "$rc" -eq 0 ] || fail "the Java smoke test failed ($rc)"
  log "Java smoke test passed in $(( $(date +%s) - java_start )) s"
fi
log "done in $(( $(date +%s) - start )) s"
