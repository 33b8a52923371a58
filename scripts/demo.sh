#!/usr/bin/env bash
# A short tour of quanze on its embedded defaults: the Yunxi County
# Government Work Rules, the demo organisation and the official calendar.
#
#   scripts/demo.sh            build (Release, into build-demo/) and run the tour
#   BUILD_DIR=dir scripts/demo.sh
#
# Works on a fresh Debian 12 as root: scripts/deps.sh installs what the
# build needs. The demo builds without -Werror so that a newer compiler's new
# warning cannot stop it; scripts/test.sh is where warnings are errors.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build-demo}

if [ -f "$here/scripts/deps.sh" ]; then
  bash "$here/scripts/deps.sh"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "Building quanze (Release) in $build ..."
if ! { cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DQZ_WERROR=OFF \
         -DQZ_BUILD_BENCH=OFF >"$log" 2>&1 &&
       cmake --build "$build" -j2 --target quanze_cli >>"$log" 2>&1; }; then
  cat "$log" >&2
  echo "demo: the build failed (output above)" >&2
  exit 1
fi
quanze="$build/tools/quanze"

bold='' plain=''
if [ -t 1 ]; then bold=$'\033[1m' plain=$'\033[0m'; fi

# Prints a heading, then the command, then runs it. A check that fails
# (exit status 1: a late notice, a missing quorum) is part of the tour.
step() {
  local title=$1
  shift
  printf '\n%s== %s%s\n$ quanze %s\n' "$bold" "$title" "$plain" "$*"
  local rc=0
  "$quanze" "$@" || rc=$?
  if [ "$rc" -eq 1 ]; then
    printf '(exit status 1: the check failed, as expected here)\n'
  elif [ "$rc" -ne 0 ]; then
    echo "demo: quanze $* failed with exit status $rc" >&2
    exit "$rc"
  fi
}

"$quanze" --version

step "Is National Day 2026 a working day?" workdays is 2026-10-01
step "And the Saturday after the holiday (a make-up working day)?" workdays is 2026-10-10
step "Five working days after 30 September 2026" workdays add 2026-09-30 5
step "Working days from 30 September to 9 October 2026" workdays between 2026-09-30 2026-10-09
step "The 2026 holiday arrangement" workdays year 2026

have() { "$quanze" help "$1" >/dev/null 2>&1; }
if ! have sign; then
  printf '\n(This build has no model queries yet: the tour ends with the calendar.)\n'
  exit 0
fi

if have matrix; then
  step "The authority matrix (text)" matrix --date 2026-10-12
fi
step "Who signs a request to the city government?" \
  sign --kind request --to city-government --date 2026-10-12
# In the demo organisation the county head is away from the county on
# 2026-03-09..13 (a study tour), having entrusted the executive deputy, and
# again on 2026-05-18..20 without an entrustment.
step "Who presides over the government's work while the county head is away?" \
  acting county-head --date 2026-03-10
step "... and when no one was entrusted?" acting county-head --date 2026-05-19
step "An executive meeting on 30 September 2026, just before National Day: minutes due?" \
  deadline minutes-issue --from 2026-09-30
step "A township head leaves the county on 12 October 2026, having reported on the 11th" \
  leave chengguan-principal --depart 2026-10-12 --notified 2026-10-11

if have matrix; then
  page="$build/authority-matrix.html"
  "$quanze" matrix --format html --date 2026-10-12 -o "$page"
  printf '\n%s== The authority matrix as a web page%s\n' "$bold" "$plain"
  echo "Written to $page (open it in a browser, or print it)."
fi
