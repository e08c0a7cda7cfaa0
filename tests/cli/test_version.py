#!/usr/bin/env python3
"""capartner version: the library, header and data versions.

Groups (one CTest test each, tests/cli/CMakeLists.txt): version.
"""

import re
import sys

from cli_support import bounds, check, header_version, parse_csv, main


def group_version(t, data, source_dir):
    version = header_version(source_dir)
    info = t.json("version", "--format", "json")
    check(info["library_version"] == version, "library_version %r" % info)
    check(info["cli_version"] == version and info["header_version"] == version, repr(info))
    major, minor, patch = (int(x) for x in version.split("."))
    check(info["library_version_number"] == major * 10000 + minor * 100 + patch, repr(info))
    check(re.fullmatch(r"[0-9a-f]{64}", info["data_digest"]), "digest %r" % info)
    # the as-of date: the content date among the sources (the publication date
    # where the data gives none) that ends last
    newest = max((s["content_date"] or s["published"] for s in data["sources"]
                  if s["content_date"] or s["published"]),
                 key=lambda d: (bounds(d)[1], bounds(d)[0]))
    check(info["data_as_of"] == newest, "data_as_of %r, newest source date %r"
          % (info["data_as_of"], newest))
    text = t.run("version").out
    check("libcapartner " + version in text and info["data_digest"] in text, text)
    check(t.run("--version").out.startswith("capartner " + version), "--version")
    rows = t.json("version", "-f", "json", "--columns", "key,value")
    check({r["key"] for r in rows} >= {"library_version", "data_as_of"}, repr(rows))
    header, body = parse_csv(t.run("version", "--format", "csv").out)
    check(header == ["key", "value"] and len(body) == 6, repr(body))
    t.usage_error("version", "extra", mentions=["unexpected argument 'extra'"])


GROUPS = {
    "version": lambda t, data, source_dir: group_version(t, data, source_dir),
}

if __name__ == "__main__":
    sys.exit(main(GROUPS))
