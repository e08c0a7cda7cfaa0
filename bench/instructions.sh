#!/bin/sh
# A noise-free second opinion on the benchmark: instructions per operation,
# counted by callgrind, for each operation and implementation.
#
#   bench/instructions.sh BUILD_DIR [N]
#
# Runs capartner-bench --fixed N --only OP --impl IMPL under
# `valgrind --tool=callgrind --toggle-collect=capartner_bench_batch`, so only
# the N timed calls are counted (not loading, checking or set-up), and prints
# instructions per call (per whole walk for walks). N defaults to 2000.
set -eu
build=${1:?usage: bench/instructions.sh BUILD_DIR [N]}
n=${2:-2000}
bench="$build/bench/capartner-bench"
[ -x "$bench" ] || { echo "no $bench: build the capartner-bench target first" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-10s %14s %14s %14s\n' operation capartner sqlite linear
for op in alpha2 numeric name-en name-fr name-ru acronym as-of timeline timeline-step country body area \
    range range-possibly; do
    printf '%-10s' "$op"
    for impl in capartner sqlite linear; do
        file="$out/$op-$impl.out"
        valgrind --tool=callgrind --toggle-collect=capartner_bench_batch \
            --callgrind-out-file="$file" "$bench" --fixed "$n" --only "$op" --impl "$impl" \
            >/dev/null 2>&1 || { printf ' %14s' failed; continue; }
        total=$(sed -n 's/^totals: *\([0-9]*\).*/\1/p; s/^summary: *\([0-9]*\).*/\1/p' "$file" | head -1)
        printf ' %14s' "$(awk -v t="${total:-0}" -v n="$n" 'BEGIN { printf "%.1f", t / n }')"
    done
    printf '\n'
done
