"""Every public C function is declared, and every one is called by the test suite."""

from __future__ import annotations

import collections
import io
import json
import os
import subprocess
import sys
import unittest
from typing import Any, Callable, Counter

from capartner import _library
from support import public_functions

DECLARED = [name for name, _, _ in _library.FUNCTIONS]

# The suites whose calls are counted (test_loading uses fake loaders; this module
# only counts).
SUITES = ["test_records", "test_dates", "test_enums_errors", "test_query", "test_idioms"]


class Declarations(unittest.TestCase):
    def test_table_has_no_duplicates(self) -> None:
        self.assertEqual(len(DECLARED), len(set(DECLARED)))

    def test_table_matches_the_header(self) -> None:
        in_header = public_functions()
        if in_header is None:
            self.skipTest("no list of public functions (set CAPARTNER_PUBLIC_FUNCTIONS)")
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


def count_calls() -> int:
    """Runs SUITES with every C function behind a counting proxy; prints the functions
    never called as JSON. Run in a fresh interpreter: records keep the fields they have
    read, so only a process in which no record was made yet sees every first call."""
    lib = _library.lib
    calls: Counter[str] = collections.Counter()
    for name in DECLARED:
        setattr(lib, name, _counting(name, getattr(lib, name), calls))
    suite = unittest.defaultTestLoader.loadTestsFromNames(SUITES)
    output = io.StringIO()
    result = unittest.TextTestRunner(stream=output, verbosity=0).run(suite)
    never = [name for name in DECLARED if calls[name] == 0]
    print(json.dumps({"ok": result.wasSuccessful(), "output": output.getvalue(), "never": never}))
    return 0


class EveryFunctionIsCalled(unittest.TestCase):
    def test_suites_reach_every_c_function(self) -> None:
        result = subprocess.run(
            [sys.executable, os.path.abspath(__file__), "--count-calls"],
            capture_output=True, text=True, timeout=600, cwd=os.path.dirname(__file__))
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout.splitlines()[-1])
        self.assertTrue(report["ok"], report["output"])
        self.assertEqual(report["never"], [], "C functions no test reaches through the binding")


if __name__ == "__main__":
    if sys.argv[1:] == ["--count-calls"]:
        sys.exit(count_calls())
    unittest.main()
