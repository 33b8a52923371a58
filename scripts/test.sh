#!/usr/bin/env bash
# Builds quanze and runs the whole suite:
#   1. gcc, -Werror, with the Python and Java bindings and the CLI: every test through ctest;
#   2. clang with AddressSanitizer + UndefinedBehaviorSanitizer: the C suite again;
#   3. clang with ThreadSanitizer: the tests labelled "threads";
#   4. clang libFuzzer: a short run of every fuzz target from its corpus;
#   5. linux-aarch64: a cross build, the C tests and a Java smoke test under qemu-user
#      (scripts/aarch64.sh; QZ_SKIP_AARCH64=1 leaves it out on a machine that must not
#      get arm64 packages).
# Installs the Debian packages it needs first (scripts/deps.sh: apt-get update + install).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=${QZ_JOBS:-2}
fuzz_seconds=${QZ_FUZZ_SECONDS:-20}

bash scripts/deps.sh

step() { printf '\n==== %s ====\n' "$*"; }

step "1/5 gcc build, all tests"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=gcc -DQZ_WERROR=ON \
  -DQZ_BUILD_PYTHON=ON -DQZ_BUILD_JAVA=ON -DPython3_EXECUTABLE=/usr/bin/python3 >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

step "2/5 clang ASan+UBSan build, C tests"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DQZ_WERROR=ON \
  -DQZ_SANITIZE=ON -DQZ_BUILD_BENCH=OFF -DPython3_EXECUTABLE=/usr/bin/python3 >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs" -LE no-sanitizer

step "3/5 clang ThreadSanitizer build, thread tests"
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DQZ_WERROR=ON \
  -DQZ_TSAN=ON -DQZ_BUILD_BENCH=OFF -DQZ_BUILD_TOOLS=OFF -DPython3_EXECUTABLE=/usr/bin/python3 >/dev/null
cmake --build build-tsan -j"$jobs"
TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build-tsan --output-on-failure -L threads

step "4/5 libFuzzer, ${fuzz_seconds}s per target"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DQZ_WERROR=ON \
  -DQZ_FUZZ=ON -DQZ_BUILD_BENCH=OFF -DQZ_BUILD_TOOLS=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j"$jobs"
for target in build-fuzz/tests/fuzz/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target"); name=${name#fuzz_}
  work=$(mktemp -d)
  cp -r "$root/tests/fuzz/corpus/$name/." "$work/" 2>/dev/null || true
  dict=()
  [ -f "$root/tests/fuzz/$name.dict" ] && dict=(-dict="$root/tests/fuzz/$name.dict")
  echo "fuzzing $name"
  rc=0
  "$target" "$work" "${dict[@]}" -max_total_time="$fuzz_seconds" -max_len=65536 -rss_limit_mb=2048 \
    -timeout=10 -print_final_stats=1 >"$work.log" 2>&1 || rc=$?
  grep -E "^stat::number_of_executed_units" "$work.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -n 60 "$work.log"
    echo "fuzz target $name failed (exit $rc)"
    exit 1
  fi
  rm -f "$work.log"
  rm -rf "$work"
done

if [ "${QZ_SKIP_AARCH64:-0}" = 1 ]; then
  step "5/5 aarch64 leg left out (QZ_SKIP_AARCH64=1)"
else
  step "5/5 linux-aarch64 under qemu-user"
  bash scripts/aarch64.sh "$root/build-aarch64"
fi

step "all tests passed"
