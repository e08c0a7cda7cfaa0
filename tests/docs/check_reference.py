#!/usr/bin/env python3
"""Fails when the C reference manual misses something of the public API.

1. Doxygen, run on include/capartner.h with the build's Doxyfile, warns of
   nothing: every function, type, parameter and return value is documented.
2. Every public function (the build's list, tests/abi/public-functions.cmake)
   and every public type has a /** comment with @since and lies inside a
   @defgroup ... @{ @} section, so that it is on a man 3 page.
3. Doxygen writes exactly the man pages the build installs, and
   libcapartner(3) names every group page.

usage: check_reference.py DOXYGEN DOXYFILE HEADER FUNCTIONS OVERVIEW PAGE...
"""
import pathlib
import re
import subprocess
import sys
import tempfile


def doxygen_warnings(doxygen, doxyfile, work):
    config = work / "Doxyfile"
    log = work / "warnings.log"
    config.write_text(
        f'@INCLUDE = "{doxyfile}"\n'
        f'OUTPUT_DIRECTORY = "{work}"\n'
        f'WARN_LOGFILE = "{log}"\n'
        "GENERATE_HTML = NO\n"
    )
    subprocess.run([doxygen, str(config)], check=True)
    return [line for line in log.read_text().splitlines() if line.strip()]


def comment_before(header, position):
    """The /** ... */ comment ending just before position (white space
    between), or None."""
    before = header[:position].rstrip()
    if not before.endswith("*/"):
        return None
    start = before.rfind("/*")
    comment = before[start:]
    return comment if comment.startswith("/**") else None


def group_at(header, position):
    """The @defgroup whose @{ is open at position, or None."""
    group = None
    for match in re.finditer(r"@defgroup (\w+)|@\}", header[:position]):
        group = match.group(1)
    return group


def undocumented(header, functions):
    faults = []
    declarations = []
    for name in functions:
        match = re.search(r"CAPARTNER_API\b[^;(]*?\b" + re.escape(name) + r"\s*\(", header)
        if match is None:
            faults.append(f"{name}: no CAPARTNER_API declaration found")
            continue
        declarations.append((name, match.start()))
    for match in re.finditer(r"^typedef (?:enum|struct) (\w+)", header, re.MULTILINE):
        declarations.append((match.group(1), match.start()))
    for name, position in declarations:
        comment = comment_before(header, position)
        if comment is None:
            faults.append(f"{name}: no /** comment just before its declaration")
        elif not re.search(r"@since \d+\.\d+\.\d+", comment):
            faults.append(f"{name}: its comment has no @since X.Y.Z")
        if group_at(header, position) is None and "@ingroup" not in (comment or ""):
            faults.append(f"{name}: outside every @defgroup section (on no man page)")
    return faults


def main():
    doxygen, doxyfile, header_path, functions_path, overview_path, *pages = sys.argv[1:]
    header = pathlib.Path(header_path).read_text(encoding="utf-8")
    functions = pathlib.Path(functions_path).read_text().split()
    faults = undocumented(header, functions)
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        faults += [f"doxygen: {w}" for w in doxygen_warnings(doxygen, doxyfile, work)]
        written = {p.name for p in (work / "pages" / "man3").glob("*.3")}
    expected = {pathlib.Path(p).name for p in pages}
    for name in sorted(written - expected):
        faults.append(f"Doxygen writes {name}, which the build does not install")
    for name in sorted(expected - written):
        faults.append(f"the build installs {name}, which Doxygen does not write")
    overview = pathlib.Path(overview_path).read_text(encoding="utf-8")
    for group in re.findall(r"@defgroup (\w+)", header):
        if not re.search(r"\b" + group + r"\b", overview):
            faults.append(f"libcapartner(3) does not name the page {group}(3)")
    for fault in faults:
        print(f"FAIL: {fault}")
    print(f"{len(functions)} functions, {len(expected)} pages checked; {len(faults)} faults")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
