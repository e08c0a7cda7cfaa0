"""Shared helpers for the binding's tests.

Environment (set by tests/bindings/CMakeLists.txt under CTest):
  CAPARTNER_LIBRARY           the shared library under test (the binding's own search
                              otherwise)
  CAPARTNER_PUBLIC_FUNCTIONS  the build's list of the public functions, one a line, to
                              check that every function is declared
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
from typing import List, Optional

import capartner
from capartner import _library

HERE = os.path.dirname(os.path.abspath(__file__))


def public_functions() -> Optional[List[str]]:
    """The names of the public functions, sorted: the build's list
    (CAPARTNER_PUBLIC_FUNCTIONS, which tests/abi/public-functions.cmake writes from
    include/capartner.h); outside a build, the same script's reader
    (tests/abi/header-functions.awk) run on the source tree's header. None when
    neither is at hand."""
    listed = os.environ.get("CAPARTNER_PUBLIC_FUNCTIONS", "")
    if listed:
        with open(listed, encoding="utf-8") as names:
            return sorted(line.strip() for line in names if line.strip())
    source = os.path.join(HERE, "..", "..", "..")
    reader = os.path.join(source, "tests", "abi", "header-functions.awk")
    header = os.path.join(source, "include", "capartner.h")
    if not (os.path.isfile(reader) and os.path.isfile(header) and shutil.which("awk")):
        return None
    output = subprocess.run(["awk", "-f", reader, header], check=True, capture_output=True,
                            text=True).stdout
    return sorted(output.split())


def raw_library() -> ctypes.CDLL:
    """An independent ctypes view of the same library: function objects of its own,
    declared here rather than through capartner._library, to cross-check results."""
    raw = ctypes.CDLL(_library.path)
    vp, st = ctypes.c_void_p, ctypes.c_int
    out = ctypes.POINTER(ctypes.c_void_p)
    raw.capartner_query_new.argtypes = [ctypes.c_int, out]
    raw.capartner_query_new.restype = st
    raw.capartner_query_free.argtypes = [vp]
    raw.capartner_query_free.restype = None
    raw.capartner_query_add_country.argtypes = [vp, vp]
    raw.capartner_query_add_country.restype = st
    raw.capartner_query_add_body.argtypes = [vp, vp]
    raw.capartner_query_add_body.restype = st
    raw.capartner_query_count.argtypes = [vp, ctypes.POINTER(ctypes.c_size_t)]
    raw.capartner_query_count.restype = st
    raw.capartner_query_next_event.argtypes = [vp]
    raw.capartner_query_next_event.restype = vp
    raw.capartner_query_next_participation.argtypes = [vp]
    raw.capartner_query_next_participation.restype = vp
    raw.capartner_query_set_range_text.argtypes = [vp, ctypes.c_char_p, ctypes.c_char_p, st]
    raw.capartner_query_set_range_text.restype = st
    raw.capartner_country_find.argtypes = [ctypes.c_char_p, out]
    raw.capartner_country_find.restype = st
    raw.capartner_body_find.argtypes = [ctypes.c_char_p, out]
    raw.capartner_body_find.restype = st
    raw.capartner_event_id.argtypes = [vp]
    raw.capartner_event_id.restype = ctypes.c_char_p
    raw.capartner_event_count.argtypes = []
    raw.capartner_event_count.restype = ctypes.c_size_t
    raw.capartner_participation_id.argtypes = [vp]
    raw.capartner_participation_id.restype = ctypes.c_char_p
    return raw


def raw_find(raw: ctypes.CDLL, function: str, key: str) -> int:
    handle = ctypes.c_void_p()
    status = getattr(raw, function)(key.encode(), ctypes.byref(handle))
    assert status == 0, (function, key, status)
    assert handle.value is not None
    return handle.value


__all__ = ["capartner", "public_functions", "raw_library", "raw_find"]
