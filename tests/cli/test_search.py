#!/usr/bin/env python3
"""capartner search: words in names, summaries and notes.

Groups (one CTest test each, tests/cli/CMakeLists.txt): search.
"""

import json
import sys

from cli_support import check, ids, main


def group_search(t, data):
    areas = {a["id"]: a for a in data["areas"]}
    results = t.json("search", "diplomacy", "-f", "json")
    check(any(r["type"] == "area" and r["id"] == "public-diplomacy" for r in results)
          if "public-diplomacy" in areas else results, repr(results))
    for r in results:
        check("diplomacy" in r["text"].lower(), "result without the word: %r" % r)
    cyrillic = t.json("search", "казах", "-f", "json")
    check(any(r["type"] == "country" and r["id"] == "KZ" for r in cyrillic), repr(cyrillic))
    # a name's field says its language, as the library gives it
    kz = [r for r in cyrillic if r["type"] == "country" and r["id"] == "KZ"]
    check(kz and kz[0]["field"] == "name (ru)" and kz[0]["text"] == "Казахстан", repr(kz))
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


GROUPS = {
    "search": lambda t, data, source_dir: group_search(t, data),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
