#!/usr/bin/env python3
"""Errors across the commands: usage errors (exit 2), keys not found (exit 1),
output that cannot be written (exit 3), each with a clear message.

Groups (one CTest test each, tests/cli/CMakeLists.txt): errors.
"""

import json
import os
import shutil
import subprocess
import sys

from cli_support import check, main


def group_errors(t, data):
    t.usage_error("shwo", "KZ", mentions=["unknown command 'shwo'", "did you mean show?"])
    t.usage_error("timeline", "--contry", "KZ",
                  mentions=["unknown option '--contry'", "did you mean --country?"])
    t.usage_error("timeline", "--country", mentions=["--country needs a value"])
    t.usage_error("timeline", "--possibly=yes", mentions=["--possibly takes no value"])
    t.usage_error("timeline", "-x", mentions=["unknown option '-x'"])
    t.usage_error("timeline", "KZ", mentions=["unexpected argument 'KZ'", "--country KZ"])
    t.usage_error("timeline", "--", "--country",
                  mentions=["unexpected argument '--country'", "after '--' it is not an option"])
    # one order: a conflicting second one is refused, a repeated one is fine
    t.usage_error("timeline", "--newest-first", "--oldest-first",
                  mentions=["--oldest-first conflicts with --newest-first"])
    t.usage_error("participations", "-r", "--order", "oldest",
                  mentions=["--order oldest conflicts with --newest-first"])
    check(t.run("timeline", "-r", "--order", "newest", "--to", "1992").out ==
          t.run("timeline", "--newest-first", "--to", "1992").out, "the same order twice")
    # unambiguous beginnings of long options, as getopt_long takes them
    check(t.run("timeline", "--coun", "KZ", "--to=1993").out ==
          t.run("timeline", "--country", "KZ", "--to", "1993").out, "--coun for --country")
    t.usage_error("timeline", "--o", "KZ",
                  mentions=["option '--o' is ambiguous", "--order", "--oldest-first", "--output"])
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
    t.not_found("show", "Kazakhstn", mentions=["did you mean Kazakhstan"])
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
    # names typed in the locale's character set are converted, not refused
    t.not_found("show", "Qırğızstan", mentions=["did you mean Kyrgyzstan (country: KG)?"])
    locales = os.path.join(t.work, "locales")
    os.makedirs(locales, exist_ok=True)
    made = shutil.which("localedef") and subprocess.run(
        ["localedef", "-i", "en_US", "-f", "ISO-8859-1",
         os.path.join(locales, "en_US.ISO-8859-1")], capture_output=True).returncode in (0, 1)
    if made and os.path.isdir(os.path.join(locales, "en_US.ISO-8859-1")):
        latin1 = dict(t.env, LOCPATH=locales, LC_ALL="en_US.ISO-8859-1")
        shown = t.run(binary_args=["show", "-f", "json", "T\u00fcrkmenistan".encode("latin-1")],
                      env=latin1)
        check(json.loads(shown.out)["id"] == "TM", "a Latin-1 argument: %r" % shown)
    else:
        print("skipped: no localedef or no en_US locale source (Debian: locales)")
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
