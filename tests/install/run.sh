#!/bin/sh
# Install-and-consume tests: `cmake --install` the build into a temporary
# prefix, then build a consumer project outside the source tree against it,
# run it and check what it prints; then move the whole prefix somewhere else
# (another depth, the old path gone) and do it all again from scratch: the
# installed tree is relocatable.
#
#   run.sh MODE
#
# MODE
#   layout            the installed files, symlinks, SONAME, no RPATH, and no
#                     absolute path (prefix, build or source directory) in the
#                     .pc files or the CMake package; pkg-config --validate
#   pkgconfig         cc $(pkg-config --cflags --libs capartner), shared
#   pkgconfig-static  cc $(pkg-config --static --cflags --libs capartner-static)
#   cmake             find_package(capartner CONFIG REQUIRED), one program
#                     linked to capartner::capartner, one to
#                     capartner::capartner_static
#
# Set by tests/abi/CMakeLists.txt (ENVIRONMENT of each test):
#   CAPARTNER_SOURCE_DIR CAPARTNER_BUILD_DIR CAPARTNER_WORK_DIR
#   CAPARTNER_CMAKE CAPARTNER_CC CAPARTNER_PKG_CONFIG
#   CAPARTNER_LIBDIR CAPARTNER_INCLUDEDIR (CMAKE_INSTALL_LIBDIR/INCLUDEDIR)
#   CAPARTNER_VERSION CAPARTNER_SOVERSION CAPARTNER_DATA_DIR
set -u

mode=$1
src=$CAPARTNER_SOURCE_DIR
build=$CAPARTNER_BUILD_DIR
work=$CAPARTNER_WORK_DIR/$mode
cmake=$CAPARTNER_CMAKE
cc=$CAPARTNER_CC
pkg_config=$CAPARTNER_PKG_CONFIG
libdir=$CAPARTNER_LIBDIR
includedir=$CAPARTNER_INCLUDEDIR
version=$CAPARTNER_VERSION
soversion=$CAPARTNER_SOVERSION
data_dir=$CAPARTNER_DATA_DIR

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
die() {
    echo "FAIL: $*"
    exit 1
}
# Runs a command, its output into a log; on failure shows the log.
logged() { # log command...
    log=$1
    shift
    echo "+ $*" >"$log"
    if ! "$@" >>"$log" 2>&1; then
        echo "FAIL: command failed: $*"
        sed 's/^/    /' "$log"
        return 1
    fi
}
real_dir() { (cd -P "$1" 2>/dev/null && pwd); }

rm -rf "$work" && mkdir -p "$work" || die "cannot create $work"

# ------------------------------------------------------------- install
prefix="$work/prefix"
echo "== cmake --install $build --prefix $prefix"
logged "$work/install.log" "$cmake" --install "$build" --prefix "$prefix" ||
    die "cmake --install failed (is the build complete?)"

# -------------------------------------------------- expected output
# The events of the data the library was built from: rows of events.tsv
# (after the header row; # lines and empty lines are comments).
expected_events=""
if [ -f "$data_dir/events.tsv" ]; then
    expected_events=$(grep -v -e '^#' -e '^$' "$data_dir/events.tsv" | tail -n +2 | wc -l |
        tr -d ' ')
fi
major=${version%%.*}
rest=${version#*.}
minor=${rest%%.*}
patch=${rest#*.}
version_number=$((major * 10000 + minor * 100 + patch))
first_data_version=""

# Checks a consumer's output. kind: shared or static.
check_output() { # output-file kind executable prefix what
    out=$1 kind=$2 exe=$3 at=$4 what=$5
    echo "-- $what:"
    sed 's/^/    /' "$out"

    grep -qx 'country: KZ Kazakhstan KAZ 398' "$out" ||
        fail "$what: expected 'country: KZ Kazakhstan KAZ 398'"

    events_line=$(grep '^events: ' "$out")
    total=$(echo "$events_line" | sed -n 's/^events: \([0-9]*\) total, \([0-9]*\) for KZ$/\1/p')
    kz=$(echo "$events_line" | sed -n 's/^events: \([0-9]*\) total, \([0-9]*\) for KZ$/\2/p')
    if [ -z "$total" ] || [ -z "$kz" ]; then
        fail "$what: no 'events: N total, M for KZ' line"
    else
        [ "$total" -gt 0 ] && [ "$kz" -gt 0 ] && [ "$kz" -le "$total" ] ||
            fail "$what: implausible event counts: $events_line"
        [ -n "$expected_events" ] && [ "$total" != "$expected_events" ] &&
            fail "$what: $total events, but $data_dir/events.tsv has $expected_events rows"
    fi

    grep -qx "library version: $version ($version_number) header $version" "$out" ||
        fail "$what: expected 'library version: $version ($version_number) header $version'"

    data_version=$(sed -n 's/^data version: //p' "$out")
    echo "$data_version" | grep -Eqx '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)? [0-9a-f]{64}' ||
        fail "$what: expected 'data version: <ISO date> <64 hex digits>', got '$data_version'"
    if [ -z "$first_data_version" ]; then
        first_data_version=$data_version
    elif [ "$data_version" != "$first_data_version" ]; then
        fail "$what: data version '$data_version' differs from the first run's '$first_data_version'"
    fi

    loaded=$(sed -n 's/^loaded from: //p' "$out")
    case $kind in
    shared)
        # Loaded from the (moved) prefix, under its SONAME: SOVERSION at run time.
        [ "$(basename "$loaded")" = "libcapartner.so.$soversion" ] ||
            fail "$what: loaded '$loaded', expected libcapartner.so.$soversion (the SONAME)"
        [ "$(real_dir "$(dirname "$loaded")")" = "$(real_dir "$at/$libdir")" ] ||
            fail "$what: loaded '$loaded', not the library in $at/$libdir"
        readelf -d "$exe" | grep -q "NEEDED.*\[libcapartner\.so\.$soversion\]" ||
            fail "$what: $exe does not need libcapartner.so.$soversion"
        ;;
    static)
        case $(basename "$loaded") in
        libcapartner*) fail "$what: capartner_version came from '$loaded', not from the program" ;;
        esac
        readelf -d "$exe" | grep -q 'NEEDED.*libcapartner' &&
            fail "$what: $exe is linked to the shared library, not the static one"
        ;;
    esac
    return 0
}

