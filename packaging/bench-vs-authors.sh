#!/bin/bash
# `lgpn bench --config paper` beside the authors' PyTorch LGPN, in one run, on the same threads:
# their model (packaging/authors-bench.py, needs python3-torch and a copy of github.com/CHELSEA234/LGPN,
# neither of them a project dependency), then ours lever by lever with the GEMM peak, then theirs again
# so that a drift of the machine during the run shows. Nothing else should run meanwhile.
# Usage: bash packaging/bench-vs-authors.sh LGPN AUTHORS_CODE_DIR [THREADS] [SECONDS]
set -eu
L=$1
CODE=$2
THREADS=${3:-$(nproc)}
SECONDS_EACH=${4:-10}
HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-/usr/bin/python3}  # Debian's, where python3-torch is
authors() { "$PYTHON" "$HERE/authors-bench.py" --code "$CODE" --threads "$THREADS" --batch 1 8 --seconds "$SECONDS_EACH" 2>/dev/null; }
date -u +"run at %Y-%m-%dT%H:%M:%SZ on $(nproc) cores"
authors
"$L" bench --config paper --threads "$THREADS" --peak --levers --seconds "$SECONDS_EACH"
authors
