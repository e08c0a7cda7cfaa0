#!/usr/bin/env python3
"""Tests of the capartner command, run on the built binary as a user would.

    test_cli.py --binary PATH --data-dir DIR --source-dir DIR --sqlite3 PATH
                --work-dir DIR GROUP

Each GROUP is one CTest test (tools/cli/CMakeLists.txt). Expected values come
from the data files themselves (data/*.tsv, read here independently of the
library) so the tests follow the dataset as it grows. Standard library only.
"""

import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools",
                                "cli"))
from terminal import run_in_terminal  # noqa: E402  (shared with update-docs.py)

SVG_NS = "{http://www.w3.org/2000/svg}"


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
        self.runs = 0

    def run(self, *args, expect=0, stdin=None, binary_args=None, env=None):
        argv = [self.binary] + (binary_args if binary_args is not None else list(args))
        process = subprocess.run(argv, input=stdin, capture_output=True, timeout=60,
                                 env=env or self.env)
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
    if qualifier == "before":
        return 0, day_before(earliest)
    if qualifier == "after":
        return day_after(latest), 99991231
    return earliest, latest


def held_on(p, date):
    """capartner_participation_held_on, independently."""
    day = bounds(date)[0]
    if p["started"]:
        if bounds(p["started"])[0] > day:
            return False
    elif p["reported"]:
        if bounds(p["reported"])[0] > day:
            return False
    else:
        return False
    if p["ended"]:
        end = p["ended"]
        if end.startswith("before "):
            return day < bounds(end[len("before "):])[0]
        return day < bounds(end)[0]
    return True


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


BOX = "┌│└─"


# ----------------------------------------------------------- a JSON Schema
# A small validator for the keywords docs/capartner.schema.json uses.


def validate(instance, schema, root, path="$"):
    if "$ref" in schema:
        target = root
        for part in schema["$ref"][2:].split("/"):
            target = target[part]
        return validate(instance, target, root, path)
    if "const" in schema:
        check(instance == schema["const"], "%s: not %r" % (path, schema["const"]))
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        kinds = {"object": dict, "array": list, "string": str, "boolean": bool,
                 "null": type(None)}
        ok = False
        for t in types:
            if t == "integer":
                ok |= isinstance(instance, int) and not isinstance(instance, bool)
            else:
                ok |= isinstance(instance, kinds[t])
        check(ok, "%s: %r is not %s" % (path, instance, types))
    if "pattern" in schema and isinstance(instance, str):
        check(re.search(schema["pattern"], instance), "%s: %r does not match %s"
              % (path, instance, schema["pattern"]))
    if isinstance(instance, dict):
        for key in schema.get("required", []):
            check(key in instance, "%s: %s missing" % (path, key))
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            extra = set(instance) - set(properties)
            check(not extra, "%s: unexpected %s" % (path, sorted(extra)))
        for key, value in instance.items():
            if key in properties:
                validate(value, properties[key], root, path + "." + key)
    if isinstance(instance, list) and "items" in schema:
        for i, item in enumerate(instance):
            validate(item, schema["items"], root, "%s[%d]" % (path, i))


# ------------------------------------------------------------------ groups

COMMANDS = ["show", "list", "timeline", "participations", "search", "stats", "version",
            "export"]


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


def group_version(t, data, source_dir):
    version = header_version(source_dir)
    info = t.json("version", "--format", "json")
    check(info["library_version"] == version, "library_version %r" % info)
    check(info["cli_version"] == version and info["header_version"] == version, repr(info))
    major, minor, patch = (int(x) for x in version.split("."))
    check(info["library_version_number"] == major * 10000 + minor * 100 + patch, repr(info))
    check(re.fullmatch(r"[0-9a-f]{64}", info["data_digest"]), "digest %r" % info)
    # the as-of date: the newest content date among the sources (the
    # publication date where the data gives none)
    newest = max((s["content_date"] or s["published"] for s in data["sources"]
                  if s["content_date"] or s["published"]),
                  key=lambda d: bounds(d)[0])
    check(info["data_as_of"] == newest, "data_as_of %r, newest source date %r"
          % (info["data_as_of"], newest))
    text = t.run("version").out
    check("libcapartner " + version in text and info["data_digest"] in text, text)
    check(t.run("--version").out.startswith("capartner " + version), "--version")
    rows = t.json("version", "-f", "json", "--columns", "key,value")
    check({r["key"] for r in rows} >= {"library_version", "data_as_of"}, repr(rows))
    header, body = parse_csv(t.run("version", "--format", "csv").out)
    check(header == ["key", "value"] and len(body) == 6, repr(body))
    t.usage_error("version", "extra", mentions=["unexpected argument 'extra'"])


def group_stats(t, data):
    counts = data.counts()
    rows = t.json("stats", "--format", "json")
    got = {row["table"]: row["rows"] for row in rows}
    for table, count in counts.items():
        if table == "dataset":
            continue
        check(got.get(table) == count, "stats %s: %r, data has %d" % (table, got.get(table),
                                                                       count))
    preferred = {row["table"]: row["preferred"] for row in rows}
    check(preferred["events"] == len(data.preferred("events")), "preferred events")
    check(preferred["participations"] == len(data.preferred("participations")),
          "preferred participations")
    check(preferred["countries"] is None, "preferred of countries should be null")
    header, body = parse_csv(t.run("stats", "-f", "csv").out)
    check(header == ["table", "rows", "preferred", "description"], repr(header))
    check(len(body) == len(rows), "stats csv rows")


