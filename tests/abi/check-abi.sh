#!/bin/sh
# The ABI of the library just built matches the committed baseline.
#
#   check-abi.sh SOURCE_DIR SHARED_LIBRARY WORK_DIR
#
# 1. abidiff tests/abi/libcapartner.abi (the baseline) against a dump of
#    SHARED_LIBRARY made by the same command (tests/abi/abi-dump.sh). Any
#    change fails, harmless ones included (--harmless): an added function or
#    enumerator is compatible, but it is still a change to the contract that
#    must be made on purpose, by updating the baseline.
# 2. The header's compile-time constants (every #define CAPARTNER_* but the
#    version and include-guard macros) match tests/abi/constants.txt: a
#    constant such as CAPARTNER_DATE_TEXT_BYTES is compiled into callers, and
#    abidiff cannot see macros.
#
# To accept a deliberate change: tools/update-abi-baseline (docs/api-stability.md).
set -u

src=$1
library=$2
work=$3
here="$src/tests/abi"
baseline="$here/libcapartner.abi"
constants="$here/constants.txt"

rm -rf "$work" && mkdir -p "$work" || exit 1
status=0

# A build without debug info (CMAKE_BUILD_TYPE=Release or MinSizeRel) cannot be
# compared: abidw sees only symbol names, not types. Skipped, with the reason
# (exit 77: CTest reports the test as skipped); the exports are still checked
# by abi-exports, and CI's default RelWithDebInfo build runs this check.
if ! readelf -S "$library" 2>/dev/null | grep -q '\.debug_info'; then
    echo "SKIP: $library has no debug info (a Release or MinSizeRel build); the ABI" \
        "baseline is checked in a RelWithDebInfo (default) or Debug build"
    exit 77
fi

explain_bits() { # abidiff exit status
    bits=$1
    [ $((bits & 1)) -ne 0 ] && echo "  bit 1 (ABIDIFF_ERROR): abidiff itself failed"
    [ $((bits & 2)) -ne 0 ] && echo "  bit 2 (ABIDIFF_USAGE_ERROR): abidiff was called wrongly"
    [ $((bits & 4)) -ne 0 ] && echo "  bit 4 (ABIDIFF_ABI_CHANGE): the ABI changed"
    [ $((bits & 8)) -ne 0 ] && echo "  bit 8 (ABIDIFF_ABI_INCOMPATIBLE_CHANGE): the change is" \
        "INCOMPATIBLE: programs built against the baseline may break"
    return 0
}

# --------------------------------------------------------- 1. abidiff
if ! command -v abidiff >/dev/null 2>&1; then
    echo "FAIL: abidiff not found: install libabigail's tools (Debian: abigail-tools;" \
        "tools/install-deps does it)"
    exit 1
fi
if [ ! -f "$baseline" ]; then
    echo "FAIL: no ABI baseline at $baseline: create it with tools/update-abi-baseline"
    exit 1
fi
if ! sh "$here/abi-dump.sh" "$library" "$src/include" "$work/current.abi"; then
    echo "FAIL: could not dump the ABI of $library (see above)"
    exit 1
fi

abidiff --harmless "$baseline" "$work/current.abi" >"$work/abidiff-full.txt" 2>&1
bits=$?
if [ "$bits" -eq 0 ]; then
    echo "ABI: $library matches the baseline $baseline"
else
    status=1
    echo "FAIL: the ABI of $library differs from the baseline (abidiff exit status $bits):"
    explain_bits "$bits"
    if [ $((bits & 3)) -eq 0 ]; then
        # The leaf report names each changed type once, with the functions it
        # reaches; the full report is kept beside it.
        abidiff --harmless --leaf-changes-only --impacted-interfaces "$baseline" \
            "$work/current.abi" >"$work/abidiff.txt" 2>&1
        echo
        echo "---- abidiff --harmless --leaf-changes-only --impacted-interfaces" \
            "tests/abi/libcapartner.abi <current> ----"
        cat "$work/abidiff.txt"
        echo "---- (full report: $work/abidiff-full.txt)"
        sh "$here/compat-check.sh" "$baseline" "$work/current.abi" "$src/include/capartner.h" \
            "$work/compat.txt"
        case $? in
        0)
            echo "Verdict: backward compatible (additions only). If it is deliberate: run"
            echo "tools/update-abi-baseline, raise the MINOR version, list it in CHANGELOG.md."
            ;;
        *)
            echo "Verdict: NOT backward compatible (something was removed or changed, not only"
            echo "added): programs built against the baseline can break. If it is deliberate:"
            echo "raise CAPARTNER_SOVERSION in CMakeLists.txt and the MAJOR version, run"
            echo "tools/update-abi-baseline, list it in CHANGELOG.md (docs/api-stability.md)."
            ;;
        esac
    else
        cat "$work/abidiff-full.txt"
    fi
fi

# ------------------------------------------- 2. compile-time constants
if ! sh "$here/constants.sh" "$src/include/capartner.h" >"$work/constants.txt"; then
    echo "FAIL: could not list the constants of capartner.h"
    status=1
elif [ ! -f "$constants" ]; then
    echo "FAIL: no constants baseline at $constants: create it with tools/update-abi-baseline"
    status=1
elif ! diff -u "$constants" "$work/constants.txt" >"$work/constants.diff"; then
    status=1
    echo "FAIL: the header's compile-time constants differ from $constants"
    echo "(- baseline, + current header); constants are compiled into callers:"
    sed -n '3,$p' "$work/constants.diff"
    echo "If this is deliberate, record it with tools/update-abi-baseline."
else
    echo "constants: $(wc -l <"$constants" | tr -d ' ') #define CAPARTNER_* values match $constants"
fi
exit $status
