#!/usr/bin/env python3
"""Errors across the commands: usage errors (exit 2), keys not found (exit 1),
output that cannot be written (exit 3), each with a clear message.

Groups (one CTest test each, tests/cli/CMakeLists.txt): errors.
"""

import json
import os
import sys

from cli_support import check, main


def group_errors(t, data):
    t.usage_error("shwo", "KZ", mentions=["unknown command 'shwo'", "did you mean show?"])
    t.usage_error("timeline", "--contry", "KZ",
                  mentions=["unknown option '--contry'", "did you mean --country?"])
    t.usage_error("timeline", "--country", mentions=["--country needs a value"])
    t.usage_error("timeline", "--within=yes", mentions=["--within takes no value"])
    t.usage_error("timeline", "-x", mentions=["unknown option '-x'"])
    t.usage_error("timeline", "KZ", mentions=["unexpected argument 'KZ'", "--country KZ"])
    t.usage_error("--bogus", "show", "KZ", mentions=["unknown option '--bogus'"])
    # bad dates: the argument, why, and what is valid
    t.usage_error("timeline", "--from", "2014-13",
                  mentions=["--from '2014-13' is not a valid date", "no month 13",
                            "YYYY-MM-DD"])
    t.usage_error("timeline", "--to", "2014-02-30", mentions=["2014-02 has 28 days"])
    t.usage_error("timeline", "--from", "erly 2014",
                  mentions=["'erly' is not a qualifier", "did you mean early?"])
    t.usage_error("timeline", "--from", "2014/06", mentions=["'2014/06' is not a valid date"])
    t.usage_error("participations", "--as-of", "yesterday", mentions=["not a valid date"])
    t.usage_error("timeline", "--from", "2016", "--to", "2014",
                  mentions=["--from 2016 is after --to 2014"])
    t.usage_error("show", "KZ", "--as-of", "2014-13", mentions=["--as-of '2014-13'"])
    # unknown keys: exit 1, a close key suggested
    t.not_found("show", "KX", mentions=["'KX'", "did you mean", "KZ"])
    t.not_found("show", "Kazakstan", mentions=["did you mean Kazakhstan"])
    t.not_found("show", "PARQ", mentions=["did you mean PARP"])
    t.not_found("show", "no-such-record-at-all", mentions=["no record has this key"])
    result = t.not_found("timeline", "--country", "Kyrgystan",
                         mentions=["--country 'Kyrgystan'", "no country", "did you mean "
                                   "Kyrgyzstan"])
    check(result.out == "", "output despite a bad filter")
    t.not_found("timeline", "--body", "PfX", mentions=["--body 'PfX'", "did you mean PfP"])
    t.not_found("timeline", "--area", "diplomacy", mentions=["--area 'diplomacy'"])
    t.not_found("show", "--type", "body", "KZ", mentions=["no body has this key"])
    partial = t.run("show", "KZ", "XX-nothing", "-f", "json", expect=1)
    check(json.loads(partial.out)["id"] == "KZ", "the keys found are still shown")
    # malformed keys and arguments
    t.usage_error("show", "", mentions=["the key is empty"])
    t.usage_error("show", "x" * 300, mentions=["longer than 255 bytes"])
    t.usage_error("show", "--type", "planet", "KZ", mentions=["'planet' is not a type",
                                                              "valid: country"])
    t.usage_error("show", mentions=["which record?"])
    invalid = t.run(binary_args=["show", b"K\xffZ"], expect=2)
    check("argument 2" in invalid.err and "not valid UTF-8" in invalid.err and
          "\\xff" in invalid.err, repr(invalid))
    t.run(binary_args=["timeline", "--country", b"\xd0"], expect=2)
    t.usage_error("timeline", "--kind", "sumit",
                  mentions=["'sumit' is not a kind of event", "did you mean summit?",
                            "valid: establishment"])
    t.usage_error("timeline", "--limit", "0", mentions=["not a positive whole number"])
    t.usage_error("timeline", "--limit", "ten", mentions=["'ten'"])
    t.usage_error("timeline", "--order", "sideways", mentions=["oldest or newest"])
    # formats a command does not have
    t.usage_error("show", "KZ", "--format", "svg",
                  mentions=["--format 'svg' is not available here", "valid:"])
    t.usage_error("timeline", "--format", "jsno", mentions=["did you mean json?"])
    t.usage_error("list", "areas", "--format", "sql", mentions=["not available here"])
    # export
    t.usage_error("export", mentions=["which format?"])
    t.usage_error("export", "--format", "csv", mentions=["--output DIR"])
    t.usage_error("export", "--format", "json", "--table", "event", mentions=["did you mean "
                                                                               "events?"])
    t.usage_error("export", "--format", "json", "--prefix", "x",
                  mentions=["apply to --format sql only"])
    t.usage_error("export", "--format", "sql", "--prefix", "1bad", mentions=["--prefix"])
    # output that cannot be written: exit 3
    result = t.run("list", "areas", "-o", "/nonexistent-dir/x.txt", expect=3)
    check("cannot write" in result.err, repr(result))
    if os.path.exists("/dev/full"):
        result = t.run("export", "--format", "json", "-o", "/dev/full", expect=3)
        check("could not write" in result.err, repr(result))


GROUPS = {
    "errors": lambda t, data, source_dir: group_errors(t, data),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
