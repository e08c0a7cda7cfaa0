"""What the tests of the capartner command share: running the built binary
as a user would (Runner), the data files read independently of the library
(Data), the date rules of docs/data-model.md, parsers of the output formats,
and main(), which runs one group of a test file as one CTest test:

    test_FILE.py --binary PATH --data-dir DIR --source-dir DIR --sqlite3 PATH
                 --work-dir DIR GROUP

Expected values come from the data files themselves (data/*.tsv) so the tests
follow the dataset as it grows. Standard library only.
"""

import argparse
import csv
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

# tools/cli/terminal.py (shared with update-docs.py), for test_formats.py
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools",
                                "cli"))

SVG_NS = "{http://www.w3.org/2000/svg}"

COMMANDS = ["show", "list", "timeline", "participations", "search", "stats", "version",
            "export"]

BOX = "┌│└─"


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


# ----------------------------------------------------------------- running


class Result:
    def __init__(self, args, code, out, err):
        self.args, self.code, self.out, self.err = args, code, out, err

    def __repr__(self):
        return "capartner %s -> %d\nstdout: %s\nstderr: %s" % (
            " ".join(self.args), self.code, self.out[:2000], self.err[:2000])


class Runner:
    def __init__(self, binary):
        self.binary = binary
        self.env = dict(os.environ)
        # a sanitizer report must not pass for "not found" (exit 1)
        for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
            self.env[name] = (self.env.get(name, "") + ":exitcode=86").lstrip(":")
        self.env.pop("COLUMNS", None)
        # tools/valgrind-check runs the command under memcheck this way (every
        # Nth run, CAPARTNER_TEST_WRAPPER_EVERY, to fit CI's time); memcheck's
        # error exit status (86) then fails the test like a sanitizer's
        self.wrapper = shlex.split(os.environ.get("CAPARTNER_TEST_WRAPPER", ""))
        self.wrap_every = max(1, int(os.environ.get("CAPARTNER_TEST_WRAPPER_EVERY", "1")))
        self.runs = 0

    def run(self, *args, expect=0, stdin=None, binary_args=None, env=None):
        argv = [self.binary] + (binary_args if binary_args is not None else list(args))
        wrapper = self.wrapper if self.runs % self.wrap_every == 0 else []
        process = subprocess.run(wrapper + argv, input=stdin, capture_output=True,
                                 timeout=600 if wrapper else 60, env=env or self.env)
        self.runs += 1
        out = process.stdout.decode("utf-8")
        err = process.stderr.decode("utf-8", "replace")
        result = Result([a if isinstance(a, str) else repr(a) for a in argv[1:]],
                        process.returncode, out, err)
        check(process.returncode >= 0, "killed by a signal: %r" % result)
        check("Sanitizer" not in err and "runtime error" not in err,
              "sanitizer report: %r" % result)
        if expect is not None:
            check(process.returncode == expect,
                  "expected exit %d: %r" % (expect, result))
        if expect == 0:
            check(err == "" or err.startswith("capartner show: note:"),
                  "unexpected message on stderr: %r" % result)
        return result

    def json(self, *args, expect=0):
        result = self.run(*args, expect=expect)
        try:
            return json.loads(result.out)
        except ValueError as error:
            raise Failure("not JSON (%s): %r" % (error, result))

    def usage_error(self, *args, mentions=()):
        result = self.run(*args, expect=2)
        check(result.out == "", "a usage error wrote to stdout: %r" % result)
        check(result.err.startswith("capartner"), "message not prefixed: %r" % result)
        for text in mentions:
            check(text in result.err, "stderr lacks %r: %r" % (text, result))
        return result

    def not_found(self, *args, mentions=()):
        result = self.run(*args, expect=1)
        for text in mentions:
            check(text in result.err, "stderr lacks %r: %r" % (text, result))
        return result


# ------------------------------------------------------------- the data


def read_tsv(data_dir, table):
    rows = []
    with open(os.path.join(data_dir, table + ".tsv"), encoding="utf-8") as file:
        header = None
        for line in file:
            line = line.rstrip("\n")
            if line == "" or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            rows.append(dict(zip(header, fields)))
    return rows


