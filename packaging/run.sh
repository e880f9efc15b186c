#!/usr/bin/env bash
# Installs what is missing, builds, then starts LGPN Studio.
# With arguments it runs the command-line tool instead: packaging/run.sh analyze PATH...
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
lgpn_setup
if [ $# -gt 0 ]; then
    exec "$LGPN_BUILD/app/cli/lgpn" "$@"
fi
exec "$LGPN_BUILD/app/studio/lgpn-studio"