def names_of(data, owner):
    return [n for n in data["names"] if n["owner"] == owner]


def group_show(t, data):
    countries = {c["id"]: c for c in data["countries"]}
    kz = countries["KZ"]
    # any key: codes, names in any language, any case
    for key in ("KZ", "kz", "KAZ", "398", "Kazakhstan", "KAZAKHSTAN", "Казахстан", "Қазақстан"):
        record = t.json("show", key, "--format", "json")
        check(record["type"] == "country" and record["id"] == "KZ", "show %s: %r" % (key, record))
    for owner in [n["owner"] for n in data["names"] if n["owner"].startswith("country:")]:
        code = owner.split(":")[1]
        for name in names_of(data, owner):
            record = t.json("show", "--type", "country", name["text"], "-f", "json")
            check(record["id"] == code, "name %r is %s, not %s" % (name["text"],
                                                                    record["id"], code))
    tj = t.json("show", "Тоҷикистон", "--format", "json")
    check(tj["id"] == "TJ", "Тоҷикистон is %r" % tj["id"])
    # a source's content date beside its publication date
    primary = t.json("show", "nato-central-asia-2016", "--format", "json")
    check(primary["published"] == "2016-02-22" and primary["content_date"] == "early 2014",
          "primary source dates: %r" % primary)
    check("content as of  early 2014" in t.run("show", "nato-central-asia-2016").out,
          "show prints the content date")

    record = t.json("show", "KZ", "--format", "json")
    for column in ("alpha2", "alpha3", "name", "capital", "note"):
        expected = kz[column] if column != "name" else "Kazakhstan"
        check(record[column] == (expected or None), "KZ %s: %r" % (column, record[column]))
    check(record["numeric"] == int(kz["numeric"]) and record["partner"] is True, repr(record))
    check(len(record["names"]) == len(names_of(data, "country:KZ")), "KZ names")
    languages = {n["language"] for n in record["names"]}
    check(languages == {n["language"] for n in names_of(data, "country:KZ")}, "KZ languages")
    expected_p = [p for p in data.preferred("participations") if p["country"] == "KZ"]
    check(sorted(p["id"] for p in record["participations"]) == sorted(p["id"] for p in expected_p),
          "KZ partnerships")
    as_of = record["status_as_of"]
    for p in record["participations"]:
        row = next(x for x in expected_p if x["id"] == p["id"])
        check(p["held"] == held_on(row, as_of), "held %s on %s" % (p["id"], as_of))
        check(p["source"] == row["source"], "citation of %s" % p["id"])
    check(record["citation"]["source"] == kz["source"], "KZ citation")
    check(record["event_count"] == len([e for e in data.preferred("events")
                                         if "KZ" in e["countries"].split(",")]), "KZ events")
    # the status on another date
    old = t.json("show", "KG", "--as-of", "2012", "-f", "json")
    parp = {p["role"]: p["held"] for p in old["participations"] if p["body"] == "parp"}
    check(parp.get("participant") is True and parp.get("on_hold") is False, repr(parp))
    new = t.json("show", "KG", "--as-of", "2016-03", "-f", "json")
    parp = {p["role"]: p["held"] for p in new["participations"] if p["body"] == "parp"}
    check(parp.get("participant") is False and parp.get("on_hold") is True, repr(parp))

    # the text: codes, names in every language, partnerships, citations
    text = t.run("show", "KZ").out
    for expected in ["Kazakhstan", "KAZ", kz["numeric"], "Partnerships", "Sources",
                     kz["source"]] + [n["text"] for n in names_of(data, "country:KZ")]:
        check(expected in text, "show KZ lacks %r" % expected)
    check(not any(c in text for c in BOX), "box drawn into a pipe")

    # bodies by id, acronym, name
    bodies = {b["id"]: b for b in data["bodies"]}
    for key, body_id in (("PfP", "pfp"), ("pfp", "pfp"), ("PARP", "parp"),
                         ("Partnership for Peace", "pfp")):
        record = t.json("show", key, "--format", "json")
        check(record["type"] == "body" and record["id"] == body_id, "show %s: %r" % (key, record))
    pfp = t.json("show", "PfP", "-f", "json")
    check(pfp["name"] == bodies["pfp"]["name"] and pfp["kind"] == bodies["pfp"]["kind"], "pfp")
    check(sorted(p["id"] for p in pfp["participations"]) ==
          sorted(p["id"] for p in data.preferred("participations") if p["body"] == "pfp"),
          "PfP participants")
    text = t.run("show", "PfP").out
    check("Partnership for Peace" in text and "Participants" in text, text)

    # every other type, by id
    for table, type_name in (("places", "place"), ("areas", "area"),
                             ("participations", "participation"), ("events", "event"),
                             ("sources", "source"), ("sections", "section")):
        row = data[table][0]
        record = t.json("show", "%s:%s" % (type_name, row["id"]), "-f", "json")
        check(record["type"] == type_name and record["id"] == row["id"], repr(record))
        record = t.json("show", "--type", type_name, row["id"], "-f", "json")
        check(record["id"] == row["id"], repr(record))
        t.run("show", row["id"], "--type", type_name)
    event = data.preferred("events")[0]
    record = t.json("show", event["id"], "-f", "json")
    check(record["countries"] == [c for c in event["countries"].split(",") if c], "event links")
    check(record["summary"] == event["summary"] and record["date"] == event["date"], "event")
    # a place by a former name
    former = next((n for n in data["names"] if n["owner"].startswith("place:")
                   and n["valid_to"]), None)
    if former is not None:
        record = t.json("show", former["text"], "-f", "json")
        check(record["type"] == "place" and record["id"] == former["owner"].split(":")[1],
              "former name %r" % former["text"])

    # several keys: an array
    both = t.json("show", "KZ", "PfP", "--format", "json")
    check([r["id"] for r in both] == ["KZ", "pfp"], repr(both))
    # CSV and TSV: the record's row of its table
    header, body = parse_csv(t.run("show", "KZ", "--format", "csv").out)
    check(header[0] == "id" and "alpha3" in header and len(body) == 1 and body[0][0] == "KZ",
          repr(body))
    header, body = parse_tsv(t.run("show", "PfP", "--format", "tsv").out)
    check(body[0][header.index("acronym")] == "PfP", repr(body))