class Data:
    def __init__(self, data_dir):
        self.tables = {}
        for table in ("sources", "sections", "countries", "places", "names", "bodies",
                      "areas", "participations", "events"):
            self.tables[table] = read_tsv(data_dir, table)

    def __getitem__(self, table):
        return self.tables[table]

    def names(self):
        """The names the library serves: names.tsv, plus, for a place that has no
        preferred English short name there, its places.tsv name as one (the data
        compiler adds it, tools/gen/index.c, so that every place has one)."""
        names = list(self["names"])
        for place in self["places"]:
            owner = "place:" + place["id"]
            if not any(n["owner"] == owner and n["language"] == "en" and n["kind"] == "short"
                       and n["preferred"] == "yes" for n in names):
                names.append({"owner": owner, "language": "en", "kind": "short",
                              "text": place["name"], "preferred": "yes", "valid_from": "",
                              "valid_to": "", "source": place["source"],
                              "section": place["section"], "paragraph": place["paragraph"]})
        return names

    def links(self, column):
        return sum(len([x for x in e[column].split(",") if x]) for e in self["events"])

    def counts(self):
        counts = {table: len(rows) for table, rows in self.tables.items()}
        counts["names"] = len(self.names())
        counts["event_countries"] = self.links("countries")
        counts["event_bodies"] = self.links("bodies")
        counts["event_areas"] = self.links("areas")
        counts["dataset"] = 4
        return counts

    def preferred(self, table):
        return [row for row in self[table] if row["alternative_of"] == ""]


# Dates: the interval each one stands for (docs/data-model.md), as yyyymmdd.


# Dates: the interval each one stands for (docs/data-model.md), as yyyymmdd.

DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def month_days(year, month):
    leap = (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
    return 29 if month == 2 and leap else DAYS[month - 1]


def day_before(day):
    y, m, d = day // 10000, day // 100 % 100, day % 100
    if d > 1:
        return day - 1
    if m > 1:
        return y * 10000 + (m - 1) * 100 + month_days(y, m - 1)
    return (y - 1) * 10000 + 1231


def day_after(day):
    y, m, d = day // 10000, day // 100 % 100, day % 100
    if d < month_days(y, m):
        return day + 1
    if m < 12:
        return y * 10000 + (m + 1) * 100 + 1
    return (y + 1) * 10000 + 101


def bounds(text):
    if text in ("", "unknown"):
        return 0, 99991231
    qualifier = ""
    if " " in text:
        qualifier, text = text.split(" ", 1)
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    if len(parts) == 1:
        first, last = 1, 12
        if qualifier in ("early", "mid", "late"):
            first = 1 + 4 * ["early", "mid", "late"].index(qualifier)
            last = first + 3
        earliest, latest = year * 10000 + first * 100 + 1, \
            year * 10000 + last * 100 + month_days(year, last)
    elif len(parts) == 2:
        month = parts[1]
        lo, hi = 1, month_days(year, month)
        if qualifier == "early":
            hi = 10
        elif qualifier == "mid":
            lo, hi = 11, 20
        elif qualifier == "late":
            lo = 21
        earliest, latest = year * 10000 + month * 100 + lo, year * 10000 + month * 100 + hi
    else:
        earliest = latest = year * 10000 + parts[1] * 100 + parts[2]
    if qualifier == "circa":  # one year, month or day more on each side, in years 1..9999
        if len(parts) == 1:
            earliest = max(year - 1, 1) * 10000 + 101
            latest = min(year + 1, 9999) * 10000 + 1231
        elif len(parts) == 2:
            before = day_before(earliest)
            after = day_after(latest)
            earliest = before // 100 * 100 + 1 if before > 1231 else 10101
            latest = after // 100 * 100 + month_days(after // 10000, after // 100 % 100) \
                if after < 100000101 else 99991231
        else:
            earliest = day_before(earliest) if earliest > 10101 else 10101
            latest = day_after(latest) if latest < 99991231 else 99991231
    if qualifier == "before":
        return 0, day_before(earliest)
    if qualifier == "after":
        return day_after(latest), 99991231
    return earliest, latest


def spans(data, p):
    """The certain and possible spans of docs/data-model.md, independently:
    ((certain_first, certain_last), (possible_first, possible_last))."""
    bodies = {b["id"]: b for b in data["bodies"]}
    sources = {s["id"]: s for s in data["sources"]}
    body = bodies[p["body"]]
    started, ended = p["started"], p["ended"]
    possible_first = bounds(started)[0] if started else 0
    if body["started"]:
        possible_first = max(possible_first, bounds(body["started"])[0])
    ends = [bounds(e) for e in (ended, body["ended"]) if e]
    end_first = min(e[0] for e in ends) if ends else 99991231
    end_last = min(e[1] for e in ends) if ends else 99991231
    possible_last = day_before(end_last) if ends and end_last != 99991231 else 99991231
    certain_first = max(bounds(started)[1], possible_first) if started else 99991231
    certain_last = day_before(end_first) if ended and end_first != 0 else 0

    def evidence(r):
        source = sources[r["source"]]
        date = r["reported"] or source["content_date"] or source["published"]
        if not date or (r["ended"] and bounds(date)[1] >= bounds(r["ended"])[0]):
            return None
        if date.startswith(("before ", "after ", "circa ")):
            return None  # names no period in which it held
        return date
    group = p["alternative_of"] or p["id"]
    dates = [evidence(r) for r in data["participations"]
             if r["id"] == group or r["alternative_of"] == group]
    # each report widens the certain span: from the oldest to the newest
    for first, last in (bounds(d) for d in dates if d):
        if not (ends and last >= end_first) and last >= possible_first:
            certain_first = max(min(certain_first, first), possible_first)
            if not ended:
                certain_last = max(certain_last, last)
    return (certain_first, certain_last), (possible_first, possible_last)


def data_as_of(data):
    """The newest content date among the sources."""
    dates = [s["content_date"] or s["published"] for s in data["sources"]]
    return max((d for d in dates if d), key=lambda d: bounds(d)[0])


def status_on(data, p, date):
    """capartner_participation_status_on, independently."""
    day = bounds(date)[0]
    certain, possible = spans(data, p)
    if certain[0] <= day <= certain[1]:
        return "held"
    if day < possible[0] or day > possible[1]:
        return "not_held"
    return "unknown"


def events_matching(data, countries=(), bodies=(), areas=(), kinds=(), start=None, end=None,
                    possibly=False, alternatives=False):
    out = []
    lo = bounds(start)[0] if start else 0
    hi = bounds(end)[1] if end else 99991231
    for e in data["events"]:
        if not alternatives and e["alternative_of"]:
            continue
        for column, wanted in (("countries", countries), ("bodies", bodies), ("areas", areas)):
            if wanted and not set(wanted) & set(e[column].split(",")):
                break
        else:
            if kinds and e["kind"] not in kinds:
                continue
            if start or end:
                earliest, latest = bounds(e["date"])
                if not possibly and not (earliest >= lo and latest <= hi):
                    continue
                if possibly and not (earliest <= hi and latest >= lo):
                    continue
            out.append(e["id"])
    return out


def ids(rows):
    return [r["id"] for r in rows]


# ---------------------------------------------------------------- output


def header_version(source_dir):
    with open(os.path.join(source_dir, "include", "capartner.h"), encoding="utf-8") as f:
        match = re.search(r'#define CAPARTNER_VERSION_STRING "([^"]+)"', f.read())
    return match.group(1)


def parse_csv(text):
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows[0], rows[1:]


def unescape_tsv(field):
    out, i = [], 0
    while i < len(field):
        c = field[i]
        if c == "\\" and i + 1 < len(field):
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[field[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse_tsv(text):
    lines = text.split("\n")
    check(lines[-1] == "", "TSV does not end with a newline")
    rows = [[unescape_tsv(f) for f in line.split("\t")] for line in lines[:-1]]
    return rows[0], rows[1:]


def as_text(value):
    """A JSON value as CSV writes it."""
    if value is None:
        return ""
    if value is True:
        return "1"
    if value is False:
        return "0"
    if isinstance(value, list):
        return ",".join(value)
    return str(value)


# ------------------------------------------------------------------ main


def main(groups):
    """Runs the group named on the command line: groups maps each name to a
    function of (runner, data, source_dir)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--sqlite3", default="")
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("group")
    options = parser.parse_args()
    if options.group not in groups:
        print("unknown group %s; groups: %s" % (options.group, " ".join(groups)))
        return 2
    t = Runner(options.binary)
    t.sqlite3 = options.sqlite3 if options.sqlite3 and "NOTFOUND" not in options.sqlite3 else ""
    t.work = os.path.join(options.work_dir, options.group)
    shutil.rmtree(t.work, ignore_errors=True)
    os.makedirs(t.work)
    data = Data(options.data_dir)
    try:
        groups[options.group](t, data, options.source_dir)
    except Failure as failure:
        print("FAIL %s: %s" % (options.group, failure))
        return 1
    print("ok %s (%d runs of capartner)" % (options.group, t.runs))
    return 0
