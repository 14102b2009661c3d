#!/usr/bin/env bash
# Relaunch with nothing changed: seconds from `bash scripts/run-app.sh` to the wizard's window
# on screen (goal: <= 3 s). Runs under its own Xvfb; the first launch (which may build) is not
# counted, then N launches are timed, each closed as soon as its window is mapped.
#
#   bash bench/relaunch.sh [N]      (default 5; prints each figure and the median)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-5}"
command -v xwininfo >/dev/null || { echo "relaunch: needs xwininfo (apt-get install x11-utils)" >&2; exit 1; }
TITLE="Tsunagu"
export DISPLAY=":$(( 90 + RANDOM % 100 ))"
Xvfb "$DISPLAY" -screen 0 1280x1024x24 >/dev/null 2>&1 &
XPID=$!
trap 'kill "$XPID" 2>/dev/null || true' EXIT
sleep 1

launch() { # prints seconds to the mapped window
  local t0 pid i
  t0=$(date +%s%N)
  bash scripts/run-app.sh >/dev/null 2>&1 &
  pid=$!
  for i in $(seq 1 1200); do
    if xwininfo -root -tree 2>/dev/null | grep -q "$TITLE"; then
      echo "scale=2; ($(date +%s%N) - $t0) / 1000000000" | bc
      break
    fi
    sleep 0.05
  done
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do xwininfo -root -tree 2>/dev/null | grep -q "$TITLE" || break; sleep 0.05; done
}

echo "relaunch: warm-up launch (builds what changed, not counted): $(launch) s" >&2
figs=()
for i in $(seq 1 "$N"); do
  f="$(launch)"
  echo "relaunch: launch $i: $f s" >&2
  figs+=("$f")
done
median="$(printf '%s\n' "${figs[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
echo "relaunch with nothing changed: median $median s over $N launches (goal <= 3 s)"
