#!/bin/sh
# tools/release-check on a copy of the committed tree made into a release:
# it passes, and each kind of problem it exists to catch makes it fail
# with a message naming the problem.
#
#   release-check.sh SOURCE_DIR WORK_DIR
set -u
src=$1
work=$2
fail() { echo "FAIL: $*"; exit 1; }
rm -rf "$work" && mkdir -p "$work/tree" || fail "cannot create $work"
git -C "$src" archive HEAD | tar -x -C "$work/tree" || fail "git archive"
cd "$work/tree" || exit 1
git init -q && git add -A && git -c user.name=t -c user.email=t@example.invalid commit -qm base ||
    fail "git init"
commit() { git add -A && git -c user.name=t -c user.email=t@example.invalid commit -qm "$1"; }
version=$(tools/version .)

# A release section for the version under a new empty Unreleased one, as the
# procedure writes it.
awk -v v="$version" '/^## \[Unreleased\]/ && !done { print; print ""; print "## [" v "] - 2026-12-02"; done = 1; next } { print }' \
    CHANGELOG.md >CHANGELOG.new && mv CHANGELOG.new CHANGELOG.md
grep -q '^### Data' CHANGELOG.md || printf '\n### Data\n\n- none\n' >>CHANGELOG.md
commit release
expect() { # 0|1 what [pattern]
    tools/release-check >"$work/out" 2>&1
    status=$?
    [ "$status" -eq "$1" ] || { cat "$work/out"; fail "$2: exit $status, expected $1"; }
    [ -z "${3:-}" ] || grep -q "$3" "$work/out" || { cat "$work/out"; fail "$2: no '$3' in the output"; }
    echo "ok: $2"
}
expect 0 "a tree ready for release" "ready to release $version"

sed -i "s/^__version__ = \".*\"/__version__ = \"9.9.9\"/" bindings/python/capartner/__init__.py
expect 1 "the Python package's version differs" "__init__.py says '9.9.9'"
git checkout -q -- bindings/python/capartner/__init__.py

sed -i "0,/^libcapartner [0-9.]*$/s//libcapartner 9.9.9/" docs/cli.md
expect 1 "docs/cli.md's sample of capartner version is stale" "cli.md (tools/cli/update-docs.py) says '9.9.9'"
git checkout -q -- docs/cli.md

sed -i "0,/@since [0-9.]*[0-9]/s//@since 0.0.1/" include/capartner.h
expect 1 "an @since names a version never released" "@since 0.0.1 (on 1 lines), a version never released"
git checkout -q -- include/capartner.h

sed -i "s/^## \[$version\] - .*/## [Unreleased]/" CHANGELOG.md
expect 1 "no CHANGELOG section for the version" "first release heading"
git checkout -q -- CHANGELOG.md

sed -i "s/^## \[Unreleased\]$/&\n\n- an entry the release left out/" CHANGELOG.md
expect 1 "an entry left under [Unreleased]" "\[Unreleased\] is not empty (move its entries into the $version section): - an entry"
git checkout -q -- CHANGELOG.md

git tag "v$version"
expect 1 "the version is tagged already" "tag v$version exists"
echo "PASS: release-check"