def group_list(t, data):
    counts = data.counts()
    for kind in ("countries", "bodies", "places", "areas", "sources", "sections", "names"):
        rows = t.json("list", kind, "--format", "json")
        check(len(rows) == counts[kind], "list %s: %d rows, data has %d"
              % (kind, len(rows), counts[kind]))
        singular = {"countries": "country", "bodies": "body", "places": "place",
                    "areas": "area", "sources": "source", "sections": "section",
                    "names": "name"}[kind]
        check(len(t.json("list", singular, "-f", "json")) == counts[kind], "singular " + kind)
        text = t.run("list", kind).out
        check(len(text.splitlines()) == counts[kind] + 1, "list %s text lines" % kind)
    check(len(t.json("list", "-f", "json", "countries")) == counts["countries"], "option first")
    partners = t.json("list", "countries", "--partner", "-f", "json")
    check(sorted(c["id"] for c in partners) ==
          sorted(c["id"] for c in data["countries"] if c["partner"] == "yes"), "partners")
    programmes = t.json("list", "bodies", "--kind", "programme", "-f", "json")
    check(len(programmes) == len([b for b in data["bodies"] if b["kind"] == "programme"]),
          "programmes")
    two = t.json("list", "bodies", "--kind", "programme", "--kind", "operation", "-f", "json")
    check(len(two) == len([b for b in data["bodies"]
                           if b["kind"] in ("programme", "operation")]), "two kinds")
    children = t.json("list", "bodies", "--parent", "nato", "-f", "json")
    check(len(children) == len([b for b in data["bodies"] if b["parent"] == "nato"]),
          "children of nato")
    in_kz = t.json("list", "places", "--country", "Kazakhstan", "-f", "json")
    check(len(in_kz) == len([p for p in data["places"] if p["country"] == "KZ"]), "places in KZ")
    source = data["sections"][0]["source"]
    sections = t.json("list", "sections", "--source", source, "-f", "json")
    check(len(sections) == len([s for s in data["sections"] if s["source"] == source]),
          "sections of a source")
    names = t.json("list", "names", "--owner", "KZ", "--language", "ru", "-f", "json")
    check(len(names) == len([n for n in data["names"] if n["owner"] == "country:KZ"
                             and n["language"] == "ru"]), "Russian names of KZ")
    check(all(n["owner_type"] == "country" and n["owner"] == "KZ" for n in names), repr(names))
    # the queries through list
    check(len(t.json("list", "events", "-f", "json")) == len(data.preferred("events")),
          "list events")
    check(len(t.json("list", "participations", "--country", "KZ", "-f", "json")) ==
          len([p for p in data.preferred("participations") if p["country"] == "KZ"]),
          "list participations")
    # a filter that matches nothing: exit 1, an empty array
    result = t.run("list", "places", "--kind", "river", "--country", "US", "-f", "json",
                   expect=None)
    if result.code == 1:
        check(json.loads(result.out) == [] and "no places match" in result.err, repr(result))
    t.usage_error("list", "contries", mentions=["'contries' is not a kind", "did you mean "
                                                "countries?"])
    t.usage_error("list", "countries", "--parent", "nato",
                  mentions=["--parent does not apply to countries", "bodies"])
    t.usage_error("list", mentions=["which records?"])
    t.usage_error("list", "bodies", "--kind", "programmes",
                  mentions=["'programmes' is not a kind of body", "did you mean programme?"])
    t.not_found("list", "names", "--owner", "Narnia", mentions=["--owner 'Narnia'"])


def events_matching(data, countries=(), bodies=(), areas=(), kinds=(), start=None, end=None,
                    within=False, alternatives=False):
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
                if within and not (earliest >= lo and latest <= hi):
                    continue
                if not within and not (earliest <= hi and latest >= lo):
                    continue
            out.append(e["id"])
    return out


def ids(rows):
    return [r["id"] for r in rows]


