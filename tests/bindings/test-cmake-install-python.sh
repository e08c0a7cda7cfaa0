#!/bin/sh
# cmake --install into a fresh prefix, then `import capartner` from outside the
# tree with a clean environment: no CAPARTNER_LIBRARY, no LD_LIBRARY_PATH, only
# PYTHONPATH naming the prefix's site-packages (the one variable a prefix that
# Python does not search needs; docs/bindings.md).
#   test-cmake-install-python.sh CMAKE BUILD_DIR PYTHON PYTHON_INSTALL_DIR WORK_DIR
set -eu
cmake=$1 build=$2 python=$3 pydir=$4 work=$5

rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix
"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log"
site=$prefix/$pydir
test -f "$site/capartner/__init__.py" || { echo "no package in $site" >&2; exit 1; }
test -f "$site/capartner/_paths.py" || { echo "no _paths.py in $site/capartner" >&2; exit 1; }

cd "$work"
env -i PYTHONPATH="$site" PYTHONDONTWRITEBYTECODE=1 "$python" - "$site" "$prefix" <<'PY'
import os, sys
site, prefix = sys.argv[1:]
assert "CAPARTNER_LIBRARY" not in os.environ and "LD_LIBRARY_PATH" not in os.environ
import capartner

assert os.path.dirname(capartner.__file__) == os.path.join(site, "capartner"), capartner.__file__
path = capartner.library_path()
assert os.path.isabs(path), path
assert os.path.realpath(path).startswith(os.path.realpath(prefix) + os.sep), (path, prefix)
assert capartner.country("KZ").name == "Kazakhstan"
for event in capartner.timeline(country="KZ"):
    print(event.date_text, event.summary)
print("imported from", os.path.dirname(capartner.__file__), "using", path, file=sys.stderr)
PY
