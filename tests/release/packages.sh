#!/bin/sh
# The Debian packages (cmake/debian.cmake), made and used as a user would:
#
#   1. a build configured with CMAKE_INSTALL_PREFIX=/usr makes them
#      (`--target package`); lintian reports no error;
#   2. their metadata: names, SONAME package, dependencies between them;
#   3. reproducible: a second build in another directory, with the same
#      SOURCE_DATE_EPOCH, makes the same bytes;
#   4. installed: with CAPARTNER_TEST_APT_INSTALL=1 and root (CI's throwaway
#      machine: .ci/run sets it) by `apt-get install ./*.deb` into the system,
#      else unpacked with dpkg-deb -x into a root directory of their own;
#      then a pkg-config consumer is built and run, `capartner show KZ`,
#      `man 3 libcapartner` with two group pages of the C manual, and `import capartner`.
#
#   packages.sh SOURCE_DIR WORK_DIR
set -u
src=$1
work=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
die() { echo "FAIL: $*"; exit 1; }
logged() { # log command...
    log=$1; shift
    echo "+ $*" >"$log"
    "$@" >>"$log" 2>&1 || { echo "FAIL: command failed: $*"; sed 's/^/    /' "$log"; return 1; }
}

rm -rf "$work" && mkdir -p "$work" || die "cannot create $work"
# Every time stamp in the packages (files, archive members, the Debian
# changelog, the man 3 pages' date) is this one (docs/releasing.md).
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1796169600} # 2026-12-02
export SOURCE_DATE_EPOCH
# make_packages LOG_PREFIX BUILD_DIR
make_packages() {
    # The Python package goes where Debian's own python3 looks (/usr/lib/python3/dist-packages).
    logged "$work/$1configure.log" cmake -S "$src" -B "$2" -DCMAKE_INSTALL_PREFIX=/usr \
        -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DCAPARTNER_BUILD_BENCH=OFF \
        -DCAPARTNER_BUILD_EXAMPLES=OFF -DPython3_EXECUTABLE=/usr/bin/python3 &&
        logged "$work/$1build.log" cmake --build "$2" -j 2 &&
        logged "$work/$1package.log" cmake --build "$2" --target package
}
build=$work/build
echo "== packages from a /usr build"
make_packages "" "$build" || exit 1

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
soversion=$("$src/tools/version" --soversion "$src")
arch=$(dpkg --print-architecture)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
runtime=libcapartner$soversion
# python3-capartner is made when the build installs the Python package
packages="$runtime libcapartner-dev capartner"
grep -q 'CPACK_COMPONENTS_ALL.*python' "$build/CPackConfig.cmake" && packages="$packages python3-capartner"
debs=""
for package in $packages; do
    deb=$build/${package}_${version}-1_$arch.deb
    [ -f "$deb" ] || { fail "no package $deb"; continue; }
    debs="$debs $deb"
done
[ "$failures" -eq 0 ] || exit 1
ls -l $debs

echo "== reproducible: the same packages from another build directory"
make_packages again- "$work/build-again" || exit 1
for deb in $debs; do
    cmp "$deb" "$work/build-again/$(basename "$deb")" || fail "$(basename "$deb") differs between two builds"
    # every file is stamped with SOURCE_DATE_EPOCH, not the time of the build
    stamps=$(dpkg-deb --fsys-tarfile "$deb" | tar -tv --full-time | awk '{print $4 " " $5}' | sort -u)
    [ "$stamps" = "$(date -u -d "@$SOURCE_DATE_EPOCH" '+%Y-%m-%d %H:%M:%S')" ] ||
        fail "$(basename "$deb") holds files stamped $stamps"
done
# Doxygen's date on the man 3 pages is SOURCE_DATE_EPOCH's day
page_date=$(dpkg-deb --fsys-tarfile "$build/libcapartner-dev_${version}-1_$arch.deb" |
    tar -xO ./usr/share/man/man3/capartner_countries.3.gz | gzip -dc | sed -n 's/^\.TH [^ ]* 3 "\([^"]*\)".*/\1/p')
[ "$page_date" = "$(date -u -d "@$SOURCE_DATE_EPOCH" '+%a %b %-d %Y')" ] ||
    fail "capartner_countries(3) is dated '$page_date', not SOURCE_DATE_EPOCH's day"

echo "== lintian"
lintian --tag-display-limit 0 $debs >"$work/lintian.log" 2>&1
sed 's/^/    /' "$work/lintian.log"
grep -q '^E: ' "$work/lintian.log" && fail "lintian reports errors"

