"""Wheel tagging for the capartner package (the metadata is in pyproject.toml).

A wheel that carries the shared library (copied into capartner/ before
building) runs only on the platform the library was built for, so it is tagged
for that platform: py3-none-linux_x86_64, for instance (the package itself is
pure Python: any Python 3 ABI will do). Without the library inside, the wheel is
py3-none-any and finds the library at run time (docs/bindings.md).
"""

import glob
import os

from setuptools import setup
from setuptools.dist import Distribution

HERE = os.path.dirname(os.path.abspath(__file__))
LIBRARY_PATTERNS = ("libcapartner.so*", "libcapartner*.dylib", "capartner.dll")


def carries_library() -> bool:
    package = os.path.join(HERE, "capartner")
    return any(glob.glob(os.path.join(package, pattern)) for pattern in LIBRARY_PATTERNS)


class PlatformDistribution(Distribution):
    """Tells bdist_wheel the wheel holds platform code."""

    def has_ext_modules(self) -> bool:
        return True


options = {}
commands = {}
if carries_library():
    options["distclass"] = PlatformDistribution
    try:  # setuptools >= 70.1 has its own bdist_wheel; older ones use the wheel package's
        from setuptools.command.bdist_wheel import bdist_wheel
    except ImportError:
        from wheel.bdist_wheel import bdist_wheel  # type: ignore[no-redef]

    class PlatformWheel(bdist_wheel):  # type: ignore[misc, valid-type]
        """py3-none-<platform>: pure Python code with a native library beside it."""

        def get_tag(self):  # type: ignore[no-untyped-def]
            _, _, platform = super().get_tag()
            return "py3", "none", platform

    commands["bdist_wheel"] = PlatformWheel

setup(cmdclass=commands, **options)
