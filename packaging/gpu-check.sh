#!/bin/bash
# The CUDA path of the model, checked on a machine lent with a GPU. Needs a CUDA PyTorch (pip or
# similar: `python3 -c 'import torch'` works), the CUDA toolkit (/usr/local/cuda or $CUDA_HOME) and
# CMake; none of the project's Debian packages (no Qt, no OpenCV). In at most 10 minutes:
#   1. builds core/nn alone against that PyTorch's LibTorch (core/nn/CMakeLists.txt builds standalone),
#   2. lgpn_model_check --device cuda --check: shapes, gradients, one Adam step, CPU parity, per config,
#   3. lgpn_model_check --device cuda --bench: inference (unfolded, folded) and training images/s,
#   4. the authors' model on the same GPU (packaging/authors-bench.py) when a copy of their code is given.
# Usage: bash packaging/gpu-check.sh [AUTHORS_CODE_DIR]
# Environment: LGPN_GPU_BUILD (build folder, default /tmp/lgpn-gpu-build), PYTHON (default python3),
#   LGPN_GPU_BUDGET (seconds for everything, default 570), LGPN_BENCH_SECONDS (default 3).
# Exits non-zero when a step fails, times out or is skipped for lack of time.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BUILD=${LGPN_GPU_BUILD:-/tmp/lgpn-gpu-build}
LOGS=$BUILD/logs
PYTHON=${PYTHON:-python3}
CUDA_ROOT=${CUDA_HOME:-/usr/local/cuda}
BENCH_SECONDS=${LGPN_BENCH_SECONDS:-3}
AUTHORS_CODE=${1:-}
DEADLINE=$((SECONDS + ${LGPN_GPU_BUDGET:-570}))

SUMMARY=()
FAILED=0
STEP_RC=0

fail() {
    echo "gpu-check: $*" >&2
    exit 1
}

# shellcheck disable=SC2317  # run by the EXIT trap
print_summary() {
    echo
    echo "== summary"
    local line log
    for line in ${SUMMARY[@]+"${SUMMARY[@]}"}; do
        echo "  $line"
    done
    # The figures themselves, from the logs, so that they sit together at the end.
    if [[ -f $LOGS/check.log ]]; then
        grep -E ' FAIL |^checks:' "$LOGS/check.log" | sed 's/^/  /' || true
    fi
    for log in bench authors; do
        if [[ -f $LOGS/$log.log ]]; then
            grep -E 'images/s' "$LOGS/$log.log" | sed 's/^/  /' || true
        fi
    done
}
trap print_summary EXIT

