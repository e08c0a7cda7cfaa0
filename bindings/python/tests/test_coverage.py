"""Every public C function is declared, and every one is called by the test suite."""

from __future__ import annotations

import collections
import io
import unittest
from typing import Any, Callable, Counter

from capartner import _library
from support import header_functions, header_path

DECLARED = [name for name, _, _ in _library.FUNCTIONS]

# The suites whose calls are counted (test_loading uses fake loaders; this module
# only counts).
SUITES = ["test_records", "test_dates", "test_enums_errors", "test_query"]


class Declarations(unittest.TestCase):
    def test_table_has_no_duplicates(self) -> None:
        self.assertEqual(len(DECLARED), len(set(DECLARED)))

    def test_table_matches_the_header(self) -> None:
        path = header_path()
        if path is None:
            self.skipTest("include/capartner.h not found (set CAPARTNER_HEADER)")
        in_header = header_functions(path)
        self.assertGreater(len(in_header), 100)
        self.assertEqual(sorted(DECLARED), in_header)

    def test_every_declaration_is_set(self) -> None:
        for name, restype, argtypes in _library.FUNCTIONS:
            function = getattr(_library.lib, name)
            self.assertEqual(list(function.argtypes), list(argtypes), name)
            if restype is _library._STATUS:
                self.assertIs(function.errcheck, _library._check_status, name)


def _counting(name: str, original: Callable[..., Any], calls: Counter[str]) -> Callable[..., Any]:
    def proxy(*arguments: Any) -> Any:
        calls[name] += 1
        return original(*arguments)

    proxy.__name__ = name
    return proxy


class EveryFunctionIsCalled(unittest.TestCase):
    def test_suites_reach_every_c_function(self) -> None:
        lib = _library.lib
        calls: Counter[str] = collections.Counter()
        originals = {name: getattr(lib, name) for name in DECLARED}
        for name, original in originals.items():
            setattr(lib, name, _counting(name, original, calls))
        try:
            suite = unittest.defaultTestLoader.loadTestsFromNames(SUITES)
            output = io.StringIO()
            result = unittest.TextTestRunner(stream=output, verbosity=0).run(suite)
        finally:
            for name, original in originals.items():
                setattr(lib, name, original)
        self.assertTrue(result.wasSuccessful(), output.getvalue())
        never = [name for name in DECLARED if calls[name] == 0]
        self.assertEqual(never, [], "C functions no test reaches through the binding")


if __name__ == "__main__":
    unittest.main()
