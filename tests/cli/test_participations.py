#!/usr/bin/env python3
"""capartner participations: filters and the status as of a date.

Groups (one CTest test each, tests/cli/CMakeLists.txt): participations.
"""

import json
import sys

from cli_support import check, data_as_of, ids, main, status_on


def group_participations(t, data):
    everything = t.json("participations", "-f", "json")
    check(sorted(ids(everything)) == sorted(ids(data.preferred("participations"))), "all")
    check(len(t.json("participations", "--alternatives", "-f", "json")) ==
          len(data["participations"]), "--alternatives")
    for country in ("KZ", "KG", "TJ", "TM", "UZ"):
        got = t.json("participations", "--country", country, "-f", "json")
        check(sorted(ids(got)) == sorted(p["id"] for p in data.preferred("participations")
                                         if p["country"] == country), "--country " + country)
    # the status "as of" a date (docs/data-model.md), certainly and possibly,
    # for every body and a few dates
    for body in sorted({p["body"] for p in data["participations"]}):
        for date in ("1991-12-25", "1995", "2008-06-30", "2010", "2012", "early 2014",
                     "2016-03", "2020"):
            for possibly in (False, True):
                got = t.run("participations", "--body", body, "--as-of", date, "-f", "json",
                            *(["--possibly"] if possibly else []), expect=None)
                wanted = ("held", "unknown") if possibly else ("held",)
                expected = {p["id"]: status_on(data, p, date)
                            for p in data.preferred("participations")
                            if p["body"] == body and status_on(data, p, date) in wanted}
                rows = json.loads(got.out)
                check({r["id"]: r["status"] for r in rows} == expected,
                      "%s as of %s possibly=%s: %r" % (body, date, possibly, rows))
                check(got.code == (0 if expected else 1), "exit code as of " + date)
    # the wrong answers, through the command
    check(t.run("participations", "--body", "ISAF", "--as-of", "2020", expect=None).code == 1,
          "ISAF supporters in 2020")
    tj = {p["body"]: p["status"] for p in
          t.json("participations", "--country", "TJ", "--as-of", "2010", "--possibly", "-f",
                 "json")}
    check(tj.get("eapc") == "held" and tj.get("pfp") == "held" and tj.get("papt") == "unknown"
          and tj.get("sps") == "unknown" and tj.get("ottawa-convention") == "unknown", repr(tj))
    check(t.run("participations", "--body", "NACC", "--as-of", "1991-12-25", "--possibly",
                expect=None).code == 1, "NACC in December 1991")
    late = {p["id"]: p["status"] for p in
            t.json("participations", "--as-of", "2022-09", "--possibly", "-f", "json")}
    check("uz-nlo-host" not in late and late.get("tr-tf-kyrgyzstan-lead") == "unknown",
          "as of 2022-09: %r" % late)
    in_2013 = {(p["country"], p["role"]) for p in
               t.json("participations", "--body", "parp", "--as-of", "2013-06", "-f", "json")}
    check(("KG", "on_hold") in in_2013 and ("KG", "participant") not in in_2013, repr(in_2013))
    # without --as-of the status is that of the data's as-of date
    for row in t.json("participations", "-f", "json"):
        p = next(x for x in data["participations"] if x["id"] == row["id"])
        check(row["status"] == status_on(data, p, data_as_of(data)), "status of " + row["id"])
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
    about = t.json("participations", "--area", "public-diplomacy", "-f", "json")
    check(sorted(p["id"] for p in about) == ["tj-nato-public-diplomacy-talks",
                                              "uz-nato-public-diplomacy-cooperation"],
          "--area public-diplomacy: %r" % about)
    check(t.run("participations", "--area", "transit", expect=None).code == 1,
          "no relation is about transit")
    # representation at NATO Headquarters is a role, not a summary
    missions = t.json("participations", "--body", "nato-hq", "--role", "diplomatic_mission",
                      "-f", "json")
    check(sorted(p["country"] for p in missions) == ["KG", "KZ", "TJ", "TM", "UZ"],
          "diplomatic missions: %r" % missions)
    military = t.json("participations", "--role", "military_representative", "-f", "json")
    check(sorted(p["country"] for p in military) == ["KZ", "UZ"], "military: %r" % military)
    # a relation about an area says which
    tj = {p["id"]: p["area"] for p in t.json("participations", "--country", "TJ", "--body",
                                               "nato", "-f", "json")}
    check(tj.get("tj-nato-cep-interest") == "civil-emergency-planning"
          and tj.get("tj-nato-border-security-talks") == "border-security", repr(tj))
    check("'promoter'" not in t.run("participations", "--role", "promoter").err,
          "promoter is a role")


GROUPS = {
    "participations": lambda t, data, source_dir: group_participations(t, data),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