def group_timeline(t, data):
    everything = t.json("timeline", "--format", "json")
    check(sorted(ids(everything)) == sorted(events_matching(data)), "all preferred events")
    positions = [e["position"] for e in everything]
    check(positions == sorted(positions), "oldest first")
    newest = t.json("timeline", "--newest-first", "-f", "json")
    check(ids(newest) == list(reversed(ids(everything))), "newest first")
    check(ids(t.json("timeline", "--order", "newest", "-f", "json")) == ids(newest), "--order")
    check(ids(t.json("timeline", "-r", "-f", "json")) == ids(newest), "-r")
    kz = t.json("timeline", "--country", "KZ", "-f", "json")
    check(sorted(ids(kz)) == sorted(events_matching(data, countries=["KZ"])), "--country KZ")
    for key in ("Kazakhstan", "kaz", "Қазақстан"):
        check(ids(t.json("timeline", "-c", key, "-f", "json")) == ids(kz), "--country " + key)
    either = t.json("timeline", "--country", "KZ,KG", "-f", "json")
    check(sorted(ids(either)) == sorted(events_matching(data, countries=["KZ", "KG"])),
          "KZ or KG")
    check(ids(t.json("timeline", "-c", "KZ", "-c", "KG", "-f", "json")) == ids(either),
          "repeated --country")
    areas = [a["id"] for a in data["areas"]]
    for area in areas:
        got = t.run("timeline", "--area", area, "-f", "json", expect=None)
        expected = events_matching(data, areas=[area])
        check(got.code == (0 if expected else 1), "--area %s exit %d" % (area, got.code))
        check(sorted(ids(json.loads(got.out))) == sorted(expected), "--area " + area)
    pfp = t.json("timeline", "--body", "PfP", "-f", "json")
    check(sorted(ids(pfp)) == sorted(events_matching(data, bodies=["pfp"])), "--body PfP")
    kinds = sorted({e["kind"] for e in data["events"]})
    for kind in kinds:
        got = t.json("timeline", "--kind", kind, "-f", "json")
        check(sorted(ids(got)) == sorted(events_matching(data, kinds=[kind])), "--kind " + kind)
    combined = t.json("timeline", "-c", "KZ", "--kind", "exercise", "--from", "2010", "-f",
                      "json")
    check(sorted(ids(combined)) == sorted(events_matching(data, countries=["KZ"],
                                                           kinds=["exercise"], start="2010")),
          "combined filters")
    for start, end in (("2013", "2013"), ("2013-06", "2013-08"), ("2001-09-11", None),
                       (None, "1994"), ("early 2014", "late 2014")):
        args = (["--from", start] if start else []) + (["--to", end] if end else [])
        for within in (False, True):
            got = t.run("timeline", *args, *(["--within"] if within else []), "-f", "json",
                        expect=None)
            expected = events_matching(data, start=start, end=end, within=within)
            check(got.code == (0 if expected else 1), "range exit code %r" % got)
            check(sorted(ids(json.loads(got.out))) == sorted(expected),
                  "range %s..%s within=%s" % (start, end, within))
    limited = t.json("timeline", "--limit", "3", "-f", "json")
    check(ids(limited) == ids(everything)[:3], "--limit")
    with_alternatives = t.json("timeline", "--alternatives", "-f", "json")
    check(len(with_alternatives) == len(data["events"]), "--alternatives")
    # text: one line per event plus the header, the date and summary of each
    text = t.run("timeline", "--country", "KZ").out.splitlines()
    check(len(text) == len(kz) + 1 and text[0].split()[0] == "date", "timeline text")
    check(kz[0]["summary"] in text[1], "summary on the line")
    # nothing matches: exit 1
    empty = t.not_found("timeline", "--from", "1800", "--to", "1801", "-f", "json",
                        mentions=["no events match"])
    check(json.loads(empty.out) == [], "empty JSON array")


def group_participations(t, data):
    everything = t.json("participations", "-f", "json")
    check(sorted(ids(everything)) == sorted(ids(data.preferred("participations"))), "all")
    check(len(t.json("participations", "--alternatives", "-f", "json")) ==
          len(data["participations"]), "--alternatives")
    for country in ("KZ", "KG", "TJ", "TM", "UZ"):
        got = t.json("participations", "--country", country, "-f", "json")
        check(sorted(ids(got)) == sorted(p["id"] for p in data.preferred("participations")
                                         if p["country"] == country), "--country " + country)
    # the status "as of" a date: Kyrgyzstan in PARP (docs/data-model.md)
    for date in ("2012", "2016-03", "2008-06-30", "1995"):
        got = t.run("participations", "--body", "PARP", "--as-of", date, "-f", "json",
                    expect=None)
        expected = [p["id"] for p in data.preferred("participations")
                    if p["body"] == "parp" and held_on(p, date)]
        check(sorted(ids(json.loads(got.out))) == sorted(expected), "PARP as of " + date)
        check(got.code == (0 if expected else 1), "exit code as of " + date)
    in_2012 = {(p["country"], p["role"]) for p in
               t.json("participations", "--body", "parp", "--as-of", "2012", "-f", "json")}
    check(("KG", "participant") in in_2012 and ("KG", "on_hold") not in in_2012, repr(in_2012))
    in_2016 = {(p["country"], p["role"]) for p in
               t.json("participations", "--body", "parp", "--as-of", "2016-03", "-f", "json")}
    check(("KG", "on_hold") in in_2016 and ("KG", "participant") not in in_2016, repr(in_2016))
    for role in sorted({p["role"] for p in data["participations"]}):
        got = t.json("participations", "--role", role, "-f", "json")
        check(sorted(ids(got)) == sorted(p["id"] for p in data.preferred("participations")
                                         if p["role"] == role), "--role " + role)
    check(len(t.json("participations", "--role", "on-hold", "-f", "json")) ==
          len([p for p in data.preferred("participations") if p["role"] == "on_hold"]),
          "on-hold spelling")
    text = t.run("participations", "--country", "KG", "--body", "PARP").out
    check(text.splitlines()[0].split()[:3] == ["country", "body", "role"], text)
    t.usage_error("participations", "--role", "observer",
                  mentions=["'observer' is not a role", "valid: member, participant"])
    t.usage_error("participations", "--area", "transit", mentions=["unknown option '--area'"])


