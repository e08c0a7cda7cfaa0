#!/usr/bin/env python3
"""capartner list: the records of each kind, with filters.

Groups (one CTest test each, tests/cli/CMakeLists.txt): list.
"""

import json
import sys

from cli_support import check, main


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


GROUPS = {
    "list": lambda t, data, source_dir: group_list(t, data),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
