#!/usr/bin/env python3
"""Runs the data compiler on the base dataset with one field changed and
checks that it refuses it:

    expect_error.py GEN BASE_DIR WORK_DIR FILE LINE COLUMN VALUE [MESSAGE]

The dataset is BASE_DIR (tests/gen/fixtures/valid) with field COLUMN (by
its header name) of line LINE of FILE set to VALUE (\\xHH stands for a byte,
\\t for a tab); when COLUMN is "(line)" or "(header)", the errors that are
about a whole line, VALUE is appended to the line instead.
Passes when capartner-gen exits with a non-zero status (not a crash), the
sanitizers say nothing, stderr holds exactly one FILE:LINE: message and it
names FILE:LINE: COLUMN: (followed by MESSAGE, when given), and WORK_DIR's
output directory is left empty: no partial output, no temporary file, and a
stale output from an earlier run removed (it would look up to date to the
build).
"""
import codecs
import os
import re
import shutil
import subprocess
import sys


def changed_dataset(base, work, file, line, column, value):
    data = os.path.join(work, "data")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base, data)
    path = os.path.join(data, file)
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    header = lines[0].split(b"\t")
    value = codecs.escape_decode(value.encode())[0]
    if column in ("(line)", "(header)"):
        lines[line - 1] += value
    else:
        fields = lines[line - 1].split(b"\t")
        fields[header.index(column.encode())] = value
        lines[line - 1] = b"\t".join(fields)
    with open(path, "wb") as f:
        f.write(b"\n".join(lines))
    return data


def main():
    gen, base, work, file, line, column, value = sys.argv[1:8]
    message = sys.argv[8] if len(sys.argv) > 8 else ""
    data = changed_dataset(base, work, file, int(line), column, value)
    out = os.path.join(work, "out")
    os.makedirs(out)
    output = os.path.join(out, "capartner_data.c")
    with open(output, "w") as f:
        f.write("/* stale output of an earlier run */\n")
    done = subprocess.run([gen, "--data-dir", data, "--output", output],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = done.stderr.decode("utf-8", "replace")
    print(f"capartner-gen exited with {done.returncode}; stderr:\n{stderr}")
    failures = []
    if done.returncode < 0:
        failures.append(f"capartner-gen did not exit normally (signal {-done.returncode})")
    elif done.returncode == 0:
        failures.append("capartner-gen accepted the broken dataset (exit status 0)")
    if re.search(r"AddressSanitizer|LeakSanitizer|runtime error:", stderr):
        failures.append("the sanitizers reported an error")
    errors = re.findall(r"^[^\n:]+\.tsv:[0-9]+: .*$", stderr, re.M)
    if len(errors) != 1:
        failures.append(f"expected exactly one error, got {len(errors)}")
    where = f"{os.path.join(data, file)}:{line}: {column}: "
    if not any(e.startswith(where + message) for e in errors):
        failures.append(f"stderr does not say {file}:{line}: {column}: {message}")
    if os.listdir(out):
        failures.append(f"output left behind: {os.listdir(out)}")
    for failure in failures:
        print("FAILED: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
