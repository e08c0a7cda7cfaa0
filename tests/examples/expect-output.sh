#!/bin/sh
# Runs an example and fails unless it exits with the expected status and its
# standard output is the expected file, byte for byte (a diff shows what moved).
#
#   expect-output.sh EXPECTED-FILE EXIT-STATUS PROGRAM [ARG...]
set -u
expected=$1 status=$2
shift 2
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$@" >"$actual"
code=$?
failed=0
if [ "$code" -ne "$status" ]; then
    echo "FAIL: $* exited with $code, expected $status"
    failed=1
fi
if ! diff -u "$expected" "$actual"; then
    echo "FAIL: the output of $* differs from $expected (above; + is the program's)"
    failed=1
fi
exit $failed