# ------------------------------------------------------------- layout
check_layout() { # prefix
    p=$1
    lib="$p/$libdir"
    echo "-- installed files:"
    (cd "$p" && find . \( -type f -o -type l \) | LC_ALL=C sort | sed 's/^\.\//    /')

    for f in "$includedir/capartner.h" "$libdir/libcapartner.so.$version" "$libdir/libcapartner.a" \
        "$libdir/pkgconfig/capartner.pc" "$libdir/pkgconfig/capartner-static.pc" \
        "$libdir/cmake/capartner/capartnerConfig.cmake" \
        "$libdir/cmake/capartner/capartnerConfigVersion.cmake" \
        "$libdir/cmake/capartner/capartnerTargets.cmake"; do
        [ -f "$p/$f" ] || fail "not installed: $f"
    done
    cmp -s "$src/include/capartner.h" "$p/$includedir/capartner.h" ||
        fail "the installed capartner.h differs from include/capartner.h"
    [ "$(readlink "$lib/libcapartner.so.$soversion")" = "libcapartner.so.$version" ] ||
        fail "libcapartner.so.$soversion should be a symlink to libcapartner.so.$version"
    [ "$(readlink "$lib/libcapartner.so")" = "libcapartner.so.$soversion" ] ||
        fail "libcapartner.so should be a symlink to libcapartner.so.$soversion"

    dynamic=$(readelf -d "$lib/libcapartner.so.$version" 2>&1)
    echo "$dynamic" | grep -q "(SONAME).*\[libcapartner\.so\.$soversion\]" ||
        fail "the installed library's SONAME is not libcapartner.so.$soversion"
    echo "$dynamic" | grep -Eq '\((RPATH|RUNPATH)\)' &&
        fail "the installed library has an RPATH/RUNPATH: $(echo "$dynamic" | grep -E 'R(UN)?PATH')"

    # Relocatable: no absolute path to where it was installed or built from.
    for path in "$p" "$build" "$src"; do
        hits=$(grep -rlF "$path" "$lib/pkgconfig" "$lib/cmake" 2>/dev/null)
        [ -n "$hits" ] && fail "installed files name the absolute path $path (not relocatable):
$(echo "$hits" | sed 's/^/    /')"
    done

    for pc in capartner capartner-static; do
        PKG_CONFIG_LIBDIR="$lib/pkgconfig" "$pkg_config" --validate "$pc" >"$work/validate.log" 2>&1 ||
            fail "pkg-config --validate $pc: $(cat "$work/validate.log")"
        got=$(PKG_CONFIG_LIBDIR="$lib/pkgconfig" "$pkg_config" --modversion "$pc")
        [ "$got" = "$version" ] || fail "pkg-config --modversion $pc is '$got', expected $version"
    done
}

