#!/bin/sh
# Peak memory and disk of `stsdesk-cli import` on hostile inputs (tests/data/tlsrpt/make_hostile.py),
# one fresh workspace per shape. Target: peak RSS < 300 MB for every shape.
# Usage: run_hostile_memory.sh STSDESK_CLI [INPUT_DIR [SHAPE...]]
# INPUT_DIR (default /tmp/stsdesk-hostile) is filled by make_hostile.py when a shape is missing.
# HOSTILE_MEMORY_CAP_MB (default 6000) caps the import's address space, so that a build without
# a bound fails alone instead of taking the machine's memory from everything else.
set -eu
CLI=$1
IN=${2:-/tmp/stsdesk-hostile}
[ $# -ge 2 ] && shift 2 || shift $#
HERE=$(cd "$(dirname "$0")" && pwd)
GEN="$HERE/../../tests/data/tlsrpt/make_hostile.py"
SHAPES=${*:-$(/usr/bin/python3 - "$GEN" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("gen", sys.argv[1])
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
print(" ".join(gen.shapes()))
PY
)}
WORK=$(mktemp -d /tmp/stsdesk-hostile-run.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$IN"
printf '%-24s %10s %12s %9s %8s %s\n' shape input peak-RSS workspace seconds outcome
for shape in $SHAPES; do
    [ -e "$IN/$shape" ] || /usr/bin/python3 "$GEN" "$IN" "$shape" > /dev/null
    rm -f "$WORK"/ws.sqlite*
    status=0
    /usr/bin/time -f "%M %e" -o "$WORK/time" \
        prlimit --as=$((${HOSTILE_MEMORY_CAP_MB:-6000} * 1024 * 1024)) "$CLI" import --json --database "$WORK/ws.sqlite" "$IN/$shape" \
        > "$WORK/out.json" 2> "$WORK/err" || status=$?
    rss_kb=$(tail -1 "$WORK/time" | cut -d' ' -f1)
    secs=$(tail -1 "$WORK/time" | cut -d' ' -f2)
    size=$(du -sk "$IN/$shape" | cut -f1)
    ws=$(du -ck "$WORK"/ws.sqlite* 2>/dev/null | tail -1 | cut -f1)
    if [ "$status" -eq 0 ]; then
        outcome=$(/usr/bin/python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print("imported %d, quarantined %d" % (s["imported"], s["quarantined"]))' "$WORK/out.json")
    else
        outcome="exit $status: $(tail -c 200 "$WORK/err" | tr '\n' ' ')"
    fi
    printf '%-24s %8s KB %9s MB %6s MB %8s %s\n' "$shape" "$size" "$((rss_kb / 1024))" \
        "$((ws / 1024))" "$secs" "$outcome"
done
