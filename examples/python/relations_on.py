"""A country's relations on a date, each held, not held or unknown: what
examples/c/relations_on.c prints, from Python (the output is the same).

    PYTHONPATH=bindings/python CAPARTNER_LIBRARY=build/libcapartner.so.0 \
        python3 examples/python/relations_on.py TM 1995-01-01
"""
import sys

import capartner


def main(argv: list) -> int:
    if len(argv) != 3:
        print("usage: relations_on.py COUNTRY DATE", file=sys.stderr)
        return 2
    try:
        country = capartner.country(argv[1])  # LookupError says "did you mean"
        date = capartner.PartialDate.parse(argv[2])  # ValueError quotes the text
    except (LookupError, ValueError) as error:
        print(f"relations_on.py: {error}", file=sys.stderr)
        return 1
    print(f"{country.name} on {argv[2]}:")
    for p in capartner.participations(country=country):
        holding = p.status_on(date)  # capartner.Holding: HELD, NOT_HELD or UNKNOWN
        print(f"  {holding:<8}  {p.role:<18} {p.body.name} ({p.started_text} to {p.ended_text})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
