#!/bin/bash
# How `lgpn analyze` shares the cores: a fixed 2 threads (--threads 2) against following the cores other
# processes leave free (no --threads), alone, two at once, and beside a running process matched by PATTERN
# (paused with SIGSTOP for the first two measurements). Prints images/s as `lgpn analyze` reports them.
# Usage: bash packaging/bench-sharing.sh LGPN IMAGE_DIR [PATTERN]
set -u
L=$1
D=$2
T=${3:-}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"; [ -n "$T" ] && pkill -CONT -f "$T"' EXIT
rate() { grep -oE '\(([0-9.]+) images/s\)' | tr -d '()' | head -1; }
run() { "$L" analyze "$D" --json "$OUT/$1.json" --force "${@:2}" 2>&1 | rate; }
[ -n "$T" ] && pkill -STOP -f "$T" && sleep 2
echo "alone: fixed 2 threads $(run a --threads 2); following $(run b)"
(run c --threads 2 > "$OUT/c.txt") & (run d --threads 2 > "$OUT/d.txt"); wait
echo "two at once, fixed 2 threads: $(cat "$OUT/c.txt") and $(cat "$OUT/d.txt")"
(run e > "$OUT/e.txt") & (run f > "$OUT/f.txt"); wait
echo "two at once, following: $(cat "$OUT/e.txt") and $(cat "$OUT/f.txt")"
if [ -n "$T" ]; then
    pkill -CONT -f "$T"
    sleep 3
    echo "beside $T: fixed 2 threads $(run g --threads 2); following $(run h)"
fi
