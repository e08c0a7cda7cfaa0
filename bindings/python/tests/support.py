"""Shared helpers for the binding's tests.

Environment (set by bindings/CMakeLists.txt under CTest):
  CAPARTNER_LIBRARY  the shared library under test (the binding's own search otherwise)
  CAPARTNER_HEADER   include/capartner.h, to check that every function is declared
"""

from __future__ import annotations

import ctypes
import os
import re
from typing import List, Optional

import capartner
from capartner import _library

HERE = os.path.dirname(os.path.abspath(__file__))


def header_path() -> Optional[str]:
    """include/capartner.h: from CAPARTNER_HEADER, else relative to the source tree."""
    candidates = [
        os.environ.get("CAPARTNER_HEADER", ""),
        os.path.join(HERE, "..", "..", "..", "include", "capartner.h"),
    ]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate):
            return candidate
    return None


def header_functions(path: str) -> List[str]:
    """The names of the functions the public header declares."""
    with open(path, encoding="utf-8") as header:
        text = header.read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    names = re.findall(r"CAPARTNER_API\b[^;(]*?\b(capartner_[a-z0-9_]+)\s*\(", text)
    return sorted(set(names))


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


__all__ = ["capartner", "header_path", "header_functions", "raw_library", "raw_find"]
