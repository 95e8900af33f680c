#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz/libfuzzer, clang, ASan + UBSan) and runs one of them
# for a bounded time on a scratch copy of its seeds. Used by the CTests fuzz_*_short (label fuzz)
# and by hand for longer campaigns; see README.md.
#
# Usage: run_fuzz.sh BUILD_DIR --build
#        run_fuzz.sh BUILD_DIR NAME SECONDS [libFuzzer options] [corpus folders]
#        run_fuzz.sh BUILD_DIR NAME --replay REPRODUCER...
# NAME is a folder of tests/fuzz (target fuzz_NAME). Its fuzz.conf may set MAX_LEN, RSS_LIMIT_MB,
# MALLOC_LIMIT_MB, TIMEOUT_S and ASAN_EXTRA, and define seed_corpus DIR to add seeds from
# tests/data; the files in NAME/seeds are always seeds.
# Exit codes: 0 no finding, 1 a crash, leak, timeout or memory limit was hit (reproducer in
# BUILD_DIR/findings/NAME), 77 clang/libFuzzer is not available (CTest reports a skip).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE=$(cd "$HERE/../.." && pwd)
BUILD=$1
shift

CLANGXX=$(command -v clang++ || true)
if [ -z "$CLANGXX" ]; then
    echo "clang++ not found: fuzzing skipped"
    exit 77
fi
SCRATCH=$(mktemp -d /tmp/stsdesk-fuzz.XXXXXX)
trap 'rm -rf "$SCRATCH"' EXIT
# libFuzzer ships with clang on Debian 12 (libclang-rt-14-dev); probe it.
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' \
    > "$SCRATCH/p.cpp"
if ! "$CLANGXX" -fsanitize=fuzzer,address "$SCRATCH/p.cpp" -o "$SCRATCH/p" 2> "$SCRATCH/err"; then
    cat "$SCRATCH/err"
    echo "clang++ cannot link libFuzzer: fuzzing skipped"
    exit 77
fi

# A separate build tree; incremental after the first run.
if [ ! -f "$BUILD/build.ninja" ]; then
    mkdir -p "$BUILD"
    cmake -S "$HERE/libfuzzer" -B "$BUILD" -G Ninja -DCMAKE_CXX_COMPILER="$CLANGXX" \
        -DCMAKE_BUILD_TYPE=Debug > "$BUILD/configure.log" 2>&1 ||
        { cat "$BUILD/configure.log"; exit 1; }
fi
if [ "$1" = --build ]; then
    ninja -C "$BUILD"
    exit 0
fi

NAME=$1
SECONDS_TO_RUN=$2
shift 2
[ -f "$HERE/$NAME/fuzz_$NAME.cpp" ] || { echo "no fuzz target $NAME in $HERE"; exit 2; }
ninja -C "$BUILD" "fuzz_$NAME" $( [ -f "$HERE/$NAME/make_seeds.cpp" ] && echo "${NAME}_seeds")

MAX_LEN=65536
RSS_LIMIT_MB=2048
MALLOC_LIMIT_MB=
TIMEOUT_S=10
ASAN_EXTRA=
seed_corpus() { :; }
if [ -f "$HERE/$NAME/fuzz.conf" ]; then
    . "$HERE/$NAME/fuzz.conf"
fi

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0${ASAN_EXTRA:+:$ASAN_EXTRA}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$HERE/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
LIMITS="-timeout=$TIMEOUT_S -rss_limit_mb=$RSS_LIMIT_MB -max_len=$MAX_LEN"
LIMITS="$LIMITS${MALLOC_LIMIT_MB:+ -malloc_limit_mb=$MALLOC_LIMIT_MB}"
if [ "$SECONDS_TO_RUN" = --replay ]; then
    "$BUILD/fuzz_$NAME" $LIMITS "$@"
    exit 0
fi

# libFuzzer adds new inputs to the first corpus folder: give it a scratch copy of the seeds
# (a corpus folder named among the extra arguments comes first and receives them instead).
CORPUS="$SCRATCH/corpus"
mkdir -p "$CORPUS" "$BUILD/findings/$NAME"
for seed in "$HERE/$NAME"/seeds/*; do
    [ -f "$seed" ] && cp "$seed" "$CORPUS/"
done
seed_corpus "$CORPUS"

# libFuzzer exits with 77 on a finding by default, which is CTest's "skipped" here: a crash, a
# leak, a timeout or an out-of-memory must fail the test. (No exec: the trap removes the scratch
# corpus; under set -e a finding ends the script with libFuzzer's exit code.)
"$BUILD/fuzz_$NAME" -max_total_time="$SECONDS_TO_RUN" $LIMITS \
    -error_exitcode=1 -timeout_exitcode=1 -artifact_prefix="$BUILD/findings/$NAME/" \
    -print_final_stats=1 "$@" "$CORPUS"
