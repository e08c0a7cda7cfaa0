#!/bin/sh
# Writes the ABI of libcapartner.so as libabigail XML: what the baseline
# tests/abi/libcapartner.abi is made of, and what tests/abi/check-abi.sh
# compares it with. One command, used by both, so they always agree.
#
#   abi-dump.sh SHARED_LIBRARY HEADERS_DIR OUT_FILE
#
# The dump holds only the public ABI:
#   --headers-dir + --drop-private-types  types defined outside include/ (the
#       record structs of lib/internal.h behind the opaque handles) become
#       declaration-only: their layout is not part of the ABI
#   --exported-interfaces-only  only what the ELF symbol table exports: the
#       hidden data tables (whose array sizes follow the data) never appear
#   --no-corpus-path --no-comp-dir-path --short-locs  no build or source
#       directory in the output; locations are file:line only
#   --type-id-style hash  type ids that do not shift when a type is added,
#       so a baseline update reads as a small diff
# so the dump depends on neither the build directory nor the data.
set -u

library=$1
headers=$2
out=$3

command -v abidw >/dev/null 2>&1 || {
    echo "abi-dump: abidw not found: install libabigail's tools (Debian: abigail-tools;" \
        "tools/install-deps does it)" >&2
    exit 1
}
[ -f "$library" ] || {
    echo "abi-dump: $library does not exist: build the library first" >&2
    exit 1
}
# Without DWARF abidw sees only symbol names, not types: refuse.
if ! readelf -S "$library" 2>/dev/null | grep -q '\.debug_info'; then
    echo "abi-dump: $library has no debug info: the ABI check needs it. Build with" \
        "CMAKE_BUILD_TYPE=RelWithDebInfo (the default) or Debug." >&2
    exit 1
fi

tmp="$out.tmp"
if ! abidw --no-corpus-path --no-comp-dir-path --short-locs --type-id-style hash \
    --headers-dir "$headers" --drop-private-types --exported-interfaces-only \
    --out-file "$tmp" "$library"; then
    rm -f "$tmp"
    echo "abi-dump: abidw failed on $library" >&2
    exit 1
fi
# A translation unit's path is as the compiler was given it (absolute under
# CMake): keep the file name only, like --short-locs does for the rest.
sed "s|\(<abi-instr [^>]* path='\)[^']*/\([^'/]*'\)|\1\2|" "$tmp" >"$out" && rm -f "$tmp"
