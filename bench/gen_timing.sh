#!/bin/sh
# The data compiler's time and peak memory (docs/performance.md): the real
# data and synthetic datasets (bench/gen_synthetic.py), each compiled --runs
# times; with --baseline, another build of the compiler (e.g. an older one)
# runs alternately with it on the same inputs, so that the two compare
# within one run even on a busy machine.
#
#   bench/gen_timing.sh [--gen build/capartner-gen] [--baseline OTHER-GEN]
#                       [--sizes "100000"] [--runs 3] [--work DIR]
#
# Prints one line per run: dataset, compiler, wall seconds, user+system
# seconds, peak resident MiB (GNU time's %e, %U+%S, %M).
set -eu

source_dir=$(cd "$(dirname "$0")/.." && pwd)
gen=$source_dir/build/capartner-gen
baseline=""
sizes=100000
runs=3
work=/tmp/capartner-gen-timing
while [ $# -gt 0 ]; do
    case $1 in
    --gen) gen=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "gen_timing.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
command -v /usr/bin/time >/dev/null || { echo "gen_timing.sh: needs /usr/bin/time (Debian: time)" >&2; exit 1; }
mkdir -p "$work"

# measure NAME GEN DATA: one run, one line
measure() {
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$2" --data-dir "$3" \
        --output "$work/out.c" >/dev/null 2>"$work/stderr" || {
        echo "gen_timing.sh: $2 failed on $3:" >&2
        cat "$work/stderr" >&2
        exit 1
    }
    read -r wall user system kib <"$work/time"
    awk -v d="$1" -v g="$4" -v w="$wall" -v u="$user" -v s="$system" -v k="$kib" \
        'BEGIN { printf "%-14s %-9s %7.2f s %7.2f s cpu %8.1f MiB\n", d, g, w, u + s, k / 1024 }'
}

datasets="real:$source_dir/data"
for size in $sizes; do
    data=$work/synthetic-$size
    [ -f "$data/events.tsv" ] ||
        python3 "$source_dir/bench/gen_synthetic.py" --events "$size" --output "$data" >/dev/null
    datasets="$datasets $size:$data"
done
printf '%-14s %-9s %9s %15s %12s\n' dataset compiler wall cpu peak
for entry in $datasets; do
    name=${entry%%:*} data=${entry#*:}
    run=1
    while [ "$run" -le "$runs" ]; do
        measure "$name" "$gen" "$data" gen
        [ -z "$baseline" ] || measure "$name" "$baseline" "$data" baseline
        run=$((run + 1))
    done
done
