#!/usr/bin/env python3
"""capartner participations: filters and the status as of a date.

Groups (one CTest test each, tests/cli/CMakeLists.txt): participations.
"""

import json
import sys

from cli_support import check, held_on, ids, main


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


GROUPS = {
    "participations": lambda t, data, source_dir: group_participations(t, data),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