def group_search(t, data):
    areas = {a["id"]: a for a in data["areas"]}
    results = t.json("search", "diplomacy", "-f", "json")
    check(any(r["type"] == "area" and r["id"] == "public-diplomacy" for r in results)
          if "public-diplomacy" in areas else results, repr(results))
    for r in results:
        check("diplomacy" in r["text"].lower(), "result without the word: %r" % r)
    cyrillic = t.json("search", "казах", "-f", "json")
    check(any(r["type"] == "country" and r["id"] == "KZ" for r in cyrillic), repr(cyrillic))
    upper = t.json("search", "КАЗАХ", "-f", "json")
    check(upper == cyrillic, "search ignores case in Cyrillic")
    both = t.json("search", "steppe", "eagle", "-f", "json")
    check(both and all("steppe" in json.dumps(r, ensure_ascii=False).lower() for r in both),
          repr(both))
    quoted = t.json("search", "steppe eagle", "-f", "json")
    check(quoted == both, "one argument with a space = two words")
    only_events = t.json("search", "Kazakhstan", "--type", "event", "-f", "json")
    check(only_events and all(r["type"] == "event" for r in only_events), repr(only_events))
    expected = [e["id"] for e in data["events"] if "kazakhstan" in e["summary"].lower()]
    check(sorted(ids(only_events)) == sorted(expected), "events mentioning Kazakhstan")
    check(len(t.json("search", "Kazakhstan", "-n", "2", "-f", "json")) == 2, "--limit")
    t.not_found("search", "zzyzx-no-such-word", mentions=["nothing matches"])
    t.usage_error("search", mentions=["what to search for?"])
    t.usage_error("search", "x", "--type", "events", mentions=["did you mean event?"])


def tabular_commands(data):
    return [["list", "countries"], ["list", "bodies"], ["list", "names"],
            ["timeline", "--country", "KZ"], ["participations", "--body", "PARP"],
            ["search", "Kazakhstan"], ["stats"]]


def group_formats(t, data):
    for command in tabular_commands(data):
        rows = t.json(*command, "--format", "json")
        check(isinstance(rows, list) and rows, "%s json" % command)
        header, body = parse_csv(t.run(*command, "--format", "csv").out)
        check(header == list(rows[0].keys()), "%s csv header %r" % (command, header))
        check(len(body) == len(rows), "%s csv rows" % command)
        for row, record in zip(body, rows):
            check(row == [as_text(v) for v in record.values()], "%s csv row %r" % (command, row))
        raw = t.run(*command, "--format", "csv").out
        check(raw.count("\r\n") >= len(rows) + 1, "%s: CSV lines end with CRLF" % command)
        header, body = parse_tsv(t.run(*command, "--format", "tsv").out)
        check(header == list(rows[0].keys()) and len(body) == len(rows), "%s tsv" % command)
        for row, record in zip(body, rows):
            check(row == [as_text(v) for v in record.values()], "%s tsv row %r" % (command, row))
        plain = t.run(*command, "--format", "plain").out
        check(not any(c in plain for c in BOX), "plain has no box")
        check(t.run(*command).out == plain, "%s: a pipe gets plain text" % command)
        table = t.run(*command, "--format", "table").out
        check(table.startswith("┌") and table.rstrip().endswith("┘"), "table draws a box")
        widths = {len(line) for line in table.splitlines()}
        check(len(widths) == 1, "%s: box lines differ in width" % command)
    # a terminal gets the box, wrapped to its width
    code, screen = run_in_terminal(t.binary, ["timeline", "--country", "KZ"], columns=90)
    check(code == 0 and screen.startswith("┌"), "terminal output: %r" % screen[:200])
    check(max(len(line) for line in screen.splitlines()) <= 90, "wrapped to the terminal")
    code, screen = run_in_terminal(t.binary, ["show", "KZ"], columns=100)
    check(code == 0 and "┌" in screen and "Kazakhstan" in screen, "show on a terminal")
    # --columns chooses and orders columns in every format
    rows = t.json("list", "countries", "--columns", "name,id", "-f", "json")
    check(list(rows[0].keys()) == ["name", "id"], repr(rows[0]))
    header, _ = parse_csv(t.run("list", "countries", "--columns", "alpha3", "-f", "csv").out)
    check(header == ["alpha3"], repr(header))
    plain = t.run("timeline", "-c", "KZ", "--columns", "id,date").out.splitlines()
    check(plain[0].split() == ["id", "date"], plain[0])
    t.usage_error("list", "countries", "--columns", "nmae",
                  mentions=["'nmae' is not a column of countries", "did you mean name?"])
    # --output writes a file instead of stdout
    path = os.path.join(t.work, "out.json")
    result = t.run("list", "areas", "-f", "json", "-o", path)
    check(result.out == "", "--output also wrote to stdout")
    with open(path, encoding="utf-8") as file:
        check(len(json.load(file)) == len(data["areas"]), "--output content")
    # options before the command apply too
    check(len(t.json("-f", "json", "list", "areas")) == len(data["areas"]), "global --format")
    # UTF-8 passes through JSON unescaped, and parses back
    record = t.run("show", "TJ", "-f", "json").out
    check("Тоҷикистон" in record, "UTF-8 written as is")


