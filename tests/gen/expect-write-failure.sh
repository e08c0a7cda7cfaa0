#!/bin/sh
# The data compiler when its output cannot be written: a file-size limit
# (ulimit -f, with SIGXFSZ ignored so that write() fails with EFBIG) makes
# every write past 4 KiB fail. In both forms it must exit with status 1, say
# "cannot write the output" and nothing else, and leave no file behind; under
# the sanitizers a leaked buffer or a writer thread left running is reported
# there.
#
#   expect-write-failure.sh GEN DATA_DIR WORK_DIR
set -u
gen=$1 data=$2 work=$3
failures=0
fail() {
    echo "expect-write-failure: $*" >&2
    failures=$((failures + 1))
}
for format in c incbin; do
    rm -rf "$work/$format"
    mkdir -p "$work/$format"
    output="$work/$format/capartner_data.c"
    (
        # under CAPARTNER_COVERAGE: gcov's counters, which the size limit
        # truncates, go to the work directory, not the build's
        GCOV_PREFIX="$work/$format.gcov"
        export GCOV_PREFIX
        trap '' XFSZ
        ulimit -f 8 # 512-byte blocks
        exec "$gen" --data-dir "$data" --output "$output" --format "$format"
    ) 2>"$work/$format.stderr"
    status=$?
    [ "$status" = 1 ] || fail "$format: exit status $status, not 1"
    # that message alone: a sanitizer's report (a leak, a race) is a failure;
    # libgcov's own complaint that it cannot write its counters is not the program's
    [ "$(grep -v '^libgcov profiling error:' "$work/$format.stderr")" = \
        "capartner-gen: cannot write the output" ] ||
        fail "$format: not just \"capartner-gen: cannot write the output\" on stderr"
    left=$(ls -A "$work/$format")
    [ -z "$left" ] || fail "$format: files left behind: $left"
    if [ "$failures" != 0 ]; then
        cat "$work/$format.stderr" >&2
    fi
done
[ "$failures" = 0 ]
