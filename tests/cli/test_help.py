#!/usr/bin/env python3
"""The overall help, each command's help, and the manual page against them.

Groups (one CTest test each, tests/cli/CMakeLists.txt): help, manpage.
"""

import os
import re
import shutil
import subprocess
import sys

from cli_support import COMMANDS, check, main


def options_in_help(t):
    """Every option of every command, from its --help."""
    options = set()
    for command in COMMANDS:
        for match in re.finditer(r"(?m)^\s+(?:-\w, )?(--[a-z-]+)", t.run(command, "--help").out):
            options.add((command, match.group(1)))
    return options


def group_help(t):
    result = t.run("--help")
    for command in COMMANDS:
        check("  " + command + " " in result.out, "--help lacks %s" % command)
    for command in COMMANDS:
        own = t.run(command, "--help")
        check(own.out.startswith("Usage: capartner " + command),
              "%s --help: %r" % (command, own))
        check("--format" in own.out and "--help" in own.out, "%s --help lacks options" % command)
        via_help = t.run("help", command)
        check(via_help.out == own.out, "capartner help %s differs from --help" % command)
        short = t.run(command, "-h")
        check(short.out == own.out, "%s -h differs from --help" % command)
    bare = t.run(expect=2)
    check(bare.out == "" and "Usage: capartner" in bare.err, "no command: %r" % bare)
    t.usage_error("help", "shwo", mentions=["unknown command 'shwo'", "did you mean show?"])


def group_manpage(t, source_dir):
    path = os.path.join(source_dir, "tools", "cli", "capartner.1")
    with open(path, encoding="utf-8") as file:
        page = file.read()
    check(page.startswith(".TH CAPARTNER 1") or "\n.TH CAPARTNER 1" in page, ".TH")
    with open(os.path.join(source_dir, "docs", "cli.md"), encoding="utf-8") as file:
        guide = file.read()
    # roff writes a dash as \-
    plain = page.replace("\\-", "-").replace("\\(em", "—")
    for command in COMMANDS:
        check(re.search(r"\b%s\b" % command, plain), "capartner.1 lacks %s" % command)
        check("capartner " + command in guide, "docs/cli.md lacks %s" % command)
    for command, option in sorted(options_in_help(t)):
        check(option in plain, "capartner.1 lacks %s (of %s)" % (option, command))
        check(option in guide, "docs/cli.md lacks %s (of %s)" % (option, command))
    for code in ("0", "1", "2", "3"):
        check(re.search(r"\.B %s\b|\.TP\n\.B %s" % (code, code), page) or
              ("\n%s\n" % code) in page, "exit status %s not in the man page" % code)
    man = shutil.which("man")
    if man:
        process = subprocess.run([man, "-l", path], capture_output=True, timeout=60,
                                 env=dict(os.environ, MANWIDTH="80", MANPAGER="cat",
                                          PAGER="cat"))
        if process.returncode == 0:
            check(b"CAPARTNER" in process.stdout, "man -l renders the page")
            check(b"warning" not in process.stderr.lower(), "man -l: %s" % process.stderr)


GROUPS = {
    "help": lambda t, data, source_dir: group_help(t),
    "manpage": lambda t, data, source_dir: group_manpage(t, source_dir),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