echo "== metadata"
field() { dpkg-deb -f "$1" "$2"; }
deb_of() { echo "$build/${1}_${version}-1_$arch.deb"; }
field "$(deb_of "$runtime")" Depends | grep -q 'libc6' || fail "$runtime does not depend on libc6"
dpkg-deb -I "$(deb_of "$runtime")" shlibs | grep -qx "libcapartner $soversion $runtime (>= $version-1)" ||
    fail "$runtime has no shlibs entry for libcapartner.so.$soversion"
dpkg-deb -c "$(deb_of "$runtime")" | grep "usr/lib/$multiarch/libcapartner.so.$soversion " >/dev/null ||
    fail "$runtime does not hold libcapartner.so.$soversion in /usr/lib/$multiarch"
field "$(deb_of libcapartner-dev)" Depends | grep -qx "$runtime (= $version-1)" ||
    fail "libcapartner-dev does not depend on exactly $runtime $version-1"
field "$(deb_of capartner)" Depends | grep -q "$runtime (>= $version-1)" ||
    fail "capartner does not depend on $runtime"
case $packages in *python3-capartner*)
    field "$(deb_of python3-capartner)" Depends | grep -q "$runtime (= $version-1)" ||
        fail "python3-capartner does not depend on $runtime" ;;
esac

echo "== installed"
if [ "${CAPARTNER_TEST_APT_INSTALL:-0}" = 1 ] && [ "$(id -u)" -eq 0 ]; then
    root=""
    logged "$work/apt.log" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $debs || exit 1
    # shellcheck disable=SC2064
    trap "DEBIAN_FRONTEND=noninteractive apt-get purge -y -q $packages >/dev/null 2>&1" EXIT
    run() { env -u LD_LIBRARY_PATH -u CAPARTNER_LIBRARY -u PYTHONPATH "$@"; }
    echo "(apt-get install into this system)"
else
    root=$work/root
    for deb in $debs; do dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x $deb"; done
    run() {
        env LD_LIBRARY_PATH="$root/usr/lib/$multiarch" PYTHONPATH="$root/usr/lib/python3/dist-packages" \
            CAPARTNER_LIBRARY="$root/usr/lib/$multiarch/libcapartner.so.$soversion" "$@"
    }
    echo "(unpacked into $root; apt-get install runs in CI)"
fi

consumer=$work/consumer
PKG_CONFIG_PATH=$root/usr/lib/$multiarch/pkgconfig
export PKG_CONFIG_PATH
flags=$(pkg-config --cflags --libs capartner) || fail "pkg-config capartner"
# shellcheck disable=SC2086
logged "$work/consumer.log" cc -o "$consumer" "$src/tests/install/consumer/consumer.c" $flags -ldl &&
    run "$consumer" >"$work/consumer.out" 2>&1 && grep -qx 'country: KZ Kazakhstan KAZ 398' "$work/consumer.out" ||
    { fail "the pkg-config consumer"; cat "$work/consumer.out" 2>/dev/null; }

run "$root/usr/bin/capartner" show KZ >"$work/show.out" 2>&1 && grep -q 'Kazakhstan' "$work/show.out" ||
    { fail "capartner show KZ"; cat "$work/show.out"; }

man1=$root/usr/share/man/man1/capartner.1.gz
MANPAGER=cat MANWIDTH=80 man -l "$man1" 2>/dev/null | grep -q 'capartner' || fail "man capartner ($man1)"
man3=$root/usr/share/man/man3
for page in libcapartner capartner_countries capartner_queries; do
    if [ -z "$root" ]; then
        MANPAGER=cat MANWIDTH=80 man 3 "$page" 2>/dev/null | grep -q "$page" || fail "man 3 $page"
    else
        MANPAGER=cat MANWIDTH=80 man -l "$man3/$page.3.gz" 2>/dev/null | grep -q "$page" ||
            fail "man -l $man3/$page.3.gz"
    fi
done

case $packages in
*python3-capartner*)
    run /usr/bin/python3 -c 'import capartner; print(capartner.country("KZ").name)' >"$work/python.out" 2>&1 &&
        grep -qx 'Kazakhstan' "$work/python.out" || { fail "python3 -c 'import capartner'"; cat "$work/python.out"; } ;;
*) echo "(no python3-capartner: the build installs no Python package)" ;;
esac

[ "$failures" -eq 0 ] && echo "PASS: packages" && exit 0
echo "$failures failure(s)"
exit 1