# ------------------------------------------------------------ consumers
consume_pkgconfig() { # prefix static(0|1) phase
    p=$1 static=$2 phase=$3
    dir="$work/pkgconfig-$phase"
    mkdir -p "$dir" && cp "$src/tests/install/consumer/consumer.c" "$dir/" || return
    if [ "$static" = 1 ]; then module=capartner-static flags=--static kind=static
    else module=capartner flags='' kind=shared; fi
    PKG_CONFIG_LIBDIR="$p/$libdir/pkgconfig"
    PKG_CONFIG_PATH=
    export PKG_CONFIG_LIBDIR PKG_CONFIG_PATH

    # shellcheck disable=SC2086
    cflags=$("$pkg_config" $flags --cflags "$module") || { fail "pkg-config --cflags $module"; return; }
    # shellcheck disable=SC2086
    libs=$("$pkg_config" $flags --libs "$module") || { fail "pkg-config --libs $module"; return; }
    echo "-- pkg-config $flags --cflags --libs $module: $cflags $libs"
    case "$cflags $libs" in
    *"$p"*) ;;
    *) fail "pkg-config flags do not point into $p: $cflags $libs" ;;
    esac
    # shellcheck disable=SC2086
    logged "$dir/build.log" "$cc" -std=c11 -Wall -Wextra -Wpedantic -Werror $cflags \
        -o "$dir/consumer" "$dir/consumer.c" $libs -ldl || { fail "$phase: the consumer did not build"; return; }
    if [ "$kind" = shared ]; then
        LD_LIBRARY_PATH="$p/$libdir" "$dir/consumer" >"$dir/output" 2>&1
    else
        env -u LD_LIBRARY_PATH "$dir/consumer" >"$dir/output" 2>&1
    fi || { fail "$phase: the consumer failed:"; sed 's/^/    /' "$dir/output"; return; }
    check_output "$dir/output" "$kind" "$dir/consumer" "$p" "pkg-config $module ($phase)"
}

consume_cmake() { # prefix phase
    p=$1 phase=$2
    dir="$work/cmake-$phase"
    mkdir -p "$dir/src" &&
        cp "$src/tests/install/cmake-consumer/CMakeLists.txt" \
            "$src/tests/install/consumer/consumer.c" "$dir/src/" || return
    logged "$dir/configure.log" "$cmake" -S "$dir/src" -B "$dir/build" \
        -DCMAKE_C_COMPILER="$cc" -DCMAKE_PREFIX_PATH="$p" \
        -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF ||
        { fail "$phase: the CMake consumer did not configure"; return; }
    grep 'consumer:' "$dir/configure.log" | sed 's/^/    /'
    found=$(sed -n "s/^-- consumer: capartner $version from //p" "$dir/configure.log")
    [ -n "$found" ] || fail "$phase: find_package did not report capartner $version"
    [ -n "$found" ] && [ "$(real_dir "$found")" != "$(real_dir "$p/$libdir/cmake/capartner")" ] &&
        fail "$phase: find_package found $found, not the package in $p"
    grep -q 'consumer: capartner::capartner is SHARED_LIBRARY' "$dir/configure.log" ||
        fail "$phase: capartner::capartner is not a shared library target"
    grep -q 'consumer: capartner::capartner_static is STATIC_LIBRARY' "$dir/configure.log" ||
        fail "$phase: capartner::capartner_static is not a static library target"
    logged "$dir/build.log" "$cmake" --build "$dir/build" ||
        { fail "$phase: the CMake consumer did not build"; return; }
    for kind in shared static; do
        exe="$dir/build/consumer-$kind"
        # No LD_LIBRARY_PATH: the imported target's location gives the build RPATH.
        env -u LD_LIBRARY_PATH "$exe" >"$dir/output-$kind" 2>&1 ||
            { fail "$phase: consumer-$kind failed:"; sed 's/^/    /' "$dir/output-$kind"; continue; }
        check_output "$dir/output-$kind" "$kind" "$exe" "$p" "find_package, capartner::capartner$(
            [ "$kind" = static ] && echo _static) ($phase)"
    done
}

consume() { # prefix phase
    case $mode in
    layout) check_layout "$1" ;;
    pkgconfig) consume_pkgconfig "$1" 0 "$2" ;;
    pkgconfig-static) consume_pkgconfig "$1" 1 "$2" ;;
    cmake) consume_cmake "$1" "$2" ;;
    *) die "unknown mode '$mode'" ;;
    esac
}

command -v "$pkg_config" >/dev/null 2>&1 ||
    die "pkg-config not found ('$pkg_config'): tools/install-deps installs it"
command -v readelf >/dev/null 2>&1 || die "readelf not found (binutils)"

echo "== installed at $prefix"
consume "$prefix" installed

# ------------------------------------------------------------ relocate
moved="$work/moved/to/a/deeper/place"
mkdir -p "$(dirname "$moved")" && mv "$prefix" "$moved" || die "cannot move $prefix"
[ -e "$prefix" ] && die "$prefix still exists after the move"
echo "== moved to $moved ($prefix is gone)"
consume "$moved" moved

if [ "$failures" -ne 0 ]; then
    echo "install test '$mode': $failures failure(s)"
    exit 1
fi
echo "install test '$mode': passed, installed and after moving the prefix"
