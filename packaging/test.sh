#!/usr/bin/env bash
# Installs what is missing, builds, then runs the whole test suite with ctest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
lgpn_setup
cd "$LGPN_BUILD"
exec ctest --output-on-failure -j "$(nproc)" "$@"
