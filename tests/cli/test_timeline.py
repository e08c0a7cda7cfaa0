#!/usr/bin/env python3
"""capartner timeline: the filters and orders, and the SVG picture.

Groups (one CTest test each, tests/cli/CMakeLists.txt): timeline, svg, svg-labels.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
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


# the layout's estimate of a text's advance: 5.9 px a character at 10.5 px
# (tools/cli/svg.c, CHAR_WIDTH), in proportion to the font size
CHAR_WIDTH = 5.9


def columns(text):
    """text_width() of tools/cli/text.c: a column a code point, none for
    combining marks and controls, two for wide East Asian characters."""
    width = 0
    for c in text:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Cc", "Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return width


def text_boxes(root):
    """Every text's box as the layout estimates it: its font size and anchor
    from the picture's own style sheet, its width from its characters."""
    style = "".join(e.text or "" for e in root.iter(SVG_NS + "style"))
    sizes, anchors = {}, {}
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", style):
        for name in re.findall(r"\.([\w-]+)", selector):
            size = re.search(r"font-size:\s*([\d.]+)px", body)
            anchor = re.search(r"text-anchor:\s*(\w+)", body)
            if size:
                sizes[name] = float(size.group(1))
            if anchor:
                anchors[name] = anchor.group(1)
    boxes = []
    for element in root.iter(SVG_NS + "text"):
        css = element.get("class")
        check(css in sizes, "a text of class %r, whose size the style sheet does not set" % css)
        size, text = sizes[css], "".join(element.itertext())
        width = CHAR_WIDTH * size / 10.5 * columns(text)
        x, y = float(element.get("x")), float(element.get("y"))
        anchor = element.get("text-anchor") or anchors.get(css, "start")
        left = x - width if anchor == "end" else x - width / 2 if anchor == "middle" else x
        boxes.append((left, y - 0.8 * size, left + width, y + 0.2 * size, text, element))
    return boxes


def check_labels(text, data, what):
    """No two texts overlap and all lie within the picture; every mark has
    a number, and that line of the list of events gives its date and summary."""
    root = ET.fromstring(text)
    width = float(root.get("width"))
    boxes = sorted(text_boxes(root), key=lambda b: b[1])
    for i, a in enumerate(boxes):
        check(a[0] >= 0 and a[2] <= width, "%s: %r runs out of the picture (%.0f..%.0f of %.0f)"
              % (what, a[4], a[0], a[2], width))
        for b in boxes[i + 1:]:
            if b[1] >= a[3]:
                break
            overlap = min(a[2], b[2]) - max(a[0], b[0])
            check(overlap <= 0.5, "%s: %r and %r overlap (%.1f px)" % (what, a[4], b[4], overlap))
    events = {e["id"]: e for e in data["events"]}
    listed = {}
    for item in root.iter(SVG_NS + "g"):
        if item.get("class") == "event-item":
            number = "".join(t.text for t in item if t.get("class") == "event-number")
            listed[number] = (item.get("data-event"),
                              " ".join("".join(t.itertext()) for t in item
                                       if t.get("class") == "event-key"))
    marks = [g for g in root.iter(SVG_NS + "g") if g.get("class") == "event"]
    check(marks, "%s: no marks" % what)
    for mark in marks:
        labels = [t.text for t in mark.iter(SVG_NS + "text") if t.get("class") == "mark-label"]
        check(len(labels) == 1 and labels[0] in listed,
              "%s: the mark of %s has no number of the list: %r" % (what, mark.get("data-event"), labels))
        event_id, line = listed[labels[0]]
        event = events[mark.get("data-event")]
        check(event_id == event["id"] and line == event["date"] + " — " + event["summary"],
              "%s: mark %s is numbered %s, whose line is %r" % (what, event["id"], labels[0], line))
    check(sorted(listed, key=int) == [str(n) for n in range(1, len(listed) + 1)],
          "%s: the list is not numbered from 1" % what)
    # a bar's label lies wholly inside its bar or beside it, never over a
    # bar's edge nor over another bar of its row
    extent = {b[5]: (b[0], b[2]) for b in boxes}
    for lane in root.iter(SVG_NS + "g"):
        if lane.get("class") != "lane":
            continue
        bars = []
        for bar in lane.iter(SVG_NS + "g"):
            if bar.get("class") != "participation":
                continue
            rect = next(r for r in bar.iter(SVG_NS + "rect") if "possible" in r.get("class"))
            x, y = float(rect.get("x")), float(rect.get("y"))
            label = extent[next(bar.iter(SVG_NS + "text"))]
            bars.append((y, x, x + float(rect.get("width")), label, bar.get("data-participation")))
        for y, x0, x1, (left, right), name in bars:
            inside = x0 <= left and right <= x1
            check(inside or right <= x0 or left >= x1,
                  "%s: the label of %s (%.0f..%.0f) crosses its bar's edge (%.0f..%.0f)"
                  % (what, name, left, right, x0, x1))
            for other_y, o0, o1, _, other in bars:
                if other != name and other_y == y:
                    check(right <= o0 or left >= o1, "%s: the label of %s lies over the bar of %s"
                          % (what, name, other))
    return len(boxes), len(marks)


def group_svg_labels(t, data):
    for arguments in ([], ["--country", "KZ"], ["-c", "KZ,KG", "--from", "2000"],
                      ["--from", "2014", "--to", "2014"], ["--body", "PARP"],
                      ["--country", "TM", "--from", "2013", "--to", "2015"]):
        what = "timeline %s" % " ".join(arguments)
        texts, marks = check_labels(t.run("timeline", *arguments, "--format", "svg").out, data, what)
        print("%s: %d texts, %d marks, none overlapping" % (what, texts, marks))


GROUPS = {
    "timeline": lambda t, data, source_dir: group_timeline(t, data),
    "svg": lambda t, data, source_dir: group_svg(t, data),
    "svg-labels": lambda t, data, source_dir: group_svg_labels(t, data),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
