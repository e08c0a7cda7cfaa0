#!/bin/sh
# The data compiler when a file cannot be read, created or written: every
# message names the file and the system's reason, the exit status is 1 and
# nothing is left behind.
#
#   - a directory in place of events.tsv: "events.tsv:0: (file): cannot
#     read: Is a directory";
#   - no places.tsv: "places.tsv:0: (file): cannot open: No such file or
#     directory";
#   - an output in a directory that does not exist: "cannot create
#     FILE.tmp: No such file or directory";
#   - a file-size limit (ulimit -f, with SIGXFSZ ignored so that write()
#     fails with EFBIG) that makes every write past 4 KiB fail, in both
#     output forms: "cannot write FILE.tmp: File too large" for each file it
#     could not write, and nothing else (under the sanitizers a leaked
#     buffer would be reported there).
#
#   expect-io-failure.sh GEN DATA_DIR WORK_DIR
set -u
gen=$1 valid=$2 work=$3
failures=0
fail() {
    echo "expect-io-failure: $*" >&2
    failures=$((failures + 1))
}
# expect CASE MESSAGE DATA OUTPUT: status 1, MESSAGE on stderr, no output
expect() {
    case=$1 message=$2 data=$3 output=$4
    "$gen" --data-dir "$data" --output "$output" 2>"$work/$case.stderr"
    status=$?
    [ "$status" = 1 ] || fail "$case: exit status $status, not 1"
    grep -Fqx -- "$message" "$work/$case.stderr" || fail "$case: no line \"$message\""
    ! grep -q "out of memory\|Sanitizer\|runtime error" "$work/$case.stderr" ||
        fail "$case: an unexpected report"
    [ ! -e "$output" ] && [ ! -e "$output.tmp" ] || fail "$case: output left behind"
    [ "$failures" = 0 ] || cat "$work/$case.stderr" >&2
}
rm -rf "$work"
mkdir -p "$work/out"

# an output that is not a regular file (a FIFO standing for /dev/null) is
# refused and left as it was: it would be renamed over or removed
mkfifo "$work/out/fifo" || fail "mkfifo"
"$gen" --data-dir "$valid" --output "$work/out/fifo" 2>"$work/fifo.stderr"
status=$?
[ "$status" = 1 ] || fail "fifo: exit status $status, not 1"
grep -Fqx "capartner-gen: cannot write $work/out/fifo: not a regular file" "$work/fifo.stderr" ||
    { fail "fifo: no message"; cat "$work/fifo.stderr" >&2; }
[ -p "$work/out/fifo" ] || fail "fifo: the output was replaced or removed"
rm -f "$work/out/fifo"

cp -R "$valid" "$work/directory"
rm "$work/directory/events.tsv"
mkdir "$work/directory/events.tsv"
expect directory "$work/directory/events.tsv:0: (file): cannot read: Is a directory" \
    "$work/directory" "$work/out/capartner_data.c"

cp -R "$valid" "$work/missing"
rm "$work/missing/places.tsv"
expect missing "$work/missing/places.tsv:0: (file): cannot open: No such file or directory" \
    "$work/missing" "$work/out/capartner_data.c"

expect no-output-directory \
    "capartner-gen: cannot create $work/nowhere/capartner_data.c.tmp: No such file or directory" \
    "$valid" "$work/nowhere/capartner_data.c"
for format in c incbin; do
    mkdir -p "$work/$format"
    output="$work/$format/capartner_data.c"
    (
        trap '' XFSZ
        ulimit -f 8 # 512-byte blocks
        # under CAPARTNER_COVERAGE: gcov's counters, which the size limit
        # truncates, go to the work directory, not the build's
        GCOV_PREFIX="$work/$format.gcov"
        export GCOV_PREFIX
        exec "$gen" --data-dir "$valid" --output "$output" --format "$format"
    ) 2>"$work/$format.stderr"
    status=$?
    [ "$status" = 1 ] || fail "$format: exit status $status, not 1"
    # those messages alone: a sanitizer's report (a leak) is a failure;
    # libgcov's own complaint that it cannot write its counters is not the program's
    expected="^capartner-gen: cannot write $output(\\.bin)?\\.tmp: File too large\$"
    [ -s "$work/$format.stderr" ] || fail "$format: no message"
    if grep -v '^libgcov profiling error:' "$work/$format.stderr" | grep -Evq "$expected"; then
        fail "$format: not just \"capartner-gen: cannot write $output.tmp: File too large\""
    fi
    left=$(ls -A "$work/$format")
    [ -z "$left" ] || fail "$format: files left behind: $left"
    if [ "$failures" != 0 ]; then
        cat "$work/$format.stderr" >&2
    fi
done
[ "$failures" = 0 ]
