#!/bin/sh
# The source tarball (tools/dist, `--target dist`): made twice, same bytes;
# holds exactly the committed files under libcapartner-<version>/; unpacked
# elsewhere, it configures, builds and passes its unit tests with no git.
#
#   dist.sh SOURCE_DIR WORK_DIR
set -u
src=$1
work=$2
fail() { echo "FAIL: $*"; exit 1; }
rm -rf "$work" && mkdir -p "$work/one" "$work/two" "$work/unpacked" || fail "cannot create $work"

one=$("$src/tools/dist" "$work/one") || fail "tools/dist"
two=$("$src/tools/dist" "$work/two") || fail "tools/dist (second run)"
version=$("$src/tools/version" "$src")
name=libcapartner-$version
[ "$(basename "$one")" = "$name.tar.gz" ] || fail "made $(basename "$one"), expected $name.tar.gz"
cmp "$one" "$two" || fail "two runs made different bytes"
echo "reproducible: $(sha256sum < "$one" | cut -c1-64) $(wc -c < "$one") bytes"

tar -tzf "$one" | grep -v '/$' | sed "s#^$name/##" | sort > "$work/tarball.list"
git -C "$src" ls-tree -r --name-only HEAD | sort > "$work/committed.list"
diff "$work/committed.list" "$work/tarball.list" >/dev/null ||
    { diff "$work/committed.list" "$work/tarball.list" | head; fail "tarball != committed tree"; }
echo "files: $(wc -l < "$work/tarball.list"), exactly the committed tree"

tar -xzf "$one" -C "$work/unpacked" || fail "unpack"
tree=$work/unpacked/$name
[ -d "$tree/.git" ] && fail "the tarball holds .git"
build=$work/build
cmake -S "$tree" -B "$build" -DCAPARTNER_BUILD_BENCH=OFF >"$work/configure.log" 2>&1 ||
    { cat "$work/configure.log"; fail "configure the unpacked tarball"; }
cmake --build "$build" -j 2 >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; fail "build"; }
ctest --test-dir "$build" -j 2 -L unit --output-on-failure >"$work/ctest.log" 2>&1 ||
    { tail -40 "$work/ctest.log"; fail "the unpacked tarball's unit tests"; }
tail -3 "$work/ctest.log"
echo "PASS: dist"
