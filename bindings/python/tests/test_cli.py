"""The binding agrees with the capartner command's JSON output.

Runs only when CAPARTNER_CLI names the command (CTest sets it when the CLI is
built): the same queries through Python and through the CLI must give the same
records, in the same order, with the same fields.
"""

from __future__ import annotations

import json
import os
import subprocess
import unittest
from typing import Any, Dict, List, Optional

import capartner

CLI = os.environ.get("CAPARTNER_CLI", "")


def cli(*arguments: str) -> List[Dict[str, Any]]:
    result = subprocess.run([CLI, *arguments, "--format", "json"], capture_output=True,
                            text=True, timeout=60)
    if result.returncode == 1 and not result.stdout.strip():
        return []  # nothing matched
    if result.returncode not in (0, 1):
        raise AssertionError(f"{CLI} {' '.join(arguments)}: exit {result.returncode}: "
                             f"{result.stderr}")
    return json.loads(result.stdout) if result.stdout.strip() else []


def date_or_none(date: capartner.PartialDate) -> Optional[str]:
    return date.text if date.is_known else None


def event_fields(event: capartner.Event) -> Dict[str, Any]:
    place = event.place
    alternative = event.alternative_of
    return {
        "id": event.id,
        "date": event.date_text,
        "kind": event.kind.label,
        "place": place.id if place else None,
        "countries": [c.id for c in event.countries],
        "bodies": [b.id for b in event.bodies],
        "areas": [a.id for a in event.areas],
        "summary": event.summary,
        "alternative_of": alternative.id if alternative else None,
        "source": event.citation.source.id,
    }


def participation_fields(p: capartner.Participation) -> Dict[str, Any]:
    alternative = p.alternative_of
    return {
        "id": p.id,
        "country": p.country.id,
        "body": p.body.id,
        "role": p.role.label,
        "started": date_or_none(p.started),
        "ended": date_or_none(p.ended),
        "reported": date_or_none(p.reported),
        "summary": p.summary,
        "alternative_of": alternative.id if alternative else None,
        "source": p.citation.source.id,
    }


def subset(record: Dict[str, Any], keys: List[str]) -> Dict[str, Any]:
    return {key: record.get(key) for key in keys}


@unittest.skipUnless(CLI, "CAPARTNER_CLI is not set")
class AgreesWithTheCli(unittest.TestCase):
    def test_timeline(self) -> None:
        cases = [
            ({"country": "KZ"}, ["--country", "KZ"]),
            ({}, []),
            ({"include_alternatives": True}, ["--alternatives"]),
            ({"countries": ["KZ", "KG"], "area": "public-diplomacy"},
             ["--country", "KZ", "--country", "KG", "--area", "public-diplomacy"]),
            ({"since": "2013", "until": "2013"}, ["--from", "2013", "--to", "2013"]),
            ({"since": "2013", "until": "2013", "possibly": True},
             ["--from", "2013", "--to", "2013", "--possibly"]),
            ({"since": "2013-06", "until": "2013-08"}, ["--from", "2013-06", "--to", "2013-08"]),
            ({"kind": "summit", "newest_first": True}, ["--kind", "summit", "--newest-first"]),
            ({"body": "PfP"}, ["--body", "PfP"]),
        ]
        for filters, arguments in cases:
            with self.subTest(filters=filters):
                ours = [event_fields(e) for e in capartner.timeline(**filters)]
                theirs = cli("timeline", *arguments)
                self.assertEqual([r["id"] for r in ours], [r.get("id") for r in theirs])
                for mine, other in zip(ours, theirs):
                    self.assertEqual(mine, subset(other, list(mine)))

    def test_participations(self) -> None:
        cases = [
            ({"body": "PARP"}, ["--body", "PARP"]),
            ({"body": "PARP", "as_of": "2013-06"}, ["--body", "PARP", "--as-of", "2013-06"]),
            ({"body": "PARP", "as_of": "2016-03", "possibly": True},
             ["--body", "PARP", "--as-of", "2016-03", "--possibly"]),
            ({"country": "KG"}, ["--country", "KG"]),
            ({"role": "host", "include_alternatives": True}, ["--role", "host", "--alternatives"]),
            ({"newest_first": True}, ["--newest-first"]),
        ]
        for filters, arguments in cases:
            with self.subTest(filters=filters):
                ours = [participation_fields(p) for p in capartner.participations(**filters)]
                theirs = cli("participations", *arguments)
                self.assertEqual([r["id"] for r in ours], [r.get("id") for r in theirs])
                for mine, other in zip(ours, theirs):
                    self.assertEqual(mine, subset(other, list(mine)))

    def test_to_dict_is_the_export_row(self) -> None:
        result = subprocess.run([CLI, "export", "--format", "json"], capture_output=True,
                                text=True, timeout=60, check=True)
        tables = json.loads(result.stdout)["tables"]
        for name, cls in [("sources", capartner.Source), ("sections", capartner.Section),
                          ("countries", capartner.Country), ("places", capartner.Place),
                          ("bodies", capartner.Body), ("areas", capartner.Area),
                          ("participations", capartner.Participation)]:
            with self.subTest(table=name):
                self.assertEqual([r.to_dict() for r in cls.all()], tables[name])
        self.assertEqual(json.loads(capartner.to_json(capartner.events())),
                         cli("timeline", "--alternatives"))

    def test_event_rows_are_the_timeline_json(self) -> None:
        self.assertEqual([e.to_dict() for e in capartner.timeline(country="KZ")],
                         cli("timeline", "--country", "KZ"))


if __name__ == "__main__":
    unittest.main()
