"""How the binding finds the shared library, and the ImportError when it cannot."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from typing import List

import capartner
from capartner import _library

PACKAGE_DIR = os.path.dirname(os.path.abspath(capartner.__file__))


class FakeLoader:
    """Records what it is asked to load; succeeds only for the names given."""

    def __init__(self, loadable: List[str]) -> None:
        self.loadable = loadable
        self.calls: List[str] = []

    def __call__(self, name: str) -> ctypes.CDLL:
        self.calls.append(name)
        if name in self.loadable:
            return ctypes.CDLL(_library.path)
        raise OSError(f"{name}: cannot open shared object file")


class Locate(unittest.TestCase):
    def setUp(self) -> None:
        self.directory = tempfile.mkdtemp()

    def tearDown(self) -> None:
        shutil.rmtree(self.directory)

    def test_environment_variable_first(self) -> None:
        open(os.path.join(self.directory, "libcapartner.so.0"), "w").close()
        loader = FakeLoader(["/from/env.so"])
        library, where = _library.locate({"CAPARTNER_LIBRARY": "/from/env.so"}, self.directory,
                                         lambda name: "libcapartner.so.0", loader)
        self.assertEqual(where, "/from/env.so")
        self.assertEqual(loader.calls, ["/from/env.so"])
        self.assertIsInstance(library, ctypes.CDLL)

    def test_environment_variable_that_fails_is_an_error(self) -> None:
        open(os.path.join(self.directory, "libcapartner.so.0"), "w").close()
        loader = FakeLoader([os.path.join(self.directory, "libcapartner.so.0")])
        with self.assertRaises(ImportError) as caught:
            _library.locate({"CAPARTNER_LIBRARY": "/no/such/lib.so"}, self.directory,
                            lambda name: None, loader)
        self.assertIn("CAPARTNER_LIBRARY", str(caught.exception))
        self.assertIn("/no/such/lib.so", str(caught.exception))
        self.assertEqual(loader.calls, ["/no/such/lib.so"])

    def test_next_to_the_package_before_the_system(self) -> None:
        beside = os.path.join(self.directory, "libcapartner.so")
        open(beside, "w").close()
        loader = FakeLoader([beside, "/usr/lib/libcapartner.so.0"])
        _, where = _library.locate({}, self.directory, lambda name: "/usr/lib/libcapartner.so.0",
                                   loader)
        self.assertEqual(where, beside)
        self.assertEqual(loader.calls, [beside])

    def test_find_library_then_the_loader(self) -> None:
        loader = FakeLoader(["libcapartner.so.0"])
        _, where = _library.locate({"CAPARTNER_LIBRARY": ""}, self.directory,
                                   lambda name: "found-by-ldconfig.so", loader)
        self.assertEqual(where, "libcapartner.so.0")
        self.assertEqual(loader.calls, ["found-by-ldconfig.so", "libcapartner.so.0"])

    def test_nothing_found_names_everything_tried(self) -> None:
        broken = os.path.join(self.directory, "libcapartner.so.0")
        open(broken, "w").close()
        loader = FakeLoader([])
        with self.assertRaises(ImportError) as caught:
            _library.locate({}, self.directory, lambda name: None, loader)
        message = str(caught.exception)
        self.assertIn("CAPARTNER_LIBRARY", message)
        self.assertIn(broken, message)
        self.assertIn(os.path.join(self.directory, "capartner.dll"), message)
        self.assertIn("find_library", message)
        self.assertIn("dynamic loader", message)
        self.assertEqual(loader.calls, [broken, "libcapartner.so.0"])

    def test_installed_path_comes_before_the_package_directory(self) -> None:
        beside = os.path.join(self.directory, "libcapartner.so.0")
        open(beside, "w").close()
        loader = FakeLoader(["/prefix/lib/libcapartner.so.0", beside])
        _, where = _library.locate({}, self.directory, lambda name: None, loader,
                                   installed="/prefix/lib/libcapartner.so.0")
        self.assertEqual(where, "/prefix/lib/libcapartner.so.0")

    def test_library_path_is_absolute(self) -> None:
        self.assertTrue(os.path.isabs(capartner.library_path()), capartner.library_path())
        # loaded by name: the loader's file, found through dladdr
        found = _library.absolute_path(_library.lib, "libcapartner.so.0")
        self.assertTrue(os.path.isabs(found), found)
        self.assertTrue(os.path.samefile(found, capartner.library_path()))

    def test_declare_refuses_a_library_without_the_functions(self) -> None:
        libc = ctypes.CDLL(None)
        with self.assertRaises(ImportError) as caught:
            _library.declare(libc)
        self.assertIn("capartner_version", str(caught.exception))


def run_python(code: str, env: dict, cwd: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=60)


class Import(unittest.TestCase):
    """Real imports in a child interpreter."""

    def clean_environment(self) -> dict:
        env = {k: v for k, v in os.environ.items()
               if k not in ("CAPARTNER_LIBRARY", "LD_LIBRARY_PATH", "PYTHONPATH")}
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return env

    def test_bad_environment_variable(self) -> None:
        env = self.clean_environment()
        env["CAPARTNER_LIBRARY"] = "/nonexistent/libcapartner.so.0"
        env["PYTHONPATH"] = os.path.dirname(PACKAGE_DIR)
        result = run_python("import capartner", env, tempfile.gettempdir())
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("ImportError", result.stderr)
        self.assertIn("/nonexistent/libcapartner.so.0", result.stderr)

    def test_library_next_to_the_package(self) -> None:
        with tempfile.TemporaryDirectory() as root:
            package = os.path.join(root, "capartner")
            shutil.copytree(PACKAGE_DIR, package,
                            ignore=shutil.ignore_patterns("__pycache__", "libcapartner*"))
            shutil.copy(_library.path, os.path.join(package, "libcapartner.so.0"))
            env = self.clean_environment()
            env["PYTHONPATH"] = root
            result = run_python(
                "import capartner; print(capartner.library_path()); "
                "print(capartner.country('KZ').name)", env, root)
            self.assertEqual(result.returncode, 0, result.stderr)
            where, name = result.stdout.splitlines()
            self.assertEqual(where, os.path.join(package, "libcapartner.so.0"))
            self.assertEqual(name, "Kazakhstan")


if __name__ == "__main__":
    unittest.main()
