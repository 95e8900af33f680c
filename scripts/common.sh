# Shared by scripts/run, scripts/test and scripts/bench: setup when needed, configure once,
# build incrementally with Ninja.
set -euo pipefail

STSDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STSDESK_BUILD=${STSDESK_BUILD:-$STSDESK_ROOT/build}
# ccache (when installed) shares objects between clones of the project, e.g. CI's fresh clone in a
# new temporary folder: paths are hashed relative to the checkout, not absolutely.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$STSDESK_ROOT}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}

stsdesk_setup() {
    "$STSDESK_ROOT/scripts/setup"
}

stsdesk_build() {
    if [ ! -f "$STSDESK_BUILD/build.ninja" ]; then
        # STSDESK_CMAKE_ARGS: extra configure options, e.g. CI's -DSTSDESK_WERROR=ON.
        # shellcheck disable=SC2086 # split into options on purpose
        cmake -S "$STSDESK_ROOT" -B "$STSDESK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            ${STSDESK_CMAKE_ARGS:-} "$@"
    fi
    cmake --build "$STSDESK_BUILD" --parallel "$(nproc)"
}