# run_step NAME CAP COMMAND...: COMMAND under timeout (CAP seconds or what is left of the budget,
# whichever is less), its output shown and kept in $LOGS/NAME.log; the result goes to STEP_RC and
# the summary. Never exits: the caller decides whether a failure stops the run.
run_step() {
    local name=$1 cap=$2
    shift 2
    local left=$((DEADLINE - SECONDS))
    if ((left < 20)); then
        SUMMARY+=("$name: SKIPPED, the ${LGPN_GPU_BUDGET:-570} s budget is spent")
        FAILED=1
        STEP_RC=124
        return 0
    fi
    local limit=$((cap < left ? cap : left))
    local start=$SECONDS
    echo
    local shown=${*//$'\n'/ }
    echo "== $name (at most $limit s): ${shown:0:160}"
    set +e
    timeout --kill-after=10 "$limit" "$@" 2>&1 | tee "$LOGS/$name.log"
    STEP_RC=${PIPESTATUS[0]}
    set -e
    local took=$((SECONDS - start))
    if ((STEP_RC == 0)); then
        SUMMARY+=("$name: ok ($took s)")
    elif ((STEP_RC == 124 || STEP_RC == 137)); then
        SUMMARY+=("$name: TIMED OUT after $limit s")
        FAILED=1
    else
        SUMMARY+=("$name: FAILED with exit status $STEP_RC ($took s; log $LOGS/$name.log)")
        FAILED=1
    fi
}

command -v "$PYTHON" >/dev/null || fail "no $PYTHON: set PYTHON to the python that has a CUDA torch"
command -v cmake >/dev/null || fail "no cmake on PATH"
command -v timeout >/dev/null || fail "no timeout (coreutils) on PATH"
mkdir -p "$LOGS"
rm -f "$LOGS"/*.log # a summary of this run only

# 1a. What PyTorch and GPU this is; nothing below makes sense without CUDA.
run_step torch-info 90 "$PYTHON" -c '
import sys, torch
print(f"torch {torch.__version__}, built with CUDA {torch.version.cuda}, cuDNN {torch.backends.cudnn.version()}")
print(f"torch.cuda.is_available(): {torch.cuda.is_available()}")
if not torch.cuda.is_available():
    sys.exit("gpu-check: this torch sees no GPU (CPU-only build, no driver, or CUDA_VISIBLE_DEVICES hides it)")
p = torch.cuda.get_device_properties(0)
print(f"device 0: {p.name}, compute capability {p.major}.{p.minor}, {p.total_memory / 2**30:.0f} GiB")'
((STEP_RC == 0)) || fail "stopping: torch cannot use a GPU here (see above)"

TORCH_DIR=$("$PYTHON" -c 'import torch,os;print(os.path.join(torch.utils.cmake_prefix_path,"Torch"))')
[[ -f $TORCH_DIR/TorchConfig.cmake ]] || fail "no TorchConfig.cmake in $TORCH_DIR"

# 1b. Configure core/nn alone. Torch's CMake files enable CUDA and look for the toolkit: point them at it.
CMAKE_ARGS=(-S "$ROOT/core/nn" -B "$BUILD" -DTorch_DIR="$TORCH_DIR" -DCMAKE_BUILD_TYPE=Release)
if [[ -x $CUDA_ROOT/bin/nvcc ]]; then
    export PATH="$CUDA_ROOT/bin:$PATH"
    CMAKE_ARGS+=(-DCMAKE_CUDA_COMPILER="$CUDA_ROOT/bin/nvcc" -DCUDAToolkit_ROOT="$CUDA_ROOT")
else
    echo "gpu-check: warning: no nvcc in $CUDA_ROOT/bin (set CUDA_HOME); Torch's CMake may not find CUDA" >&2
fi
run_step configure 150 cmake "${CMAKE_ARGS[@]}"
if ((STEP_RC != 0)) && grep -q 'unsupported GNU version' "$LOGS/configure.log"; then
    # nvcc refuses a host compiler newer than its release knew; nothing of ours is CUDA code.
    echo "gpu-check: nvcc rejects this gcc: configuring again with -allow-unsupported-compiler"
    rm -rf "$BUILD/CMakeCache.txt" "$BUILD/CMakeFiles"
    run_step configure-again 120 cmake "${CMAKE_ARGS[@]}" -DCMAKE_CUDA_FLAGS=-allow-unsupported-compiler
fi
((STEP_RC == 0)) || fail "stopping: CMake could not configure core/nn against $TORCH_DIR (log in $LOGS)"

# 1c. Build.
run_step build 300 cmake --build "$BUILD" --target lgpn_model_check -j"$(nproc)"
((STEP_RC == 0)) || fail "stopping: the build failed (log $LOGS/build.log)"
CHECK=$BUILD/lgpn_model_check
[[ -x $CHECK ]] || fail "the build left no $CHECK"

# 2. Correctness on the GPU: every configuration. A failure here does not stop the bench.
run_step check 150 "$CHECK" --device cuda --check

# 3. Speed on the GPU: compact and paper (the tool's --bench default).
run_step bench 150 "$CHECK" --device cuda --bench --seconds "$BENCH_SECONDS"

# 4. The authors' model on the same GPU, when their code is given.
if [[ -z $AUTHORS_CODE ]]; then
    echo
    echo "== authors: no AUTHORS_CODE_DIR given (a copy of github.com/CHELSEA234/LGPN): skipped"
    SUMMARY+=("authors: skipped, no AUTHORS_CODE_DIR given")
elif [[ ! -f $AUTHORS_CODE/sequence/models/test_model_v5.py ]]; then
    SUMMARY+=("authors: FAILED, $AUTHORS_CODE has no sequence/models/test_model_v5.py")
    FAILED=1
else
    run_step authors 150 "$PYTHON" -u "$HERE/authors-bench.py" --code "$AUTHORS_CODE" --device cuda \
        --batch 1 8 --train --seconds 5
fi

exit "$FAILED"
