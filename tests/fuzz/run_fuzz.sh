#!/bin/sh
# Builds fuzz_tlsrpt_parser with clang (libFuzzer + ASan + UBSan, parser sources only) and runs it
# for a bounded time on a copy of the TLS-RPT fixtures. Used by the CTest fuzz_tlsrpt_parser_short
# and by hand for longer runs (see README.md).
# Usage: run_fuzz.sh BUILD_DIR SECONDS [extra libFuzzer options]
# Exit codes: 0 no finding, 1 a crash/leak/timeout was found (reproducer in BUILD_DIR/findings),
# 77 clang/libFuzzer is not available (CTest reports the test as skipped).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE=$(cd "$HERE/../../.." && pwd)
BUILD=$1
SECONDS_TO_RUN=$2
shift 2

CLANGXX=$(command -v clang++ || true)
if [ -z "$CLANGXX" ]; then
    echo "clang++ not found: fuzzing skipped"
    exit 77
fi
# libFuzzer ships with clang on Debian 12 (libclang-rt-dev / clang's resource dir); probe it.
PROBE=$(mktemp -d /tmp/stsdesk-fuzz-probe.XXXXXX)
trap 'rm -rf "$PROBE"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' \
    > "$PROBE/p.cpp"
if ! "$CLANGXX" -fsanitize=fuzzer,address "$PROBE/p.cpp" -o "$PROBE/p" 2> "$PROBE/err"; then
    cat "$PROBE/err"
    echo "clang++ cannot link libFuzzer: fuzzing skipped"
    exit 77
fi

# A separate build tree (the main build may use g++); incremental after the first run.
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$HERE" -B "$BUILD" -G Ninja -DCMAKE_CXX_COMPILER="$CLANGXX" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$BUILD.configure.log" 2>&1 ||
        { cat "$BUILD.configure.log"; exit 1; }
fi
ninja -C "$BUILD" fuzz_tlsrpt_parser

# libFuzzer adds new inputs to the first corpus folder: give it a scratch copy of the seeds.
CORPUS="$PROBE/corpus"
mkdir -p "$CORPUS" "$BUILD/findings"
for seed in "$SOURCE"/tests/data/tlsrpt/quirks/* "$SOURCE"/tests/data/tlsrpt/bad/*.json \
    "$SOURCE"/tests/data/tlsrpt/published/*.json; do
    [ -f "$seed" ] && cp "$seed" "$CORPUS/"
done
# Gzipped fixtures are seeds for the JSON parser only once inflated.
for seed in "$SOURCE"/tests/data/tlsrpt/quirks/*.gz; do
    [ -f "$seed" ] && { gzip -dc "$seed" > "$CORPUS/$(basename "$seed" .gz)" 2>/dev/null || true; }
done

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$(dirname "$(readlink -f "$0")")/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
# libFuzzer exits with 77 on a finding by default, which is CTest's "skipped" here: a crash, a
# leak or a timeout must fail the test.
exec "$BUILD/fuzz_tlsrpt_parser" -max_total_time="$SECONDS_TO_RUN" -timeout=10 \
    -error_exitcode=1 -timeout_exitcode=1 \
    -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$BUILD/findings/" -print_final_stats=1 \
    "$@" "$CORPUS"