def group_errors(t, data):
    t.usage_error("shwo", "KZ", mentions=["unknown command 'shwo'", "did you mean show?"])
    t.usage_error("timeline", "--contry", "KZ",
                  mentions=["unknown option '--contry'", "did you mean --country?"])
    t.usage_error("timeline", "--country", mentions=["--country needs a value"])
    t.usage_error("timeline", "--within=yes", mentions=["--within takes no value"])
    t.usage_error("timeline", "-x", mentions=["unknown option '-x'"])
    t.usage_error("timeline", "KZ", mentions=["unexpected argument 'KZ'", "--country KZ"])
    t.usage_error("--bogus", "show", "KZ", mentions=["unknown option '--bogus'"])
    # bad dates: the argument, why, and what is valid
    t.usage_error("timeline", "--from", "2014-13",
                  mentions=["--from '2014-13' is not a valid date", "no month 13",
                            "YYYY-MM-DD"])
    t.usage_error("timeline", "--to", "2014-02-30", mentions=["2014-02 has 28 days"])
    t.usage_error("timeline", "--from", "erly 2014",
                  mentions=["'erly' is not a qualifier", "did you mean early?"])
    t.usage_error("timeline", "--from", "2014/06", mentions=["'2014/06' is not a valid date"])
    t.usage_error("participations", "--as-of", "yesterday", mentions=["not a valid date"])
    t.usage_error("timeline", "--from", "2016", "--to", "2014",
                  mentions=["--from 2016 is after --to 2014"])
    t.usage_error("show", "KZ", "--as-of", "2014-13", mentions=["--as-of '2014-13'"])
    # unknown keys: exit 1, a close key suggested
    t.not_found("show", "KX", mentions=["'KX'", "did you mean", "KZ"])
    t.not_found("show", "Kazakstan", mentions=["did you mean Kazakhstan"])
    t.not_found("show", "PARQ", mentions=["did you mean PARP"])
    t.not_found("show", "no-such-record-at-all", mentions=["no record has this key"])
    result = t.not_found("timeline", "--country", "Kyrgystan",
                         mentions=["--country 'Kyrgystan'", "no country", "did you mean "
                                   "Kyrgyzstan"])
    check(result.out == "", "output despite a bad filter")
    t.not_found("timeline", "--body", "PfX", mentions=["--body 'PfX'", "did you mean PfP"])
    t.not_found("timeline", "--area", "diplomacy", mentions=["--area 'diplomacy'"])
    t.not_found("show", "--type", "body", "KZ", mentions=["no body has this key"])
    partial = t.run("show", "KZ", "XX-nothing", "-f", "json", expect=1)
    check(json.loads(partial.out)["id"] == "KZ", "the keys found are still shown")
    # malformed keys and arguments
    t.usage_error("show", "", mentions=["the key is empty"])
    t.usage_error("show", "x" * 300, mentions=["longer than 255 bytes"])
    t.usage_error("show", "--type", "planet", "KZ", mentions=["'planet' is not a type",
                                                              "valid: country"])
    t.usage_error("show", mentions=["which record?"])
    invalid = t.run(binary_args=["show", b"K\xffZ"], expect=2)
    check("argument 2" in invalid.err and "not valid UTF-8" in invalid.err and
          "\\xff" in invalid.err, repr(invalid))
    t.run(binary_args=["timeline", "--country", b"\xd0"], expect=2)
    t.usage_error("timeline", "--kind", "sumit",
                  mentions=["'sumit' is not a kind of event", "did you mean summit?",
                            "valid: establishment"])
    t.usage_error("timeline", "--limit", "0", mentions=["not a positive whole number"])
    t.usage_error("timeline", "--limit", "ten", mentions=["'ten'"])
    t.usage_error("timeline", "--order", "sideways", mentions=["oldest or newest"])
    # formats a command does not have
    t.usage_error("show", "KZ", "--format", "svg",
                  mentions=["--format 'svg' is not available here", "valid:"])
    t.usage_error("timeline", "--format", "jsno", mentions=["did you mean json?"])
    t.usage_error("list", "areas", "--format", "sql", mentions=["not available here"])
    # export
    t.usage_error("export", mentions=["which format?"])
    t.usage_error("export", "--format", "csv", mentions=["--output DIR"])
    t.usage_error("export", "--format", "json", "--table", "event", mentions=["did you mean "
                                                                               "events?"])
    t.usage_error("export", "--format", "json", "--prefix", "x",
                  mentions=["apply to --format sql only"])
    t.usage_error("export", "--format", "sql", "--prefix", "1bad", mentions=["--prefix"])
    # output that cannot be written: exit 3
    result = t.run("list", "areas", "-o", "/nonexistent-dir/x.txt", expect=3)
    check("cannot write" in result.err, repr(result))
    if os.path.exists("/dev/full"):
        result = t.run("export", "--format", "json", "-o", "/dev/full", expect=3)
        check("could not write" in result.err, repr(result))


