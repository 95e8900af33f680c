#!/bin/sh
# Import benchmark: N synthetic reports (make_reports.py beside this script), one file each, every
# 5th gzipped; imported by stsdesk-cli and, when the reference importer naive_import.py is found, by
# it in the same run, RUNS times (the machine is shared, so single figures fluctuate: look at the
# median ratio). CPU per report is the figure that does not depend on the reference.
# Usage: run_import_bench.sh STSDESK_CLI [N] [RUNS]   (defaults: N = 100000, RUNS = 3)
# IMPORT_BENCH_INPUT=DIR reuses (or creates once) the input files in DIR.
# NAIVE_IMPORT=FILE names the reference importer; by default ../shared/bench/naive_import.py beside
# the checkout, where the project's reading material keeps it.
set -eu
CLI=$1
N=${2:-100000}
RUNS=${3:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
NAIVE=${NAIVE_IMPORT:-$HERE/../../../shared/bench/naive_import.py}
if [ -f "$NAIVE" ]; then
    echo "reference importer: $NAIVE"
else
    echo "reference importer not found ($NAIVE): measuring stsdesk import alone; set NAIVE_IMPORT=FILE for the ratio"
    NAIVE=
fi
WORK=$(mktemp -d /tmp/stsdesk-bench-import.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
PY=/usr/bin/python3
IN=${IMPORT_BENCH_INPUT:-$WORK/in}

if [ ! -f "$IN.complete-$N" ]; then
    mkdir -p "$IN"
    $PY "$HERE/make_reports.py" "$N" "$WORK/reports.jsonl"
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
    rm -f "$WORK"/naive.sqlite* "$WORK"/ours.sqlite* "$WORK"/naive.out "$WORK"/naive.time
    if [ -n "$NAIVE" ]; then
        /usr/bin/time -f "%M %U %S" -o "$WORK/naive.time" \
            $PY "$NAIVE" "$IN" "$WORK/naive.sqlite" > "$WORK/naive.out"
    fi
    T0=$(date +%s.%N)
    /usr/bin/time -f "%M %U %S" -o "$WORK/ours.time" \
        "$CLI" import --json --database "$WORK/ours.sqlite" "$IN" > "$WORK/summary.json"
    T1=$(date +%s.%N)
    $PY - "$run" "$T0" "$T1" "$WORK" <<'PY' | tee -a "$WORK/report"
import json, os, re, sys
run, t0, t1, work = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
def usage(name):
    rss, user, system = open(f"{work}/{name}.time").read().split()[-3:]
    return int(rss) / 1024, float(user) + float(system)
summary = json.load(open(f"{work}/summary.json"))
n = summary["imported"]
# The naive importer times its loop (listing, reading, parsing, inserting, committing), not the
# interpreter's start or the final close; elapsed_ms is the same span of ours. The whole process
# (start, opening the workspace, exit with its last checkpoint) is shown beside it.
seconds = summary["elapsed_ms"] / 1000
ours = n / seconds
process = n / (t1 - t0)
our_rss, our_cpu = usage("ours")
cpu_us = our_cpu / max(n, 1) * 1e6
print(f"run {run}: stsdesk import:      {n} reports in {seconds:.2f}s = {ours:.0f} reports/s "
      f"(whole process {t1 - t0:.2f}s = {process:.0f}/s), "
      f"CPU {cpu_us:.1f} us/report (target <= 10), peak RSS {our_rss:.1f} MB (target < 300 MB) "
      f"(duplicates {summary['duplicates']}, quarantined {summary['quarantined']})")
ratio = whole = 0.0
if os.path.exists(f"{work}/naive.out"):
    naive_out = open(f"{work}/naive.out").read()
    m = re.search(r"(\d+) files in ([0-9.]+)s = ([0-9.]+) reports/s", naive_out)
    naive_n, naive_s, naive_rate = int(m.group(1)), float(m.group(2)), float(m.group(3))
    naive_rss, naive_cpu = usage("naive")
    print(f"run {run}: naive python import: {naive_n} reports in {naive_s:.2f}s = {naive_rate:.0f} "
          f"reports/s, CPU {naive_cpu / naive_n * 1e6:.0f} us/report, peak RSS {naive_rss:.1f} MB")
    ratio, whole = ours / naive_rate, process / naive_rate
    print(f"run {run}: ratio {ratio:.2f}x the naive importer (target >= 8x; whole process "
          f"{whole:.2f}x)")
with open(f"{work}/ratios", "a") as f:
    f.write(f"{ratio} {our_rss} {whole} {cpu_us}\n")
PY
    run=$((run + 1))
done
$PY - "$WORK/ratios" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
cpu = sorted(r[3] for r in rows)
line = (f"summary over {len(rows)} runs: CPU median {statistics.median(cpu):.1f} us/report "
        f"(min {cpu[0]:.1f}, max {cpu[-1]:.1f}); peak RSS max {max(r[1] for r in rows):.1f} MB")
ratios = sorted(r[0] for r in rows)
if ratios[-1] > 0:
    whole = sorted(r[2] for r in rows)
    line += (f"; ratio median {statistics.median(ratios):.2f}x (min {ratios[0]:.2f}x, max "
             f"{ratios[-1]:.2f}x), whole process median {statistics.median(whole):.2f}x")
print(line)
PY
