#!/bin/sh
# The scaling run: synthetic datasets of 10^3 .. 10^6 events, each compiled
# into its own build of the library through CAPARTNER_DATA_DIR, measured:
#
#   - the data compiler (capartner-gen): wall time and peak memory;
#   - the C compile of the generated tables: wall time and peak memory;
#   - the shared library's size and its dynamic relocations;
#   - lookup cost and the per-match cost of filtered walks
#     (capartner-bench --lib-only; with --baselines also SQLite and the
#     linear scan, which load every size into memory and take a while).
#
#   bench/scaling.sh [--sizes "1000 10000 100000 1000000"] [--work DIR]
#                    [--baselines] [--jobs N]
#
# Writes DIR/scaling.tsv (one row per size), DIR/scaling.md (the same as a
# Markdown table) and DIR/scaling.svg (the plot, by bench/plot.py); DIR is
# /tmp/capartner-scaling unless --work says otherwise. Not run in CI: the
# 10^6 size takes minutes. See docs/performance.md.
set -eu

source_dir=$(cd "$(dirname "$0")/.." && pwd)
sizes="1000 10000 100000 1000000"
work=/tmp/capartner-scaling
baselines=0
jobs=2
while [ $# -gt 0 ]; do
    case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --baselines) baselines=1; shift ;;
    --jobs) jobs=$2; shift 2 ;;
    -h | --help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "scaling.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
command -v /usr/bin/time >/dev/null || { echo "scaling.sh: needs /usr/bin/time (Debian: time)" >&2; exit 1; }
mkdir -p "$work"
results="$work/scaling.tsv"

# "12.34 98765" = elapsed seconds and peak RSS in KiB of a command
measure() {
    log=$1
    shift
    /usr/bin/time -f '%e %M' -o "$log.time" "$@" >"$log" 2>&1 || {
        echo "scaling.sh: failed: $*" >&2
        tail -20 "$log" >&2
        exit 1
    }
    cat "$log.time"
}

# a field of capartner-bench's results file: op, impl, column
bench_value() {
    awk -F'\t' -v op="$2" -v impl="$3" -v col="$4" \
        'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
         $1 == op && $2 == impl { printf "%.2f", $c[col]; found = 1 }
         END { if (!found) printf "-" }' "$1"
}

printf 'events\tcountries\tbodies\tparticipations\tgen_s\tgen_mib\tcc_s\tcc_mib\ttables\tso_kib\trelocs\trelocs_data' >"$results"
for op in alpha2 numeric name-en name-fr name-ru acronym; do printf '\t%s_ns' "$op" >>"$results"; done
for op in country body area range as-of timeline; do printf '\t%s_ns_per_match\t%s_matches' "$op" "$op" >>"$results"; done
if [ "$baselines" = 1 ]; then
    for op in alpha2 name-en country range; do printf '\t%s_sqlite_ns\t%s_linear_ns' "$op" "$op" >>"$results"; done
fi
printf '\n' >>"$results"

for n in $sizes; do
    echo "== $n events" >&2
    data="$work/data-$n"
    build="$work/build-$n"
    python3 "$source_dir/bench/gen_synthetic.py" --events "$n" --output "$data"
    cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
        -DCAPARTNER_BUILD_CLI=OFF -DCAPARTNER_BUILD_EXAMPLES=OFF -DCAPARTNER_BUILD_BENCH=ON \
        -DCAPARTNER_DATA_DIR="$data" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$work/cmake-$n.log"
    cmake --build "$build" -j "$jobs" --target capartner-gen >"$work/build-gen-$n.log"

    # the data compiler, run as the build runs it (the build then finds its
    # output up to date)
    mkdir -p "$build/generated"
    generated="$build/generated/capartner_data.c"
    set -- $(measure "$work/gen-$n.log" "$build/capartner-gen" --data-dir "$data" --output "$generated")
    gen_s=$1
    gen_mib=$(($2 / 1024))
    # the form the tables were emitted in: C initialisers or an .incbin blob
    if grep -q '\.incbin' "$generated"; then tables=incbin; else tables=c; fi

    # the C compile of the generated tables, with the build's own command
    # for the shared library's object
    command=$(python3 - "$build/compile_commands.json" "$generated" <<'EOF'
import json, re, sys
for entry in json.load(open(sys.argv[1])):
    if entry["file"] == sys.argv[2] and "capartner_static" not in entry["command"]:
        print(re.sub(r" -o \S+", " -o /dev/null", entry["command"]))
        break
EOF
)
    set -- $(cd "$build" && measure "$work/cc-$n.log" sh -c "$command")
    cc_s=$1
    cc_mib=$(($2 / 1024))

    cmake --build "$build" -j "$jobs" --target capartner capartner-bench >"$work/build-$n.log" 2>&1 || {
        tail -30 "$work/build-$n.log" >&2
        exit 1
    }
    so=$(readlink -f "$build/libcapartner.so")
    so_kib=$(($(stat -c %s "$so") / 1024))
    relocs=$(python3 "$source_dir/tests/perf/check_relocations.py" "$so" --quiet)
    relocs_total=$(echo "$relocs" | sed -n 's/.*total=\([0-9]*\).*/\1/p')
    relocs_data=$(echo "$relocs" | sed -n 's/.*data=\([0-9]*\).*/\1/p')

    bench_args="--lib-only"
    [ "$baselines" = 1 ] && bench_args="--data-dir $data"
    # shellcheck disable=SC2086
    "$build/bench/capartner-bench" $bench_args --results "$work/bench-$n.tsv" >"$work/bench-$n.txt"
    cat "$work/bench-$n.txt" >&2
    counts=$(sed -n '1s/.*), \([0-9]*\) countries, \([0-9]*\) bodies, \([0-9]*\) participations.*/\1\t\2\t\3/p' \
        "$work/bench-$n.txt")

    row="$n\t$counts\t$gen_s\t$gen_mib\t$cc_s\t$cc_mib\t$tables\t$so_kib\t$relocs_total\t$relocs_data"
    for op in alpha2 numeric name-en name-fr name-ru acronym; do
        row="$row\t$(bench_value "$work/bench-$n.tsv" "$op" capartner ns_per_op)"
    done
    for op in country body area range as-of timeline; do
        row="$row\t$(bench_value "$work/bench-$n.tsv" "$op" capartner ns_per_match)"
        row="$row\t$(bench_value "$work/bench-$n.tsv" "$op" capartner matches | sed 's/\.00$//')"
    done
    if [ "$baselines" = 1 ]; then
        for op in alpha2 name-en country range; do
            row="$row\t$(bench_value "$work/bench-$n.tsv" "$op" sqlite ns_per_op)"
            row="$row\t$(bench_value "$work/bench-$n.tsv" "$op" linear ns_per_op)"
        done
    fi
    printf "$row\n" >>"$results"
done

python3 "$source_dir/bench/plot.py" "$results" "$work/scaling.svg" --markdown "$work/scaling.md"
echo "wrote $results, $work/scaling.md and $work/scaling.svg" >&2
cat "$work/scaling.md"
