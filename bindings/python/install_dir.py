"""Prints where `cmake --install` puts the capartner package, relative to a prefix.

    python3 install_dir.py PREFIX

The first directory on this Python's sys.path that lies in PREFIX/lib* and is a
site-packages or dist-packages directory (Debian's python3 with /usr/local:
lib/python3.11/dist-packages); else the standard purelib path under PREFIX
(lib/python3.X/site-packages), which then needs PYTHONPATH.
"""

import os
import sys
import sysconfig


def install_dir(prefix: str) -> str:
    prefix = os.path.abspath(prefix)
    for entry in sys.path:
        relative = os.path.relpath(entry, prefix)
        if relative.startswith("lib") and os.path.basename(entry) in (
            "site-packages",
            "dist-packages",
        ):
            return relative
    purelib = sysconfig.get_path("purelib", "posix_prefix", vars={"base": prefix, "platbase": prefix})
    return os.path.relpath(purelib, prefix)


if __name__ == "__main__":
    print(install_dir(sys.argv[1]))
