#!/bin/sh
# Is the change from one ABI dump to another backward compatible, i.e. made of
# additions only? Used to word check-abi.sh's verdict and by
# tools/update-abi-baseline to refuse an incompatible change under an
# unchanged SONAME.
#
#   compat-check.sh OLD.abi NEW.abi HEADER REPORT_FILE
#
# Exit 0: additions only (new functions; enumerators appended, with the
# CAPARTNER_*_COUNT enumerators growing to match). Exit 1: anything else (a
# removed or changed function, a changed type, a renumbered enumerator, a
# new SONAME). Exit 2: abidiff failed. The abidiff report goes to REPORT_FILE.
#
# Method: abidiff without --harmless (appended enumerators are harmless),
# with --no-added-syms (added functions are compatible), and with the
# _COUNT enumerators' value changes suppressed.
set -u
old=$1
new=$2
header=$3
report=$4

counts=$(grep -o 'CAPARTNER_[A-Z0-9_]*_COUNT *=' "$header" | sed 's/ *=//' | paste -sd, -)
suppressions="$report.supp"
if [ -n "$counts" ]; then
    printf '[suppress_type]\n  type_kind = enum\n  changed_enumerators = %s\n' "$counts" >"$suppressions"
else
    : >"$suppressions"
fi
abidiff --no-added-syms --suppressions "$suppressions" "$old" "$new" >"$report" 2>&1
bits=$?
[ $((bits & 3)) -ne 0 ] && exit 2
[ "$bits" -eq 0 ] && exit 0
exit 1
