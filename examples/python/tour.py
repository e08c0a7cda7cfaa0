#!/usr/bin/env python3
"""A first tour of libcapartner from Python: one country's profile and timeline,
the PARP participants with their statuses, and the events of 2013.

    python3 examples/python/tour.py [COUNTRY]      (default KZ; any code or name)

It prints exactly what the C example (examples/c/tour.c) prints. Needs the
binding on the import path and the library where it can find it, e.g. from a
build tree:

    PYTHONPATH=bindings/python CAPARTNER_LIBRARY=build/libcapartner.so.0 \\
        python3 examples/python/tour.py KZ
"""

import sys

import capartner


def print_event(event: capartner.Event) -> None:
    print(f"  {event.date_text:<16} {event.summary}")


def main(argv: list) -> int:
    key = argv[1] if len(argv) > 1 else "KZ"
    try:
        country = capartner.country(key)
    except capartner.Error as error:
        print(f"tour.py: {key}: {error.status.message}", file=sys.stderr)
        return 1

    # 1. the profile
    try:
        official = " — " + country.name_in("en", capartner.NameKind.OFFICIAL).text
    except capartner.NotFoundError:
        official = ""
    print(f"{country.name} ({country.alpha2}, {country.alpha3}, {country.numeric:03d}){official}")

    print(f"\nTimeline of {country.name}:")
    for event in capartner.timeline(country=country):
        print_event(event)

    # 2. PARP participants and their statuses
    parp = capartner.body("PARP")
    print(f"\n{parp.name} ({parp.acronym}):")
    for p in capartner.participations(body=parp):
        started = p.started.text if p.started.is_known else ""
        print(f"  {p.country.name:<12} {p.role.label:<20} {started}")

    # 3. the timeline of 2013
    print("\nEvents of 2013:")
    for event in capartner.timeline(since="2013", until="2013"):
        print_event(event)

    print(f"\nlibcapartner {capartner.version()}, data as of {capartner.data_as_of()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
