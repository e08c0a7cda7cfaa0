#!/usr/bin/env python3
"""capartner timeline: the filters and orders, and the SVG picture.

Groups (one CTest test each, tests/cli/CMakeLists.txt): timeline, svg.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from cli_support import SVG_NS, check, events_matching, ids, main


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
    # the Berlin meeting of foreign ministers is no summit; visits are visits
    ministerial = ids(t.json("timeline", "--kind", "ministerial", "-f", "json"))
    check(ministerial == ["2011-04-berlin-partnership-policy-endorsed"], repr(ministerial))
    summits = ids(t.json("timeline", "--kind", "summit", "--alternatives", "-f", "json"))
    check("2011-04-berlin-partnership-policy-endorsed" not in summits, repr(summits))
    visits = ids(t.json("timeline", "--kind", "visit", "--country", "TJ", "-f", "json"))
    check("2013-04-10-rahmon-at-nato-hq" in visits, repr(visits))
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
        for possibly in (False, True):
            got = t.run("timeline", *args, *(["--possibly"] if possibly else []), "-f", "json",
                        expect=None)
            expected = events_matching(data, start=start, end=end, possibly=possibly)
            check(got.code == (0 if expected else 1), "range exit code %r" % got)
            rows = json.loads(got.out)
            check(sorted(ids(rows)) == sorted(expected),
                  "range %s..%s possibly=%s" % (start, end, possibly))
            # in possibly mode each event is marked
            certain = events_matching(data, start=start, end=end)
            for row in rows:
                check(("certain" in row) == possibly, "certain column: %r" % row)
                check(not possibly or row["certain"] == (row["id"] in certain),
                      "%s marked %r" % (row["id"], row.get("certain")))
    # the two: Uzbekistan in 2013 does not end with "after 2001-09-11";
    # Kazakhstan from 2030 has no event
    uz = t.json("timeline", "--country", "UZ", "--from", "2013", "--to", "2013", "-f", "json")
    check(uz and all(e["date"].startswith("2013") for e in uz), "UZ 2013: %r" % ids(uz))
    t.not_found("timeline", "--country", "KZ", "--from", "2030", mentions=["--possibly"])
    maybe = t.json("timeline", "--country", "KZ", "--from", "2030", "--possibly", "-f", "json")
    check(maybe and not any(e["certain"] for e in maybe), "KZ from 2030: %r" % maybe)
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


GROUPS = {
    "timeline": lambda t, data, source_dir: group_timeline(t, data),
    "svg": lambda t, data, source_dir: group_svg(t, data),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
