#!/bin/sh
# The shared library exports exactly the functions the public header declares,
# nothing else, and the version script lists exactly those.
#
# Four lists must be equal:
#   header   every CAPARTNER_API declaration in include/capartner.h: the
#            build's list of public functions (tests/abi/public-functions.cmake)
#   compiler every function the compiler sees declared in capartner.h
#            (gcc -aux-info): catches a declaration that lacks CAPARTNER_API
#   map      the global: names of lib/capartner.map (the version script)
#   exported nm -D --defined-only of libcapartner.so, without the version node
# and also:
#   - every export is a function (no data), versioned in the map's node
#   - the SONAME is libcapartner.so.SOVERSION
#   - the static library defines every header function, and all its global
#     symbols start with capartner_ (a static link must not clash with names
#     in the program linking it)
#
#   check-exports.sh SOURCE_DIR PUBLIC_FUNCTIONS SHARED_LIBRARY STATIC_LIBRARY SOVERSION WORK_DIR
set -u

src=$1
functions=$2
shared=$3
static=$4
soversion=$5
work=$6
map="$src/lib/capartner.map"

rm -rf "$work" && mkdir -p "$work" || exit 1
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
for tool in nm readelf gcc awk; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "FAIL: $tool not found (tools/install-deps installs what the tests need)"
        exit 1
    }
done

# ------------------------------------------------------------ the four lists
if ! LC_ALL=C sort "$functions" >"$work/header" || [ ! -s "$work/header" ]; then
    fail "no list of public functions in $functions"
fi

printf '#include "capartner.h"\n' >"$work/aux.c"
if gcc -I"$src/include" -aux-info "$work/aux.txt" -fsyntax-only "$work/aux.c" 2>"$work/aux.log"; then
    grep '/capartner\.h:[0-9]*:' "$work/aux.txt" | sed 's/^\/\*[^*]*\*\/ *//; s/ (.*//' |
        sed 's/.*[^A-Za-z0-9_]//' | LC_ALL=C sort >"$work/compiler"
else
    fail "gcc -aux-info on capartner.h failed:"
    cat "$work/aux.log"
    : >"$work/compiler"
fi

# The global: section of the version script, and the node's name.
node=$(sed 's/#.*//' "$map" | awk '/\{/ { sub(/[ \t]*\{.*/, ""); gsub(/[ \t]/, ""); print; exit }')
sed 's/#.*//; s/\/\*.*\*\///' "$map" | awk '
    /global:/ { on = 1; sub(/.*global:/, "") }
    /local:/  { on = 0 }
    on { n = split($0, words, /[ \t;]+/); for (i = 1; i <= n; i++) if (words[i] != "") print words[i] }
' | LC_ALL=C sort >"$work/map"

nm -D --defined-only "$shared" >"$work/nm.txt" || fail "nm -D $shared failed"
# Lines are "ADDRESS TYPE NAME"; the version node is an absolute (A) symbol.
awk '$2 != "A" { print $3 }' "$work/nm.txt" | sed 's/@.*//' | LC_ALL=C sort -u >"$work/exported"

compare() { # name-a file-a name-b file-b
    if ! cmp -s "$2" "$4"; then
        only_a=$(LC_ALL=C comm -23 "$2" "$4")
        only_b=$(LC_ALL=C comm -13 "$2" "$4")
        fail "$1 and $3 differ"
        [ -n "$only_a" ] && printf '  only in %s:\n%s\n' "$1" "$(echo "$only_a" | sed 's/^/    /')"
        [ -n "$only_b" ] && printf '  only in %s:\n%s\n' "$3" "$(echo "$only_b" | sed 's/^/    /')"
    fi
}
compare "the header's CAPARTNER_API declarations" "$work/header" \
    "the functions the compiler sees declared in capartner.h (one without CAPARTNER_API?)" "$work/compiler"
compare "the header's CAPARTNER_API declarations" "$work/header" \
    "the version script $map" "$work/map"
compare "the header's CAPARTNER_API declarations" "$work/header" \
    "the shared library's exports (nm -D --defined-only)" "$work/exported"

# ------------------------------------------------- what kind of exports
data=$(awk '$2 != "A" && $2 != "T" && $2 != "i" { sub(/@.*/, "", $3); print "    " $2 " " $3 }' "$work/nm.txt")
[ -n "$data" ] && fail "the shared library exports symbols that are not functions:
$data"

nodes=$(awk '$2 == "A" { print $3 }' "$work/nm.txt" | sed 's/@.*//')
if [ "$nodes" != "$node" ]; then
    fail "the shared library's version nodes are '$(echo "$nodes" | tr '\n' ' ' | sed 's/ $//')', the version script's is '$node'"
fi
unversioned=$(nm -D --defined-only --with-symbol-versions "$shared" 2>/dev/null |
    awk -v node="$node" '$2 != "A" && $3 !~ ("@@" node "$") { print "    " $3 }')
[ -n "$unversioned" ] && fail "exports not in the default version node $node:
$unversioned"

# --------------------------------------------------------------- SONAME
soname=$(readelf -d "$shared" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
if [ "$soname" != "libcapartner.so.$soversion" ]; then
    fail "the SONAME is '$soname', expected libcapartner.so.$soversion (CAPARTNER_SOVERSION)"
fi

# ------------------------------------------------------ the static library
nm -g --defined-only "$static" 2>/dev/null | awk 'NF == 3 { print $3 }' | LC_ALL=C sort -u \
    >"$work/static" || fail "nm $static failed"
missing=$(LC_ALL=C comm -23 "$work/header" "$work/static")
[ -n "$missing" ] && fail "the static library does not define these header functions:
$(echo "$missing" | sed 's/^/    /')"
unprefixed=$(grep -v '^capartner_' "$work/static")
[ -n "$unprefixed" ] && fail "the static library defines global symbols outside the capartner_ namespace:
$(echo "$unprefixed" | sed 's/^/    /')"

if [ "$failures" -ne 0 ]; then
    echo "exports test: $failures problem(s); fix the header, lib/capartner.map or the library"
    exit 1
fi
echo "exports test: $(wc -l <"$work/header" | tr -d ' ') functions; header, compiler, version" \
    "script ($node) and the shared library's exports agree; SONAME $soname;" \
    "static library complete and namespaced"
