#!/usr/bin/env python3
"""Refreshes the sample outputs in docs/cli.md from a built capartner.

    tools/cli/update-docs.py BUILD/tools/cli/capartner [docs/cli.md]

A sample is a comment naming the command, followed by a fenced block:

    <!-- sample: timeline --country KZ | head -5 -->
    ```
    (replaced by the output)
    ```

"| head -N" keeps the first N lines; "tty=COLUMNS" runs it on a pseudo-terminal
of that width (the box-drawn table); "2>&1" shows standard error as well,
with the exit status after it.
"""

import os
import re
import shlex
import subprocess
import sys

from terminal import run_in_terminal

SAMPLE = re.compile(r"(<!-- sample: (.*?) -->\n```[a-z]*\n)(.*?)(```\n)", re.S)


def run(binary, spec):
    head = None
    match = re.search(r"\s*\|\s*head -(\d+)\s*$", spec)
    if match:
        head = int(match.group(1))
        spec = spec[:match.start()]
    columns = None
    match = re.match(r"tty=(\d+)\s+", spec)
    if match:
        columns = match.group(1)
        spec = spec[match.end():]
    both = spec.endswith("2>&1")
    if both:
        spec = spec[:-4].strip()
    args = shlex.split(spec)
    env = dict(os.environ)
    env.pop("COLUMNS", None)
    if columns:
        _, text = run_in_terminal(binary, args, columns)
    else:
        process = subprocess.run([binary] + args, capture_output=True, env=env)
        text = process.stdout.decode()
        if both:
            text += process.stderr.decode() + "[exit status %d]\n" % process.returncode
    if head is not None:
        lines = text.splitlines(True)
        text = "".join(lines[:head]) + ("…\n" if len(lines) > head else "")
    return text


def main():
    binary = os.path.abspath(sys.argv[1])
    path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(__file__), "..", "..", "docs", "cli.md")
    with open(path, encoding="utf-8") as file:
        document = file.read()
    count = 0

    def replace(match):
        nonlocal count
        count += 1
        return match.group(1) + run(binary, match.group(2)) + match.group(4)

    document = SAMPLE.sub(replace, document)
    with open(path, "w", encoding="utf-8") as file:
        file.write(document)
    print("%s: %d samples refreshed" % (path, count))


if __name__ == "__main__":
    main()
