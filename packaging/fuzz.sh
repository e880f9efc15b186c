#!/bin/bash
# packaging/fuzz.sh [SECONDS]: builds the libFuzzer harnesses of tests/fuzz with clang
# (-fsanitize=fuzzer,address,undefined) in a build folder outside the source tree, writes their
# seed corpora (lgpn_fuzz_seeds; nothing binary is committed) and runs each harness for SECONDS
# (default 600), then prints executions per second and findings per harness.
#   LGPN_FUZZ_DIR   build folder (default: ../build-fuzz beside the repository)
#   LGPN_FUZZ_JOBS  build jobs (default: the number of cores)
#   LGPN_FUZZ_ONLY  harnesses to run, space-separated (default: all)
# Findings (crash-*, leak-*, timeout-*, oom-*) are left in $LGPN_FUZZ_DIR/findings/<harness>/;
# each one becomes a regression input in tests/fuzz/FuzzRegressions.cpp once fixed.
# Replay a corpus in the normal build: LGPN_FUZZ_CORPUS=$LGPN_FUZZ_DIR/corpus ctest -R fuzz_replay
set -euo pipefail
SECONDS_PER_HARNESS=${1:-600}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FUZZ_DIR=${LGPN_FUZZ_DIR:-$(dirname "$ROOT")/build-fuzz}
JOBS=${LGPN_FUZZ_JOBS:-$(nproc)}

# What the project builds with (packaging/setup.sh), plus clang for the harnesses.
source "$ROOT/packaging/setup.sh"
# libclang-rt-14-dev holds libFuzzer (libclang_rt.fuzzer); --no-install-recommends would leave it out.
LGPN_PACKAGES+=(clang libclang-rt-14-dev)
lgpn_install_missing

mkdir -p "$FUZZ_DIR"
if [ ! -f "$FUZZ_DIR/build.ninja" ]; then
    CXX=clang++ cmake -S "$ROOT" -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLGPN_FUZZ=ON \
        >"$FUZZ_DIR/configure.log" 2>&1 || { tail -n 40 "$FUZZ_DIR/configure.log" >&2; exit 1; }
fi
cmake --build "$FUZZ_DIR" --target lgpn_fuzzers -j "$JOBS" >"$FUZZ_DIR/build.log" 2>&1 ||
    { grep -E 'error' "$FUZZ_DIR/build.log" | head -n 40 >&2; tail -n 20 "$FUZZ_DIR/build.log" >&2; exit 1; }

HARNESS_DIR="$FUZZ_DIR/tests/fuzz"
"$HARNESS_DIR/lgpn_fuzz_seeds" "$FUZZ_DIR/seeds" >/dev/null
HARNESSES=${LGPN_FUZZ_ONLY:-$(ls "$FUZZ_DIR/seeds")}

# Leaks of the libraries outside the project are suppressed as in the sanitizer build.
export LSAN_OPTIONS="suppressions=$ROOT/packaging/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$ROOT/packaging/sanitizers/ubsan.supp"
export QT_QPA_PLATFORM=offscreen

printf '%-16s %8s %12s %10s %8s %s\n' harness seconds executions execs/s corpus "new findings"
for harness in $HARNESSES; do
    corpus="$FUZZ_DIR/corpus/$harness"
    findings="$FUZZ_DIR/findings/$harness"
    mkdir -p "$corpus" "$findings"
    log="$FUZZ_DIR/fuzz-$harness.log"
    stamp="$FUZZ_DIR/findings/.$harness.start"
    touch "$stamp"
    # -timeout: an input that takes 10 s is a finding (a hang); so is one that needs 2 GB.
    "$HARNESS_DIR/fuzz_$harness" "$corpus" "$FUZZ_DIR/seeds/$harness" -max_total_time="$SECONDS_PER_HARNESS" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 \
        >"$log" 2>&1 || true
    executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    # Only this run's artifacts: those of earlier runs stay until fixed and removed by hand.
    found=$(find "$findings" -type f -newer "$stamp" | wc -l)
    note=""
    [ "$found" -gt 0 ] && note=" (in $findings; log $log)"
    printf '%-16s %8s %12s %10s %8s %s\n' "$harness" "$SECONDS_PER_HARNESS" "$executions" "$rate" \
        "$(find "$corpus" -type f | wc -l)" "$found$note"
done
