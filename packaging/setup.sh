# Shared by packaging/run.sh and packaging/test.sh: install what is missing, configure, build.
# Sourced, not run. Quiet when there is nothing to do; prints the build log only on failure.

LGPN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LGPN_BUILD=${LGPN_BUILD:-$LGPN_ROOT/build}

# Debian 12 packages the project builds, runs and tests with.
LGPN_PACKAGES=(
    build-essential cmake ninja-build pkg-config dpkg-dev file zlib1g-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6
    libtorch-dev libopenblas0-pthread libgloo-dev
    libopencv-dev libqcustomplot-dev libgraphviz-dev graphviz
    dataset-fashion-mnist mate-backgrounds
    poppler-utils xvfb xauth
)

lgpn_install_missing() {
    local missing=()
    local package
    for package in "${LGPN_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "Installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
    "${sudo[@]}" apt-get update -qq >/dev/null &&
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" \
            >/tmp/lgpn-apt.log 2>&1 || { tail -n 30 /tmp/lgpn-apt.log >&2; return 1; }
}

lgpn_build() {
    mkdir -p "$LGPN_BUILD"
    local log="$LGPN_BUILD/build.log"
    if [ ! -f "$LGPN_BUILD/build.ninja" ]; then
        cmake -S "$LGPN_ROOT" -B "$LGPN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$log" 2>&1 ||
            { tail -n 40 "$log" >&2; return 1; }
    fi
    cmake --build "$LGPN_BUILD" -j "$(nproc)" >"$log" 2>&1 || { grep -E 'error|Error' "$log" | head -n 40 >&2; tail -n 20 "$log" >&2; return 1; }
}

lgpn_setup() {
    lgpn_install_missing && lgpn_build
}
