#!/bin/sh
# The public header compiles on its own, with gcc and clang, as C99, C11 and
# C17, and from C++ (g++ and clang++; C++98, C++11, C++20), under
# -Wall -Wextra -Wpedantic -Werror (and a few more warnings consumers are
# likely to use). Each program is then linked to the shared library and run:
# from C++ that proves the header's extern "C" (a missing one would leave
# mangled, unresolved names), and everywhere that the header and the library
# agree on the version.
#
# Every compiler is required: a missing one is a failure, not a skip.
#
#   header-test.sh SOURCE_DIR LIBRARY_FILE WORK_DIR
set -u

src=$1
library=$2
work=$3
libdir=$(dirname "$library")
here="$src/tests/abi/header"

rm -rf "$work" && mkdir -p "$work" || exit 1

common="-Wall -Wextra -Wpedantic -Werror -Wundef -Wshadow"
c_flags="$common -Wstrict-prototypes -Wmissing-prototypes -Wconversion -Wsign-conversion"
cxx_flags="$common -Wconversion -Wold-style-cast -Wcast-qual"

failures=0
passes=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

build_and_run() { # compiler std source name extra-flags
    compiler=$1 std=$2 source=$3 name=$4 flags=$5
    exe="$work/$name"
    # shellcheck disable=SC2086
    if ! "$compiler" -std="$std" $flags -I"$src/include" -o "$exe" "$source" \
        -L"$libdir" -lcapartner -Wl,-rpath,"$libdir" >"$exe.log" 2>&1; then
        fail "$compiler -std=$std: capartner.h does not compile or link cleanly:"
        sed 's/^/    /' "$exe.log"
        return
    fi
    if ! output=$("$exe" 2>&1); then
        fail "$compiler -std=$std: the program built against capartner.h failed: $output"
        return
    fi
    echo "ok: $compiler -std=$std ($output)"
    passes=$((passes + 1))
}

for compiler in gcc clang g++ clang++; do
    if ! command -v "$compiler" >/dev/null 2>&1; then
        fail "$compiler not found: the header test needs gcc, clang, g++ and clang++" \
            "(tools/install-deps installs build-essential and clang)"
        continue
    fi
    case $compiler in
    gcc | clang)
        for std in c99 c11 c17; do
            build_and_run "$compiler" "$std" "$here/header.c" "$compiler-$std" "$c_flags"
        done
        ;;
    *)
        for std in c++98 c++11 c++20; do
            build_and_run "$compiler" "$std" "$here/header.cpp" "$compiler-$std" "$cxx_flags"
        done
        ;;
    esac
done

if [ "$failures" -ne 0 ]; then
    echo "header test: $failures failed, $passes passed"
    exit 1
fi
echo "header test: all $passes compilations passed"
