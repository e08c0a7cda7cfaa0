#!/usr/bin/env python3
"""capartner show: one record by any key, of every type.

Groups (one CTest test each, tests/cli/CMakeLists.txt): show.
"""

import re
import sys

from cli_support import BOX, check, parse_csv, parse_tsv, main, status_on


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

    # codes and COW codes cite reference sources, not the primary page
    text = t.run("show", "TJ").out
    check("codes from     Reference data for the Central Asian partners" in text
          and "COW code       702 TAJ (COW states list (2016 version))" in text, text)
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
        check(p["status"] == status_on(data, row, as_of), "status %s on %s" % (p["id"], as_of))
        check(p["source"] == row["source"], "citation of %s" % p["id"])
    check(record["citation"]["source"] == kz["source"], "KZ citation")
    check(record["event_count"] == len([e for e in data.preferred("events")
                                         if "KZ" in e["countries"].split(",")]), "KZ events")
    # the status on another date
    old = t.json("show", "KG", "--as-of", "2012", "-f", "json")
    parp = {p["role"]: p["status"] for p in old["participations"] if p["body"] == "parp"}
    check(parp == {"participant": "unknown", "on_hold": "unknown"}, repr(parp))
    hold = t.json("show", "KG", "--as-of", "2013-06", "-f", "json")
    parp = {p["role"]: p["status"] for p in hold["participations"] if p["body"] == "parp"}
    check(parp == {"participant": "not_held", "on_hold": "held"}, repr(parp))
    # in words: held, ended, unknown since the day after the last evidence
    text = t.run("show", "KG", "--as-of", "2016-03").out
    check(re.search(r"on_hold .*unknown since 2014-05-01", text), "unknown since: " + text)
    check(re.search(r"participant +2007 +before 2013 .*ended", text), "ended: " + text)
    text = t.run("show", "kg-parp-on-hold", "--as-of", "2013-06").out
    check(re.search(r"status +held on 2013-06", text), "held: " + text)
    isaf = t.json("show", "kz-isaf-supporter", "--as-of", "2020", "-f", "json")
    check(isaf["status"] == "not_held", "ISAF support in 2020: %r" % isaf["status"])

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


GROUPS = {
    "show": lambda t, data, source_dir: group_show(t, data),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
