#!/usr/bin/env bash
# Long fuzzing runs (hours), with the corpus each run finds merged back into
# tests/fuzz/corpus/<target> so that the next run, CI's short run and the
# replay tests start from it. Commit the corpus afterwards.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
#   SECONDS_PER_TARGET  default 3600
#   TARGET              calendar, org, rules, cli_args ... (default: every
#                       tests/fuzz/fuzz_*.c)
#
# Environment: QZ_FUZZ_BUILD (build directory, default build-fuzz),
# QZ_FUZZ_JOBS (build jobs, default 2), QZ_FUZZ_RSS_MB (default 2048).
# Prints per target: executions, coverage (libFuzzer's "cov" edges and "ft"
# features) and the corpus size before and after the merge. Exits non-zero,
# keeping the crashing input in the work directory, when a target fails.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-3600}
shift || true
build=${QZ_FUZZ_BUILD:-$root/build-fuzz}
jobs=${QZ_FUZZ_JOBS:-2}
rss=${QZ_FUZZ_RSS_MB:-2048}

case "$seconds" in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2 ;;
esac

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for src in "$root"/tests/fuzz/fuzz_*.c; do
    name=$(basename "$src" .c)
    targets+=("${name#fuzz_}")
  done
fi

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DQZ_WERROR=ON \
  -DQZ_FUZZ=ON -DQZ_BUILD_BENCH=OFF -DQZ_BUILD_TOOLS=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j"$jobs" >/dev/null

printf '%-10s %10s %12s %8s %8s %14s\n' target seconds execs cov ft corpus
for name in "${targets[@]}"; do
  bin="$build/tests/fuzz/fuzz_$name"
  corpus="$root/tests/fuzz/corpus/$name"
  if [ ! -x "$bin" ]; then
    echo "no fuzz target '$name' (tests/fuzz/fuzz_$name.c)" >&2
    exit 2
  fi
  mkdir -p "$corpus"
  work=$(mktemp -d "${TMPDIR:-/tmp}/qz-fuzz-$name.XXXXXX")
  cp -r "$corpus/." "$work/"
  dict=()
  [ -f "$root/tests/fuzz/$name.dict" ] && dict=(-dict="$root/tests/fuzz/$name.dict")
  before=$(find "$corpus" -type f | wc -l)
  rc=0
  (cd "$work" && "$bin" "$work" "${dict[@]}" -max_total_time="$seconds" -max_len=65536 \
    -rss_limit_mb="$rss" -timeout=10 -print_final_stats=1 >"$work.log" 2>&1) || rc=$?
  if [ "$rc" -ne 0 ]; then
    tail -n 60 "$work.log"
    echo "fuzz target $name failed (exit $rc); inputs and log kept in $work and $work.log" >&2
    exit 1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work.log" | tail -n 1)
  cov=$(grep -Eo 'cov: [0-9]+' "$work.log" | tail -n 1 | grep -Eo '[0-9]+' || echo '?')
  ft=$(grep -Eo 'ft: [0-9]+' "$work.log" | tail -n 1 | grep -Eo '[0-9]+' || echo '?')
  # keep only the inputs that add coverage to what is committed
  "$bin" -merge=1 "$corpus" "$work" >"$work.merge.log" 2>&1 || {
    tail -n 30 "$work.merge.log"; echo "merging the corpus of $name failed" >&2; exit 1; }
  after=$(find "$corpus" -type f | wc -l)
  printf '%-10s %10s %12s %8s %8s %6s -> %-6s\n' "$name" "$seconds" "${execs:-?}" "$cov" "$ft" \
    "$before" "$after"
  rm -rf "$work" "$work.log" "$work.merge.log"
done
