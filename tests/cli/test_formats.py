#!/usr/bin/env python3
"""The output formats every tabular command shares: JSON, CSV, TSV, plain,
table, a terminal, --columns, --output.

Groups (one CTest test each, tests/cli/CMakeLists.txt): formats.
"""

import json
import os
import sys

from cli_support import BOX, as_text, check, parse_csv, parse_tsv, main
from terminal import run_in_terminal  # noqa: E402  (cli_support puts tools/cli on the path)


def tabular_commands(data):
    return [["list", "countries"], ["list", "bodies"], ["list", "names"],
            ["timeline", "--country", "KZ"], ["participations", "--body", "PARP"],
            ["search", "Kazakhstan"], ["stats"]]


def group_formats(t, data):
    for command in tabular_commands(data):
        rows = t.json(*command, "--format", "json")
        check(isinstance(rows, list) and rows, "%s json" % command)
        header, body = parse_csv(t.run(*command, "--format", "csv").out)
        check(header == list(rows[0].keys()), "%s csv header %r" % (command, header))
        check(len(body) == len(rows), "%s csv rows" % command)
        for row, record in zip(body, rows):
            check(row == [as_text(v) for v in record.values()], "%s csv row %r" % (command, row))
        raw = t.run(*command, "--format", "csv").out
        check(raw.count("\r\n") >= len(rows) + 1, "%s: CSV lines end with CRLF" % command)
        header, body = parse_tsv(t.run(*command, "--format", "tsv").out)
        check(header == list(rows[0].keys()) and len(body) == len(rows), "%s tsv" % command)
        for row, record in zip(body, rows):
            check(row == [as_text(v) for v in record.values()], "%s tsv row %r" % (command, row))
        plain = t.run(*command, "--format", "plain").out
        check(not any(c in plain for c in BOX), "plain has no box")
        check(t.run(*command).out == plain, "%s: a pipe gets plain text" % command)
        table = t.run(*command, "--format", "table").out
        check(table.startswith("┌") and table.rstrip().endswith("┘"), "table draws a box")
        widths = {len(line) for line in table.splitlines()}
        check(len(widths) == 1, "%s: box lines differ in width" % command)
    # a terminal gets the box, wrapped to its width
    code, screen = run_in_terminal(t.binary, ["timeline", "--country", "KZ"], columns=90)
    check(code == 0 and screen.startswith("┌"), "terminal output: %r" % screen[:200])
    check(max(len(line) for line in screen.splitlines()) <= 90, "wrapped to the terminal")
    code, screen = run_in_terminal(t.binary, ["show", "KZ"], columns=100)
    check(code == 0 and "┌" in screen and "Kazakhstan" in screen, "show on a terminal")
    # a narrow terminal: no line past its width, no word broken to get there
    for args in (["show", "KZ"], ["show", "PfP"], ["timeline", "--country", "KZ"],
                 ["participations", "--country", "KZ"], ["list", "countries"]):
        code, screen = run_in_terminal(t.binary, args, columns=40)
        too_wide = [line for line in screen.splitlines() if len(line) > 40]
        check(code == 0 and not too_wide, "%s at 40 columns: %r" % (args, too_wide[:3]))
    code, screen = run_in_terminal(t.binary, ["timeline", "--country", "KZ", "--to", "1994"],
                                   columns=40)
    check("summary    The five Central Asian states" in screen, "rows as records: %r" % screen[:400])
    for word in ("establishment", "Framework", "Document."):
        check(any(word in line.split() for line in screen.splitlines()), "%r kept whole" % word)
    # a terminal whose locale is not UTF-8 gets an ASCII box
    plain_locale = dict(t.env, LC_ALL="C", LANG="C")
    code, screen = run_in_terminal(t.binary, ["list", "areas"], columns=200, env=plain_locale)
    check(code == 0 and screen.startswith("+-") and "|" in screen and "─" not in screen,
          "ASCII box under LANG=C: %r" % screen[:200])
    code, screen = run_in_terminal(t.binary, ["list", "areas"], columns=200,
                                   env=dict(t.env, LC_ALL="C.UTF-8"))
    check(code == 0 and screen.startswith("┌"), "line drawing under C.UTF-8")
    # --columns chooses and orders columns in every format
    rows = t.json("list", "countries", "--columns", "name,id", "-f", "json")
    check(list(rows[0].keys()) == ["name", "id"], repr(rows[0]))
    header, _ = parse_csv(t.run("list", "countries", "--columns", "alpha3", "-f", "csv").out)
    check(header == ["alpha3"], repr(header))
    plain = t.run("timeline", "-c", "KZ", "--columns", "id,date").out.splitlines()
    check(plain[0].split() == ["id", "date"], plain[0])
    t.usage_error("list", "countries", "--columns", "nmae",
                  mentions=["'nmae' is not a column of countries", "did you mean name?"])
    # --output writes a file instead of stdout
    path = os.path.join(t.work, "out.json")
    result = t.run("list", "areas", "-f", "json", "-o", path)
    check(result.out == "", "--output also wrote to stdout")
    with open(path, encoding="utf-8") as file:
        check(len(json.load(file)) == len(data["areas"]), "--output content")
    # options before the command apply too
    check(len(t.json("-f", "json", "list", "areas")) == len(data["areas"]), "global --format")
    # UTF-8 passes through JSON unescaped, and parses back
    record = t.run("show", "TJ", "-f", "json").out
    check("Тоҷикистон" in record, "UTF-8 written as is")


GROUPS = {
    "formats": lambda t, data, source_dir: group_formats(t, data),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
