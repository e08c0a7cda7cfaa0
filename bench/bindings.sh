#!/bin/sh
# The Python and Go bindings against what their users would otherwise use, with
# ratios; the C table is capartner-bench's (bench/README or docs/performance.md).
#   bench/bindings.sh [BUILD_DIR] [--quick]
# Python: bench/python_bench.py with Debian's python3 and python3-pycountry.
# Go: the testing.B benchmarks of bindings/go/bench_test.go, with their cgo
# calls per operation, and each one's ratio to its plain-Go baseline.
set -eu
cd "$(dirname "$0")/.."
build=$(cd "${1:-build}" && pwd)
quick=${2:-}
python=/usr/bin/python3
[ -x "$python" ] || python=python3

echo "== Python (ratio: the alternative's time over the binding's; above 1, the binding is faster)"
PYTHONPATH=$PWD/bindings/python CAPARTNER_LIBRARY=$build/libcapartner.so.0 \
    "$python" bench/python_bench.py $quick

echo
echo "== Go (ratio: the plain-Go baseline's time over the binding's)"
benchtime=200000x
[ "$quick" = "--quick" ] && benchtime=100x
cd bindings/go
env PKG_CONFIG_PATH="$build/uninstalled" LD_LIBRARY_PATH="$build" \
    GOPATH="$build/bindings/go/path" GOCACHE="$build/bindings/go/cache" GOFLAGS=-mod=mod \
    GOPROXY=off GOTOOLCHAIN=local GOENV=off \
    go test -count=1 -run '^$' -bench . -benchtime "$benchtime" | awk '
    /^Benchmark/ { name = $1; sub(/-[0-9]+$/, "", name); ns[name] = $3; line[name] = $0; order[++n] = name }
    END {
        base["BenchmarkFindCountryCode"] = "BenchmarkMapLookupBaseline"
        base["BenchmarkFindCountryName"] = "BenchmarkMapLookupBaseline"
        base["BenchmarkTimelineKZ"] = "BenchmarkTimelineKZSliceBaseline"
        for (i = 1; i <= n; i++) {
            name = order[i]; printf "%s", line[name]
            if (name in base && ns[name] > 0) printf "\tratio %.3fx", ns[base[name]] / ns[name]
            printf "\n"
        }
    }'
