#!/usr/bin/env python3
"""capartner stats: the number of records in each table.

Groups (one CTest test each, tests/cli/CMakeLists.txt): stats.
"""

import sys

from cli_support import check, parse_csv, main


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


GROUPS = {
    "stats": lambda t, data, source_dir: group_stats(t, data),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
