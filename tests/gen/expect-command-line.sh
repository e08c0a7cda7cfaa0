#!/bin/sh
# The data compiler's command line and its two output forms:
#
#   - --help and -h print the usage on stdout and exit 0; no arguments, an
#     unknown argument, an option without its value or an unknown --format
#     print the usage on stderr and exit 2;
#   - --format incbin writes FILE.c and FILE.c.bin, and FILE.c names the
#     .bin by its absolute path (the output given relative to the working
#     directory); --format c and auto (a small dataset) write C alone and
#     remove a stale FILE.c.bin; both forms compile;
#   - --format incbin refuses an output whose path the assembler could not
#     read back (a '"' in it) and writes nothing;
#   - a dataset of headers alone compiles in both forms;
#   - 60 faults in one file: 50 are shown, then "10 more errors not shown",
#     and the count of all 60.
#
#   expect-command-line.sh GEN DATA_DIR WORK_DIR CC SOURCE_DIR
set -u
gen=$1 valid=$2 work=$3 cc=$4 source=$5
failures=0
fail() {
    echo "expect-command-line: $*" >&2
    failures=$((failures + 1))
}
# run CASE STATUS ARGUMENTS...: the exit status must be STATUS; the output
# goes to $work/CASE.stdout and .stderr
run() {
    case=$1 expected=$2
    shift 2
    "$gen" "$@" >"$work/$case.stdout" 2>"$work/$case.stderr"
    status=$?
    [ "$status" = "$expected" ] || {
        fail "$case: exit status $status, not $expected"
        cat "$work/$case.stderr" >&2
    }
}
# has CASE STREAM LINE: STREAM (stdout or stderr) of CASE holds LINE
has() {
    grep -Fqx -- "$3" "$work/$1.$2" || fail "$1: no line \"$3\" on $2"
}
# compiles CASE FILE: FILE compiles as the library's data
compiles() {
    "$cc" -std=c11 -c -I "$source/include" -I "$source/lib" -o "$2.o" "$2" 2>"$work/$1.cc" ||
        { fail "$1: $2 does not compile"; cat "$work/$1.cc" >&2; }
}
rm -rf "$work"
mkdir -p "$work/out"
usage="usage: capartner-gen --data-dir DIR --output FILE.c"

run help 0 --help
has help stdout "$usage"
run h 0 -h
has h stdout "$usage"
run none 2
has none stderr "$usage"
run unexpected 2 --data-dir "$valid" --output "$work/out/x.c" --frobnicate
has unexpected stderr 'capartner-gen: unexpected argument "--frobnicate"'
run no-value 2 --output "$work/out/x.c" --data-dir
has no-value stderr 'capartner-gen: unexpected argument "--data-dir"'
run bad-format 2 --data-dir "$valid" --output "$work/out/x.c" --format asm
has bad-format stderr 'capartner-gen: unknown or unavailable --format "asm"'
[ -z "$(ls -A "$work/out")" ] || fail "usage errors left output behind"

# incbin, then C over it: the stale .bin goes (relative output path)
(cd "$work/out" && "$gen" --data-dir "$valid" --output data.c --format incbin) ||
    fail "incbin: exit status $?"
[ -s "$work/out/data.c.bin" ] || fail "incbin: no data.c.bin"
grep -Fq ".incbin \\\"$work/out/data.c.bin\\\"" "$work/out/data.c" ||
    fail "incbin: data.c does not name $work/out/data.c.bin"
compiles incbin "$work/out/data.c"
for format in c auto; do
    run "$format" 0 --data-dir "$valid" --output "$work/out/data.c" --format "$format"
    [ ! -s "$work/$format.stderr" ] || fail "$format: messages on stderr"
    [ ! -e "$work/out/data.c.bin" ] || fail "$format: the stale data.c.bin is left"
    ! grep -q incbin "$work/out/data.c" || fail "$format: .incbin in the C form"
    compiles "$format" "$work/out/data.c"
done

mkdir -p "$work/quote\"d"
run quote 1 --data-dir "$valid" --output "$work/quote\"d/data.c" --format incbin
has quote stderr "capartner-gen: --format incbin: no usable absolute path for $work/quote\"d/data.c.bin on this system"
[ -z "$(ls -A "$work/quote\"d")" ] || fail "quote: output left behind"

# headers alone
mkdir -p "$work/empty"
for table in "$valid"/*.tsv; do
    head -n 1 "$table" >"$work/empty/${table##*/}"
done
for format in c incbin; do
    run "empty-$format" 0 --data-dir "$work/empty" --output "$work/out/empty-$format.c" \
        --format "$format"
    compiles "empty-$format" "$work/out/empty-$format.c"
done

# 60 faults in events.tsv: an off-calendar date on each of 60 copies of a line
cp -R "$valid" "$work/many"
line=$(sed -n 5p "$valid/events.tsv")
for i in $(seq 10 69); do
    printf '%s\n' "$line" | sed "s/^2013-12-kabul-course\t2013-12/event-$i\t2013-13/"
done >>"$work/many/events.tsv"
run many 1 --data-dir "$work/many" --output "$work/out/many.c"
shown=$(grep -c "events.tsv:[0-9]*: date: \"2013-13\" is not on the calendar" "$work/many.stderr")
[ "$shown" = 50 ] || fail "many: $shown errors shown, not 50"
has many stderr "$work/many/events.tsv: 10 more errors not shown"
has many stderr "capartner-gen: 60 errors; nothing written"
[ "$failures" = 0 ]
