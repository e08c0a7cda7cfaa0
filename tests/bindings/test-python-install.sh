#!/bin/sh
# Builds a wheel (platform-tagged: it carries the library) and installs the
# Python binding with pip, offline, from a copy of the source tree
# with the library copied next to the package (as docs/bindings.md describes),
# then uses it from outside the tree with no hint where the library is.
#   test-python-install.sh PYTHON SOURCE_DIR LIBRARY WORK_DIR
# Needs pip, setuptools and wheel for PYTHON (Debian: python3-pip).
set -eu
python=$1 source=$2 library=$3 work=$4

rm -rf "$work"
mkdir -p "$work"
# A copy, so that the build does not write build/ or *.egg-info into the tree.
cp -R "$source" "$work/src"
rm -rf "$work/src/tests" "$work/src/build" "$work/src"/*.egg-info
find "$work/src" -name __pycache__ -prune -exec rm -rf {} +
cp "$library" "$work/src/capartner/libcapartner.so.0"

# A wheel that carries the library is tagged for this platform, not py3-none-any.
"$python" -m pip wheel --quiet --no-deps --no-index --no-build-isolation \
    --disable-pip-version-check --wheel-dir "$work/wheels" "$work/src"
platform=$("$python" -c 'import sysconfig; print(sysconfig.get_platform().replace("-", "_").replace(".", "_"))')
# Its version is __version__, which pyproject.toml reads.
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$source/capartner/__init__.py")
ls "$work/wheels" | grep -qx "capartner-$version-py3-none-$platform\.whl" || {
    echo "the wheel with the library inside is not capartner-$version-py3-none-$platform.whl:" \
        $(ls "$work/wheels") >&2
    exit 1
}
rm -rf "$work/src/build" "$work/src"/*.egg-info

PIP_ROOT_USER_ACTION=ignore "$python" -m pip install --quiet --no-index --no-build-isolation \
    --disable-pip-version-check --target "$work/site" "$work/src"

# Outside the tree, with no hint where the library is.
cd "$work"
env -u CAPARTNER_LIBRARY -u LD_LIBRARY_PATH PYTHONPATH="$work/site" PYTHONDONTWRITEBYTECODE=1 \
    "$python" - "$work/site" <<'PY'
import os, sys
import capartner

site = sys.argv[1]
package = os.path.dirname(capartner.__file__)
assert package == os.path.join(site, "capartner"), package
assert capartner.library_path() == os.path.join(package, "libcapartner.so.0"), capartner.library_path()
assert os.path.exists(os.path.join(package, "py.typed")), "py.typed is not installed"

# the five lines of docs/bindings.md
for event in capartner.timeline(country="KZ"):
    print(event.date_text, event.summary)

events = list(capartner.timeline(country="KZ"))
assert events and all(capartner.country("KZ") in e.countries for e in events)
print("installed in", package, "using", capartner.library_path(), file=sys.stderr)
PY
