#!/usr/bin/env python3
"""The data tables need no load-time relocations.

Reads a shared library's dynamic relocations (readelf -rW) and its symbol
table (readelf -sW), and counts:

  - all dynamic relocations;
  - those that land inside the generated data tables (the objects named
    capartner_data_*), which must be only the hash-index structs' one
    pointer each: a fixed number, whatever the size of the dataset.

    check_relocations.py LIB [--max-total N] [--max-data N] [--quiet]

Prints one line "total=T data=D relative=R" and exits 1 when a bound is
exceeded. bench/scaling.sh calls it for every synthetic size.
"""
import argparse
import re
import subprocess
import sys


def readelf(args, path):
    return subprocess.run(["readelf"] + args + [path], check=True, capture_output=True,
                          text=True).stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("library")
    parser.add_argument("--max-total", type=int)
    parser.add_argument("--max-data", type=int)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()

    # data objects: [start, end) of every capartner_data_* symbol with a size
    objects = []
    for line in readelf(["-sW"], args.library).splitlines():
        fields = line.split()
        if len(fields) >= 8 and fields[3] == "OBJECT" and fields[7].startswith("capartner_data_"):
            start, size = int(fields[1], 16), int(fields[2], 0)
            if size > 0:
                objects.append((start, start + size, fields[7]))
    if not objects:
        print("no capartner_data_* symbols in %s (stripped?)" % args.library, file=sys.stderr)
        return 1

    total = relative = 0
    in_data = {}
    entry = re.compile(r"^([0-9a-f]{8,16})\s+[0-9a-f]+\s+(R_\w+)")
    for line in readelf(["-rW"], args.library).splitlines():
        match = entry.match(line)
        if not match:
            continue
        total += 1
        offset, kind = int(match.group(1), 16), match.group(2)
        relative += kind.endswith("_RELATIVE")
        for start, end, name in objects:
            if start <= offset < end:
                in_data[name] = in_data.get(name, 0) + 1
                break
    data = sum(in_data.values())
    print("total=%d data=%d relative=%d" % (total, data, relative))
    if not args.quiet:
        for name in sorted(in_data):
            print("  %s: %d" % (name, in_data[name]))
    failed = False
    if args.max_total is not None and total > args.max_total:
        print("FAIL: %d dynamic relocations, at most %d allowed" % (total, args.max_total))
        failed = True
    if args.max_data is not None and data > args.max_data:
        print("FAIL: %d relocations inside the data tables, at most %d allowed"
              % (data, args.max_data))
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
