#!/bin/sh
# Import benchmark: N synthetic reports (../shared/bench/gen_reports.py), one file each, every 5th
# gzipped; imported by stsdesk-cli and by the reference naive_import.py in the same run, RUNS times
# (the machine is shared, so single figures fluctuate: look at the median ratio).
# Usage: run_import_bench.sh STSDESK_CLI [N] [RUNS]   (defaults: N = 100000, RUNS = 3)
# IMPORT_BENCH_INPUT=DIR reuses (or creates once) the input files in DIR.
set -eu
CLI=$1
N=${2:-100000}
RUNS=${3:-3}
SHARED=$(cd "$(dirname "$0")/../../../shared/bench" && pwd)
WORK=$(mktemp -d /tmp/stsdesk-bench-import.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
PY=/usr/bin/python3
IN=${IMPORT_BENCH_INPUT:-$WORK/in}

if [ ! -f "$IN.complete-$N" ]; then
    mkdir -p "$IN"
    $PY "$SHARED/gen_reports.py" "$N" "$WORK/reports.jsonl"
    $PY - "$WORK/reports.jsonl" "$IN" <<'PY'
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
    rm -f "$WORK/reports.jsonl"
    sync
    touch "$IN.complete-$N"
fi

echo "input: $N reports in $IN, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$WORK/ratios"
run=1
while [ "$run" -le "$RUNS" ]; do
    rm -f "$WORK"/naive.sqlite* "$WORK"/ours.sqlite*
    /usr/bin/time -f "%M %U %S" -o "$WORK/naive.time" \
        $PY "$SHARED/naive_import.py" "$IN" "$WORK/naive.sqlite" > "$WORK/naive.out"
    T0=$(date +%s.%N)
    /usr/bin/time -f "%M %U %S" -o "$WORK/ours.time" \
        "$CLI" import --json --database "$WORK/ours.sqlite" "$IN" > "$WORK/summary.json"
    T1=$(date +%s.%N)
    $PY - "$run" "$T0" "$T1" "$WORK" <<'PY' | tee -a "$WORK/report"
import json, re, sys
run, t0, t1, work = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
naive_out = open(f"{work}/naive.out").read()
m = re.search(r"(\d+) files in ([0-9.]+)s = ([0-9.]+) reports/s", naive_out)
naive_n, naive_s, naive_rate = int(m.group(1)), float(m.group(2)), float(m.group(3))
summary = json.load(open(f"{work}/summary.json"))
n = summary["imported"]
# The naive importer times its loop (listing, reading, parsing, inserting, committing), not the
# interpreter's start or the final close; elapsed_ms is the same span of ours. The whole process
# (start, opening the workspace, exit with its last checkpoint) is shown beside it.
seconds = summary["elapsed_ms"] / 1000
ours = n / seconds
process = n / (t1 - t0)
def usage(name):
    rss, user, system = open(f"{work}/{name}.time").read().split()[-3:]
    return int(rss) / 1024, float(user) + float(system)
naive_rss, naive_cpu = usage("naive")
our_rss, our_cpu = usage("ours")
print(f"run {run}: naive python import: {naive_n} reports in {naive_s:.2f}s = {naive_rate:.0f} "
      f"reports/s, CPU {naive_cpu / naive_n * 1e6:.0f} us/report, peak RSS {naive_rss:.1f} MB")
print(f"run {run}: stsdesk import:      {n} reports in {seconds:.2f}s = {ours:.0f} reports/s "
      f"(whole process {t1 - t0:.2f}s = {process:.0f}/s), "
      f"CPU {our_cpu / max(n, 1) * 1e6:.0f} us/report, peak RSS {our_rss:.1f} MB "
      f"(duplicates {summary['duplicates']}, quarantined {summary['quarantined']})")
print(f"run {run}: ratio {ours / naive_rate:.2f}x the naive importer (target >= 8x; whole process "
      f"{process / naive_rate:.2f}x), peak RSS {our_rss:.1f} MB (target < 300 MB)")
with open(f"{work}/ratios", "a") as f:
    f.write(f"{ours / naive_rate} {our_rss} {process / naive_rate}\n")
PY
    run=$((run + 1))
done
$PY - "$WORK/ratios" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
ratios = sorted(r for r, _, _ in rows)
whole = sorted(p for _, _, p in rows)
print(f"summary: ratio median {statistics.median(ratios):.2f}x (min {ratios[0]:.2f}x, max "
      f"{ratios[-1]:.2f}x) over {len(rows)} runs; whole process median "
      f"{statistics.median(whole):.2f}x; peak RSS max {max(m for _, m, _ in rows):.1f} MB")
PY
