#!/bin/sh
# The floors under the import's CPU per report (see the issue on import speed): what SQLite alone
# takes to insert the rows an import of DIR stored, with the workspace's schema, indexes and
# pragmas, and what reading (and inflating) DIR's files alone takes. Compiled with cc on the
# system's libsqlite3 and zlib (Debian: libsqlite3-dev, zlib1g-dev).
# Usage: run_import_floor.sh STSDESK_CLI DIR   (DIR e.g. the benchmark's input, IMPORT_BENCH_INPUT)
set -eu
CLI=$1
IN=$2
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/stsdesk-import-floor.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cc -O2 -o "$WORK/sqlite_floor" "$HERE/sqlite_floor.c" -lsqlite3
cc -O2 -o "$WORK/read_floor" "$HERE/read_floor.c" -lz
"$CLI" import --json --database "$WORK/imported.sqlite" "$IN" > /dev/null
"$WORK/read_floor" "$IN"
for skip in "" tlsrpt_policies_report tlsrpt_policies_unassigned; do
    rm -f "$WORK"/fresh.sqlite*
    [ -n "$skip" ] && printf 'without the index %s: ' "$skip"
    SKIP=$skip "$WORK/sqlite_floor" "$WORK/imported.sqlite" "$WORK/fresh.sqlite"
done