def group_export_json(t, data, source_dir):
    doc = t.json("export", "--format", "json")
    check(doc["format"] == "capartner-export" and doc["format_version"] == 1, "header")
    check(doc["library_version"] == header_version(source_dir), "library_version")
    for table, count in data.counts().items():
        check(len(doc["tables"][table]) == count, "export %s: %d rows, data has %d"
              % (table, len(doc["tables"][table]), count))
    with open(os.path.join(source_dir, "docs", "capartner.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    validate(doc, schema, schema)
    # the values are the data's: every id, and each column of a few tables
    for table in ("sources", "sections", "countries", "places", "bodies", "areas",
                  "participations", "events"):
        check(sorted(ids(doc["tables"][table])) == sorted(r["id"] for r in data[table]),
              "ids of " + table)
    events = {e["id"]: e for e in doc["tables"]["events"]}
    for row in data["events"]:
        e = events[row["id"]]
        for column in ("date", "kind", "summary", "source"):
            check(as_text(e[column]) == row[column], "events.%s of %s" % (column, row["id"]))
        earliest, latest = bounds(row["date"])
        iso = lambda d: None if d in (0, 99991231) else "%04d-%02d-%02d" % (
            d // 10000, d // 100 % 100, d % 100)
        check(e["date_earliest"] == iso(earliest) and e["date_latest"] == iso(latest),
              "bounds of %s" % row["id"])
    positions = sorted(doc["tables"]["events"], key=lambda e: e["position"])
    check([e["position"] for e in positions] == list(range(len(positions))), "positions")
    names = sorted((n["owner_type"] + ":" + n["owner"], n["language"], n["kind"], n["text"])
                   for n in doc["tables"]["names"])
    check(names == sorted((n["owner"], n["language"], n["kind"], n["text"])
                          for n in data.names()), "names")
    links = sorted((l["event"], l["country"]) for l in doc["tables"]["event_countries"])
    check(links == sorted((e["id"], c) for e in data["events"]
                          for c in e["countries"].split(",") if c), "event_countries")
    # one table, and the same through --output
    only = t.json("export", "-f", "json", "--table", "areas")
    check(list(only["tables"]) == ["areas"], "--table")
    path = os.path.join(t.work, "export.json")
    t.run("export", "-f", "json", "-o", path)
    with open(path, encoding="utf-8") as file:
        check(json.load(file) == doc, "--output")


def group_export_csv(t, data, tsv=False):
    ext = "tsv" if tsv else "csv"
    directory = os.path.join(t.work, "export-" + ext)
    shutil.rmtree(directory, ignore_errors=True)
    result = t.run("export", "--format", ext, "--output", directory)
    check(result.out == "", "files only")
    doc = t.json("export", "--format", "json")
    files = sorted(os.listdir(directory))
    check(files == sorted(table + "." + ext for table in doc["tables"]), repr(files))
    schema = json.loads(t.run("export", "--format", "schema").out)
    for table, rows in doc["tables"].items():
        with open(os.path.join(directory, table + "." + ext), encoding="utf-8",
                  newline="") as file:
            text = file.read()
        header, body = parse_tsv(text) if tsv else parse_csv(text)
        columns = list(schema["$defs"][table]["properties"])
        check(header == columns, "%s.%s header %r" % (table, ext, header))
        check(len(body) == len(rows) == data.counts()[table], "%s.%s rows" % (table, ext))
        for line, record in zip(body, rows):
            check(line == [as_text(record[c]) for c in columns], "%s row %r" % (table, line))
    # one table to standard output
    header, body = (parse_tsv if tsv else parse_csv)(
        t.run("export", "-f", ext, "--table", "countries").out)
    check(len(body) == len(data["countries"]) and header[0] == "id", "--table to stdout")


def sqlite(t, database, sql, stdin=None):
    process = subprocess.run([t.sqlite3, "-bail", database] + ([sql] if sql else []),
                             input=stdin, capture_output=True, timeout=60)
    check(process.returncode == 0, "sqlite3 failed: %s" % process.stderr.decode())
    return process.stdout.decode("utf-8")


def group_export_sql(t, data):
    check(t.sqlite3 and os.path.exists(t.sqlite3),
          "sqlite3 is needed for this test (tools/install-deps installs it)")
    database = os.path.join(t.work, "capartner.db")
    for path in (database,):
        if os.path.exists(path):
            os.remove(path)
    # exactly what a user types: capartner export --format sql | sqlite3 x.db
    pipeline = subprocess.run("'%s' export --format sql | '%s' -bail '%s'"
                              % (t.binary, t.sqlite3, database), shell=True,
                              capture_output=True, timeout=60)
    check(pipeline.returncode == 0, "pipeline failed: %s" % pipeline.stderr.decode())
    for table, count in data.counts().items():
        got = int(sqlite(t, database, 'SELECT count(*) FROM "%s";' % table))
        check(got == count, "sqlite %s: %d rows, data has %d" % (table, got, count))
    check(sqlite(t, database, "PRAGMA foreign_key_check;") == "", "foreign keys hold")
    kz = sqlite(t, database, "SELECT count(*) FROM events e JOIN event_countries c "
                             "ON c.event = e.id WHERE c.country = 'KZ' AND "
                             "e.alternative_of IS NULL;")
    check(int(kz) == len(events_matching(data, countries=["KZ"])), "a join")
    # text survives: every summary, quotes and all
    summaries = sqlite(t, database, "SELECT summary FROM events ORDER BY position;")
    doc = t.json("export", "--format", "json")
    expected = [e["summary"] for e in sorted(doc["tables"]["events"], key=lambda e: e["position"])]
    check(summaries.splitlines() == expected, "summaries round-trip")
    nulls = int(sqlite(t, database, "SELECT count(*) FROM countries WHERE cow_code IS NULL;"))
    check(nulls == len([c for c in data["countries"] if c["cow_code"] == ""]), "NULLs")
    # with the foreign keys enforced, and loaded again with --drop and a prefix
    sql = t.run("export", "--format", "sql").out
    sqlite(t, database + "-fk", None, stdin=("PRAGMA foreign_keys=ON;\n" + sql).encode())
    again = t.run("export", "-f", "sql", "--drop", "--prefix", "cap_").out
    sqlite(t, database, None, stdin=again.encode())
    sqlite(t, database, None, stdin=again.encode())
    got = int(sqlite(t, database, "SELECT count(*) FROM cap_events;"))
    check(got == len(data["events"]), "--prefix")
    check(sql.count("BEGIN;") == 1 and sql.rstrip().endswith("COMMIT;"), "one transaction")
    os.remove(database + "-fk")


def group_schema(t, source_dir):
    generated = t.run("export", "--format", "schema").out
    path = os.path.join(source_dir, "docs", "capartner.schema.json")
    with open(path, encoding="utf-8") as file:
        committed = file.read()
    check(generated == committed, "docs/capartner.schema.json is not the output of "
                                  "'capartner export --format schema'; regenerate it")
    schema = json.loads(generated)
    check(schema["$schema"].startswith("https://json-schema.org/"), "draft")
    doc_path = os.path.join(source_dir, "docs", "json-schema.md")
    with open(doc_path, encoding="utf-8") as file:
        doc = file.read()
    for table, definition in schema["$defs"].items():
        check("### " + table in doc, "docs/json-schema.md lacks table %s" % table)
        for column in definition["properties"]:
            check("`%s`" % column in doc, "docs/json-schema.md lacks %s.%s" % (table, column))


def svg_lanes(text):
    root = ET.fromstring(text)
    check(root.tag == SVG_NS + "svg", "root is not <svg>")
    check(re.fullmatch(r"0 0 \d+ \d+", root.get("viewBox", "")), "viewBox")
    lanes = [g.get("data-country") for g in root.iter(SVG_NS + "g") if g.get("class") == "lane"]
    return root, lanes


def group_svg(t, data):
    text = t.run("timeline", "--format", "svg").out
    root, lanes = svg_lanes(text)
    version = t.json("version", "-f", "json")
    title = root.find(SVG_NS + "title").text
    check(version["data_as_of"] in title, "the title names the data version: %r" % title)
    expected = {c for e in data.preferred("events") for c in e["countries"].split(",") if c}
    check(len(lanes) == len(set(lanes)), "one lane per country, no repeats: %r" % lanes)
    check(set(lanes) == expected, "lanes %r, countries of the events %r"
          % (sorted(lanes), sorted(expected)))
    marks = [g for g in root.iter(SVG_NS + "g") if g.get("class") == "event"]
    check(len({m.get("data-event") for m in marks}) == len(data.preferred("events")),
          "every event drawn")
    texts = "".join(root.itertext())
    check("Areas of cooperation" in texts, "legend")
    used = {a for e in data.preferred("events") for a in e["areas"].split(",") if a}
    for area in data["areas"]:
        if area["id"] in used:
            check(area["name"] in texts, "legend lacks area %s" % area["name"])
    # every bar is a participation of its lane's country
    participations = {p["id"]: p for p in data["participations"]}
    for lane in root.iter(SVG_NS + "g"):
        if lane.get("class") != "lane":
            continue
        for bar in lane.iter(SVG_NS + "g"):
            if bar.get("class") == "participation":
                p = participations[bar.get("data-participation")]
                check(p["country"] == lane.get("data-country"), "bar in the wrong lane")
    # filtered: one lane per selected country
    _, lanes = svg_lanes(t.run("timeline", "--country", "KZ", "--format", "svg").out)
    check(lanes == ["KZ"], "--country KZ lanes %r" % lanes)
    _, lanes = svg_lanes(t.run("timeline", "-c", "KZ,KG", "--from", "2000", "-f", "svg").out)
    check(sorted(lanes) == ["KG", "KZ"], "two lanes %r" % lanes)
    path = os.path.join(t.work, "t.svg")
    t.run("timeline", "--format", "svg", "-o", path)
    with open(path, encoding="utf-8") as file:
        check(file.read() == text, "--output")
    xmllint = shutil.which("xmllint")
    if xmllint:
        check(subprocess.run([xmllint, "--noout", path]).returncode == 0, "xmllint")


def options_in_help(t):
    """Every option of every command, from its --help."""
    options = set()
    for command in COMMANDS:
        for match in re.finditer(r"(?m)^\s+(?:-\w, )?(--[a-z-]+)", t.run(command, "--help").out):
            options.add((command, match.group(1)))
    return options


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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--sqlite3", default="")
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("group")
    options = parser.parse_args()
    t = Runner(options.binary)
    t.sqlite3 = options.sqlite3 if options.sqlite3 and "NOTFOUND" not in options.sqlite3 else ""
    t.work = os.path.join(options.work_dir, options.group)
    shutil.rmtree(t.work, ignore_errors=True)
    os.makedirs(t.work)
    data = Data(options.data_dir)
    groups = {
        "help": lambda: group_help(t),
        "version": lambda: group_version(t, data, options.source_dir),
        "stats": lambda: group_stats(t, data),
        "show": lambda: group_show(t, data),
        "list": lambda: group_list(t, data),
        "timeline": lambda: group_timeline(t, data),
        "participations": lambda: group_participations(t, data),
        "search": lambda: group_search(t, data),
        "formats": lambda: group_formats(t, data),
        "errors": lambda: group_errors(t, data),
        "export-json": lambda: group_export_json(t, data, options.source_dir),
        "export-csv": lambda: group_export_csv(t, data),
        "export-tsv": lambda: group_export_csv(t, data, tsv=True),
        "export-sql": lambda: group_export_sql(t, data),
        "schema": lambda: group_schema(t, options.source_dir),
        "svg": lambda: group_svg(t, data),
        "manpage": lambda: group_manpage(t, options.source_dir),
    }
    if options.group not in groups:
        print("unknown group %s; groups: %s" % (options.group, " ".join(groups)))
        return 2
    try:
        groups[options.group]()
    except Failure as failure:
        print("FAIL %s: %s" % (options.group, failure))
        return 1
    print("ok %s (%d runs of capartner)" % (options.group, t.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
