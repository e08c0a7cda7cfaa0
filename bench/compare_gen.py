#!/usr/bin/env python3
"""Compares two builds of the data compiler (capartner-gen): same exit
status, same stderr and byte-identical output on

  - the real data (data/), both output forms;
  - synthetic datasets (bench/gen_synthetic.py), both output forms;
  - every hostile dataset of fuzz/gen and every fixture of tests/gen;
  - mutants of tests/gen's base dataset: each field of each row replaced by
    each of a list of hostile values, then seeded random sets of several
    mutations at once (so that the order of messages is compared too).

    bench/compare_gen.py --old OLD-GEN --new NEW-GEN [--sizes "1000 100000"]
                         [--work DIR] [--random N]

Paths of the work directory are the same for both runs, so messages and
the .incbin form's paths compare as they are. Prints one line per kind of
case and every difference; exits 1 on any difference. Python 3 standard
library only (and cmake, for the fuzz/gen cases that build their data).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = os.path.join(ROOT, "tests", "gen", "fixtures", "valid")
TABLES = ["sources", "sections", "countries", "places", "names", "bodies", "areas",
          "participations", "events"]
HOSTILE = ["", "x", "-x", "KZ", "kz", "AF,KG", "AF,,KG", "AF, KG", "KG,KG", "pfp", "parp",
           "primary-doc", "other-doc", "overview", "country:KZ", "body:pfp", "place:x",
           "yes", "no", "0", "001", "1000001", "999", "2013", "2013-02-29", "early 2013-01-05",
           "before 1990", "after 2030", "unknown", "member", "en", "xx", " lead", "trail ",
           "\u00c9cole", "\u041a\u0410\u0417\u0410\u0425\u0421\u0422\u0410\u041d", "a\x01b",
           "1994-pfp-launch", "kabul", "x" * 300]


def run(gen, data, output, form=None):
    """(status, stderr, output bytes or None) of one run."""
    for path in (output, output + ".bin"):
        if os.path.exists(path):
            os.remove(path)
    command = [gen, "--data-dir", data, "--output", output]
    if form:
        command += ["--format", form]
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    result = b""
    for path in (output, output + ".bin"):
        if os.path.exists(path):
            with open(path, "rb") as f:
                result += f.read()
    return done.returncode, done.stderr, result


def compare(args, name, data, form=None):
    output = os.path.join(args.work, "out", "capartner_data.c")
    os.makedirs(os.path.dirname(output), exist_ok=True)
    old = run(args.old, data, output, form)
    new = run(args.new, data, output, form)
    if old == new:
        return "accepted" if old[0] == 0 else "refused"
    print(f"DIFFERENT: {name}" + (f" (--format {form})" if form else ""))
    if old[0] != new[0]:
        print(f"  exit status {old[0]} / {new[0]}")
    if old[1] != new[1]:
        print("  stderr old:\n    " + old[1].decode("utf-8", "replace")[:2000].replace("\n", "\n    "))
        print("  stderr new:\n    " + new[1].decode("utf-8", "replace")[:2000].replace("\n", "\n    "))
    if old[2] != new[2]:
        print(f"  output differs ({len(old[2])} / {len(new[2])} bytes)")
    return False


def read_base():
    tables = {}
    for table in TABLES:
        with open(os.path.join(BASE, table + ".tsv"), encoding="utf-8") as f:
            tables[table] = f.read().split("\n")
    return tables


def write_tables(directory, tables):
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    for table, lines in tables.items():
        with open(os.path.join(directory, table + ".tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


def mutation_sites(tables):
    """(table, line index, field index) of every field of every data row."""
    for table, lines in tables.items():
        for number, line in enumerate(lines):
            if number == 0 or not line or line.startswith("#"):
                continue
            for field in range(len(line.split("\t"))):
                yield table, number, field


def mutate(tables, site, value):
    table, number, field = site
    copy = {name: list(lines) for name, lines in tables.items()}
    fields = copy[table][number].split("\t")
    fields[field] = value
    copy[table][number] = "\t".join(fields)
    return copy


def hostile_cases(args):
    """fuzz/gen's cases: the base with the case's files laid over it."""
    fuzz = os.path.join(ROOT, "fuzz", "gen")
    for case in sorted(os.listdir(fuzz)):
        case_dir = os.path.join(fuzz, case)
        if not os.path.isdir(case_dir):
            continue
        data = os.path.join(args.work, "fuzz", case)
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(BASE, data)
        for name in os.listdir(case_dir):
            if name.endswith(".tsv"):
                shutil.copyfile(os.path.join(case_dir, name), os.path.join(data, name))
        make = os.path.join(case_dir, "make.cmake")
        if os.path.exists(make):
            subprocess.run(["cmake", f"-DCASE_DIR={case_dir}", f"-DDATA_DIR={data}",
                            f"-DVALID_DIR={BASE}", "-P", make], check=True)
        yield "fuzz/gen/" + case, data


def fixture_cases(args):
    """tests/gen's base dataset, and each case of its cases.tsv."""
    sys.path.insert(0, os.path.join(ROOT, "tests", "gen"))
    import expect_error
    yield "tests/gen/fixtures/valid", BASE
    with open(os.path.join(ROOT, "tests", "gen", "fixtures", "cases.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    for case, file, line, column, value, *_ in rows[1:]:
        work = os.path.join(args.work, "cases", case)
        yield "case " + case, expect_error.changed_dataset(BASE, work, file, int(line), column,
                                                           value)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", required=True)
    parser.add_argument("--new", required=True)
    parser.add_argument("--sizes", default="1000 100000")
    parser.add_argument("--work", default="/tmp/capartner-compare-gen")
    parser.add_argument("--random", type=int, default=500)
    args = parser.parse_args()
    args.old, args.new = os.path.abspath(args.old), os.path.abspath(args.new)
    os.makedirs(args.work, exist_ok=True)
    failures = 0

    def report(kind, results):
        nonlocal failures
        bad = results.count(False)
        failures += bad
        print(f"{kind}: {len(results) - bad} of {len(results)} identical "
              f"({results.count('accepted')} accepted by both, {results.count('refused')} refused)")

    report("real data", [compare(args, "data", os.path.join(ROOT, "data"), form)
                         for form in ("c", "incbin")])
    results = []
    for size in args.sizes.split():
        data = os.path.join(args.work, f"synthetic-{size}")
        # written anew each time: the generator follows the schema
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_synthetic.py"),
                        "--events", size, "--output", data], check=True,
                       stdout=subprocess.DEVNULL)
        results += [compare(args, f"synthetic {size}", data, form) for form in ("c", "incbin")]
    report("synthetic", results)
    report("fuzz/gen", [compare(args, name, data) for name, data in hostile_cases(args)])
    report("tests/gen fixtures", [compare(args, name, data) for name, data in fixture_cases(args)])

    base = read_base()
    sites = list(mutation_sites(base))
    data = os.path.join(args.work, "mutant")
    results = []
    for site in sites:
        for value in HOSTILE:
            write_tables(data, mutate(base, site, value))
            results.append(compare(args, f"{site} = {value!r}", data))
    report("single mutations", results)
    rng = random.Random(12)
    results = []
    for _ in range(args.random):
        tables = base
        for _ in range(rng.randint(2, 6)):
            tables = mutate(tables, rng.choice(sites), rng.choice(HOSTILE))
        write_tables(data, tables)
        results.append(compare(args, "random mutations", data))
    report("random mutations", results)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
