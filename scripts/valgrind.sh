#!/usr/bin/env bash
# The command-line tool's typical commands (those the CLI tests run: every
# command, its JSON form, the error paths, file output) under valgrind's
# memcheck with a full leak check. Any memory error or leak fails.
#
#   scripts/valgrind.sh [PATH_TO_QUANZE]
#
# Without an argument the tool is built in QZ_VALGRIND_BUILD (default
# build-valgrind). Also the ctest "valgrind_cli" (label "valgrind") when
# configured with -DQZ_VALGRIND_TESTS=ON. valgrind's own failure status is 99 here: 1, 2 and 3 are the
# tool's documented exit statuses, so an error cannot pass for one of them.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
quanze=${1:-}
if [ -z "$quanze" ]; then
  build=${QZ_VALGRIND_BUILD:-$root/build-valgrind}
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DQZ_BUILD_BENCH=OFF >/dev/null
  cmake --build "$build" -j"${QZ_VALGRIND_JOBS:-2}" --target quanze_cli >/dev/null
  quanze=$build/tools/quanze
fi
command -v valgrind >/dev/null || { echo "valgrind is missing: run scripts/deps.sh" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/qz-valgrind.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
data=$root/tests/data/cli
d=2026-10-12

vg=(valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible
    --errors-for-leak-kinds=definite,indirect,possible --track-fds=no)

# expected-status command...
commands=(
  "0 --help"
  "0 --version"
  "0 help matrix"
  "0 workdays is $d"
  "0 --json workdays add $d 5"
  "0 workdays between 2026-10-01 2026-10-31"
  "0 --json workdays year 2026"
  "0 --calendar $data/calendar-2027.xml workdays year 2027"
  "0 meeting executive --date $d"
  "0 --json meeting executive --date $d --major --portfolio executive-deputy"
  "0 sign --kind request --date $d --portfolio executive-deputy"
  "0 --json sign --kind report --to city-government --date $d"
  "0 acting county-head --date $d"
  "0 --json acting county-head --date $d --matter executive"
  "0 deadline minutes-issue --from $d"
  "0 --json leave county-head --depart $d --notified 2026-10-10 --days 3"
  "1 --json quorum party-group --present county-head --date $d"
  "0 --json quorum executive --present county-head --date $d"
  "0 matrix --date $d"
  "0 matrix --format html --date $d -o $tmp/matrix.html"
  "0 --json matrix --date $d"
  "0 validate $root/data/cn-calendar.xml $root/examples/data/yunxi-org.xml $root/data/yunxi-rules.xml"
  "1 validate /dev/null $data/not-xml.txt $data/unknown-root.xml $data/calendar-malformed.xml"
  "1 --json validate $data/calendar-invalid.xml $data/rules-malformed.xml $data/org-unknown-parent.xml"
  "2 acting county-head --matter nosuch --date $d"
  "2 --rules= acting county-head"
  "2 workdays add $d ' 5'"
  "2 nosuch-command"
  "3 --rules $data/rules-malformed.xml acting county-head --date $d"
  "3 --calendar $data/calendar-doctype.xml workdays is $d"
  "3 matrix --date $d -o $tmp"
)

failed=0
start=$(date +%s)
for entry in "${commands[@]}"; do
  want=${entry%% *}
  eval "args=(${entry#* })"
  rc=0
  "${vg[@]}" "$quanze" "${args[@]}" >"$tmp/out" 2>"$tmp/err" || rc=$?
  if [ "$rc" -ne "$want" ]; then
    echo "FAIL (status $rc, expected $want): quanze ${entry#* }"
    sed -n '1,40p' "$tmp/err"
    failed=1
  else
    echo "ok: quanze ${entry#* }"
  fi
done
echo "${#commands[@]} commands under valgrind in $(( $(date +%s) - start )) s"
exit $failed
