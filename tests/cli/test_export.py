#!/usr/bin/env python3
"""capartner export: JSON (against the JSON Schema), CSV, TSV, SQL (loaded into
SQLite), and the schema itself.

Groups (one CTest test each, tests/cli/CMakeLists.txt): export-json, export-csv,
export-tsv, export-sql, schema.
"""

import json
import os
import re
import shutil
import subprocess
import sys

from cli_support import (as_text, bounds, check, events_matching, header_version, ids, parse_csv,
                         parse_tsv, main)


def validate(instance, schema, root, path="$"):
    """A small JSON Schema validator: the keywords docs/capartner.schema.json uses."""
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
    # each relation's status is the library's on the data's date (as the
    # participations command gives it) and lies where its spans put that day
    listed = {p["id"]: p for p in t.json("participations", "--alternatives", "-f", "json")}
    as_of = doc["data_as_of"]
    for p in doc["tables"]["participations"]:
        check(p["status"] == listed[p["id"]]["status"], "status of " + p["id"])
        certain = p["certain_first"] is not None and p["certain_first"] <= as_of <= p["certain_last"]
        possible = (p["possible_first"] or "0000") <= as_of <= (p["possible_last"] or "9999")
        check(p["status"] == ("held" if certain else "unknown" if possible else "not_held"),
              "status of %s against its spans" % p["id"])
        check((p["certain_first"] is None) == (p["certain_last"] is None), "certain " + p["id"])
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


GROUPS = {
    "export-json": lambda t, data, source_dir: group_export_json(t, data, source_dir),
    "export-csv": lambda t, data, source_dir: group_export_csv(t, data),
    "export-tsv": lambda t, data, source_dir: group_export_csv(t, data, tsv=True),
    "export-sql": lambda t, data, source_dir: group_export_sql(t, data),
    "schema": lambda t, data, source_dir: group_schema(t, source_dir),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
