#!/bin/sh
# Import benchmark: N synthetic reports (../shared/bench/gen_reports.py), one file each, every 5th
# gzipped; imported by stsdesk-cli and by the reference naive_import.py in the same run.
# Usage: run_import_bench.sh STSDESK_CLI [N]   (default N = 100000)
set -eu
CLI=$1
N=${2:-100000}
SHARED=$(cd "$(dirname "$0")/../../../shared/bench" && pwd)
WORK=$(mktemp -d /tmp/stsdesk-bench-import.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
PY=/usr/bin/python3

$PY "$SHARED/gen_reports.py" "$N" "$WORK/reports.jsonl"
mkdir "$WORK/in"
$PY - "$WORK/reports.jsonl" "$WORK/in" <<'PY'
import gzip, os, sys
with open(sys.argv[1], "rb") as f:
    for i, line in enumerate(f):
        line = line.rstrip(b"\n")
        name = os.path.join(sys.argv[2], "r%07d.json" % i)
        if i % 5 == 4:
            open(name + ".gz", "wb").write(gzip.compress(line, mtime=0))
        else:
            open(name, "wb").write(line)
PY
sync

NAIVE=$($PY "$SHARED/naive_import.py" "$WORK/in" "$WORK/naive.sqlite")
echo "$NAIVE"
NAIVE_RATE=$(echo "$NAIVE" | sed -n 's/.*= \([0-9.]*\) reports\/s.*/\1/p')

T0=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$WORK/rss" "$CLI" import --json --database "$WORK/ours.sqlite" "$WORK/in" > "$WORK/summary.json"
T1=$(date +%s.%N)
IMPORTED=$($PY -c "import json,sys; print(json.load(open(sys.argv[1]))['imported'])" "$WORK/summary.json")
$PY - "$T0" "$T1" "$IMPORTED" "$NAIVE_RATE" "$(cat "$WORK/rss")" <<'PY'
import sys
t0, t1, n, naive, rss = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
ours = n / (t1 - t0)
print(f"stsdesk import: {n} reports in {t1 - t0:.2f}s = {ours:.0f} reports/s")
print(f"ratio: {ours / naive:.2f}x the naive importer (target >= 8x)")
print(f"peak RSS: {rss / 1024:.1f} MB (target < 300 MB)")
PY
