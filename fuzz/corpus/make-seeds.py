#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz harnesses (fuzz/README.md).

lookup/: real keys of every kind from data/*.tsv plus hand-picked edge cases.
query/:  small programs in fuzz_query's encoding (see fuzz_query.c).

Run from anywhere: python3 fuzz/corpus/make-seeds.py
"""
import csv
import hashlib
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "data")


def table(name):
    with open(os.path.join(DATA, name + ".tsv"), encoding="utf-8", newline="") as f:
        rows = [line.rstrip("\n").split("\t") for line in f
                if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    return [dict(zip(header, row)) for row in body]


def write(directory, data):
    os.makedirs(directory, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


def lookup_seeds():
    keys = [
        # the keys the documentation uses as examples
        "kz", "KAZ", "398", "Kazakhstan", "КАЗАХСТАН", "Тоҷикистон", "PfP",
        "early 2014", "before 2016-02-22",
        # codes and names in other forms and languages
        "KZ", "kaz", "004", "4", "0398", "Қазақстан", "ҚАЗАҚСТАН", "Oʻzbekiston",
        "Türkiye", "TÜRKIYE", "États-Unis", "ÉTATS-UNIS", "république du kazakhstan",
        "Ҷумҳурии Тоҷикистон", "Nur-Sultan", "AKMOLA", "partnership for peace",
        # dates of every shape
        "2013", "2013-12", "2013-12-05", "unknown", "circa 1997", "mid 2010-11",
        "late 2014", "after 2001-09-11", "early 2014-05", "2016-02-29", "2014-02-29",
        "2000-02-29", "1900-02-29", "0000", "9999-12-31", "after 9999-12-31",
        "before 0001-01-01", "early 2014-05-01", "2014-13", "2014-1", "early  2014",
        "Early 2014", "2014 ", " 2014",
        # enum spellings
        "member", "transit_provider", "on_hold", "programme", "treaty", "establishment",
        "milestone", "Member",
        # languages for name_in
        "en", "fr", "ru", "kk", "ky", "tg", "tk", "uz", "EN",
        # case folding edge cases
        "İ", "ı", "ÿ", "Ÿ", "Ӏ", "ӏ", "Ѐ", "ѐ", "Ё", "ё", "Ә", "ә", "ß", "×", "÷",
    ]
    for name in ("countries", "bodies", "places", "areas", "sources", "sections",
                 "participations", "events"):
        for row in table(name):
            keys.append(row["id"])
    for row in table("bodies"):
        keys += [row["acronym"], row["name"]]
    for row in table("places"):
        keys.append(row["name"])
    for row in table("areas"):
        keys.append(row["name"])
    for row in table("names"):
        keys.append(row["text"])
    for row in table("countries"):
        keys += [row["alpha2"], row["alpha3"], row["numeric"]]
    for row in table("events") + table("participations") + table("bodies"):
        for column in ("date", "started", "ended", "reported"):
            if row.get(column):
                keys.append(row[column])
    out = os.path.join(HERE, "lookup")
    for key in sorted(set(k for k in keys if k)):
        write(out, key.encode("utf-8"))
    # bytes that are not text, and the length limit
    for raw in (b"\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xd0",
                b"\xd0\x41", b"kz\x00KAZ", "Қ".encode() * 127, "Қ".encode() * 128,
                b"a" * 255, b"a" * 256, b"\xe2\x82\xac" * 85):
        write(out, raw)


# fuzz_query's encoding: byte 0 is the first query's kind (0 events,
# 1 participations); then each operation is a byte (mod 16) and its operands.
NEW, COUNTRY, BODY, AREA, KIND, ROLE, RANGE, AS_OF, ORDER, ALTS, NEXT, COUNT, REWIND, \
    DRAIN, FREE, DATES = range(16)


def shaped(year, month=0, day=0, precision=1, qualifier=0):
    """take_date's shaped form: a selector byte (2 mod 3), then year, month, day, shape."""
    return bytes([2, (year - 1985) % 45, month, day, precision + 5 * qualifier])


def raw(year, month, day, precision, qualifier):
    """take_date's raw form: a selector byte (1 mod 3), then the 8 bytes of the struct."""
    return bytes([1]) + struct.pack("<hBBBBBB", year, month, day, precision, qualifier, 0, 0)


def data_date(which, index, edit):
    """take_date's data form: selector 0, then which record's date, its index, the edit."""
    return bytes([0, which]) + struct.pack(">H", index) + bytes([edit])


def index_of(rows, key, column="id"):
    return next(i for i, row in enumerate(rows) if row[column] == key)


def query_seeds():
    countries, bodies, areas = table("countries"), table("bodies"), table("areas")
    kz = index_of(countries, "KZ")
    pfp = index_of(bodies, "pfp")
    pd = index_of(areas, "public-diplomacy") if any(a["id"] == "public-diplomacy"
                                                    for a in areas) else 0
    u16 = lambda v: struct.pack(">H", v)
    programs = [
        bytes([0, COUNTRY]) + u16(kz) + bytes([NEXT, 31, COUNT, DRAIN]),
        bytes([0, BODY]) + u16(pfp) + bytes([ORDER, 1, NEXT, 40, REWIND, NEXT, 3]),
        bytes([0, AREA]) + u16(pd) + bytes([KIND, 2 + 2, KIND, 2 + 5, NEXT, 20, COUNT]),
        bytes([0, RANGE]) + shaped(2010) + shaped(2014, 6, 0, 2) + bytes([0, DRAIN]),
        bytes([0, RANGE]) + shaped(2013) + shaped(2013) + bytes([1, ALTS, 1, DRAIN]),
        bytes([0, RANGE]) + raw(2014, 0, 0, 1, 1) + raw(0, 0, 0, 0, 0) + bytes([0, NEXT, 10]),
        bytes([1, COUNTRY]) + u16(kz) + bytes([ROLE, 2 + 1, AS_OF]) + shaped(2010)
        + bytes([NEXT, 31, COUNT, DRAIN]),
        bytes([1, BODY]) + u16(pfp) + bytes([ALTS, 1, ORDER, 1, DRAIN, NEXT, 2]),
        bytes([1, AS_OF]) + shaped(1995, 6, 1, 3) + bytes([COUNT, NEXT, 5]),
        bytes([0, COUNTRY]) + u16(len(countries) + 1) + bytes([AREA]) + u16(len(areas) + 3)
        + bytes([KIND, 19, ROLE, 0, AS_OF]) + shaped(2000) + bytes([DRAIN]),
        bytes([0, FREE, NEXT, 3, COUNT, REWIND, COUNTRY]) + u16(kz) + bytes([NEW, 1, DRAIN]),
        bytes([0, DATES]) + shaped(2014, 0, 0, 1, 1) + shaped(2014, 2, 0, 2, 3) + u16(0) + u16(0),
        bytes([0, DATES]) + raw(2016, 2, 29, 3, 0) + raw(2016, 2, 0, 2, 5) + u16(1) + u16(1),
        # ranges and as-of dates on the edges of the data's own dates
        bytes([0, RANGE]) + data_date(0, 0, 2) + data_date(0, 5, 1) + bytes([0, DRAIN]),
        bytes([0, RANGE]) + data_date(0, 3, 4) + shaped(2030) + bytes([1, DRAIN]),
        bytes([1, AS_OF]) + data_date(1, 7, 1) + bytes([DRAIN, AS_OF]) + data_date(4, 2, 3)
        + bytes([DRAIN]),
    ]
    out = os.path.join(HERE, "query")
    for program in programs:
        write(out, program)


if __name__ == "__main__":
    lookup_seeds()
    query_seeds()
