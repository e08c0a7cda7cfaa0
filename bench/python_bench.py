#!/usr/bin/env python3
"""The Python binding against what a Python user would otherwise use, in one process.

    python3 bench/python_bench.py [--quick]

with the binding importable (PYTHONPATH=bindings/python CAPARTNER_LIBRARY=build/
libcapartner.so.0, or installed) and Debian's python3-pycountry. Each line times
the binding and the alternative alternately, in the same process, and keeps each
one's best of several rounds; "ratio" is the alternative's time over the
binding's (above 1: the binding is faster). The alternatives:

- lookups: pycountry's countries.get(alpha_2=...) and countries.lookup(...);
- timeline walks: the same loop over a plain list of dataclasses holding the
  same events (made from the binding's records before timing), reading the same
  two fields of each event.

--quick runs few rounds (for CI, where the numbers are not meant to be read).
--instructions N counts instructions per call with callgrind instead (a run of N
calls minus a run of none, each in its own process): a second opinion that the
machine's load does not move.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import timeit
from typing import Callable, List, Tuple

import capartner


@dataclasses.dataclass(frozen=True)
class PlainEvent:
    id: str
    date_text: str
    summary: str
    countries: Tuple[str, ...]


def best_per_call(work: Callable[[], object], number: int) -> float:
    return min(timeit.repeat(work, number=number, repeat=1)) / number


def compare(ours: Callable[[], object], theirs: Callable[[], object], number: int,
            rounds: int, per: int = 1) -> Tuple[float, float]:
    """Best time per call (divided by `per`) of each, measured alternately."""
    mine: List[float] = []
    other: List[float] = []
    for _ in range(rounds):
        mine.append(best_per_call(ours, number))
        other.append(best_per_call(theirs, number))
    return min(mine) / per, min(other) / per


def row(label: str, ours: float, alternative: str, theirs: float) -> str:
    return (f"{label:<50} {ours * 1e9:>9.0f} ns  {alternative:<40} {theirs * 1e9:>9.0f} ns"
            f"  {theirs / ours:>6.2f}x")


def setup() -> List[Tuple[str, Callable[[], object], str, Callable[[], object], int]]:
    """The lines: (label, ours, alternative, theirs, items per call), all warmed up."""
    import pycountry  # type: ignore[import]

    # Warm up both: the binding's records and key answers are made on first use.
    capartner.country("kazakhstan")
    capartner.countries.get(alpha_2="KZ")
    pycountry.countries.lookup("kazakhstan")
    pycountry.countries.get(alpha_2="KZ")
    all_events = [e for e in capartner.events() if e.is_preferred]
    plain = [PlainEvent(e.id, e.date_text, e.summary, tuple(c.id for c in e.countries))
             for e in all_events]
    kz_events = list(capartner.timeline(country="KZ"))
    plain_kz = [e for e in plain if "KZ" in e.countries]
    assert [e.id for e in kz_events] == [e.id for e in plain_kz]
    reused = capartner.Query.events(country="KZ")

    def walk_all() -> None:
        for event in capartner.timeline():
            event.date_text
            event.summary

    def walk_all_plain() -> None:
        for event in plain:
            event.date_text
            event.summary

    def walk_kz() -> None:
        for event in capartner.timeline(country="KZ"):
            event.date_text
            event.summary

    def walk_kz_reused() -> None:
        for event in reused:
            event.date_text
            event.summary

    def walk_kz_plain() -> None:
        for event in plain:
            if "KZ" in event.countries:
                event.date_text
                event.summary

    walk_all(), walk_kz(), walk_kz_reused()
    return [
        ("country('KZ')", lambda: capartner.country("KZ"),
         "countries.get(alpha_2='KZ')", lambda: pycountry.countries.get(alpha_2="KZ"), 1),
        ("countries.get(alpha_2='KZ')", lambda: capartner.countries.get(alpha_2="KZ"),
         "countries.get(alpha_2='KZ')", lambda: pycountry.countries.get(alpha_2="KZ"), 1),
        ("country('kazakhstan')", lambda: capartner.country("kazakhstan"),
         "countries.lookup('kazakhstan')", lambda: pycountry.countries.lookup("kazakhstan"), 1),
        ("countries.lookup('KAZAKHSTAN')", lambda: capartner.countries.lookup("KAZAKHSTAN"),
         "countries.lookup('KAZAKHSTAN')", lambda: pycountry.countries.lookup("KAZAKHSTAN"), 1),
        ("country('kazakhSTAN') (a spelling not in the data)",
         lambda: capartner.country("kazakhSTAN"),
         "countries.lookup('kazakhstan')", lambda: pycountry.countries.lookup("kazakhstan"), 1),
        (f"timeline(), per event ({len(plain)})", walk_all,
         "loop over a list of dataclasses", walk_all_plain, len(plain)),
        (f"timeline(country='KZ'), per event ({len(plain_kz)})", walk_kz,
         "the same, filtering the list", walk_kz_plain, len(plain_kz)),
        (f"the same Query walked again, per event ({len(plain_kz)})", walk_kz_reused,
         "the same, filtering the list", walk_kz_plain, len(plain_kz)),
    ]


def run_fixed(line: int, side: str, count: int) -> int:
    """Runs one side of one line `count` times (for counting instructions)."""
    label, ours, _, theirs, _ = setup()[line]
    work = ours if side == "ours" else theirs
    for _ in range(count):
        work()
    return 0


def callgrind_total(line: int, side: str, count: int) -> int:
    with tempfile.TemporaryDirectory() as directory:
        out = os.path.join(directory, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        sys.executable, os.path.abspath(__file__), "--run", str(line), side,
                        str(count)], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": "0"})
        with open(out, encoding="utf-8") as profile:
            for text in profile:
                if text.startswith(("summary:", "totals:")):
                    return int(text.split()[1])
    raise RuntimeError(f"no total in the callgrind output of line {line} {side}")


def count_instructions(count: int) -> int:
    """Instructions per call of each side, counted by callgrind: a run of `count`
    calls minus a run of none (the same start-up and warm-up), divided by `count`."""
    lines = setup()
    print(f"instructions per call (per event for walks), callgrind, {count} calls")
    print(f"{'operation (capartner)':<50} {'instr.':>10}  {'alternative':<40} {'instr.':>10}  ratio")
    for number, (label, _, alternative, _, per) in enumerate(lines):
        costs = []
        for side in ("ours", "theirs"):
            total = callgrind_total(number, side, count) - callgrind_total(number, side, 0)
            costs.append(total / count / per)
        print(f"{label:<50} {costs[0]:>10.0f}  {alternative:<40} {costs[1]:>10.0f}  "
              f"{costs[1] / costs[0]:>6.2f}x")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="few rounds, for CI")
    parser.add_argument("--instructions", type=int, metavar="N",
                        help="count instructions with callgrind over N calls instead of timing")
    parser.add_argument("--run", nargs=3, metavar=("LINE", "SIDE", "COUNT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    try:
        import pycountry  # type: ignore[import]
    except ImportError:
        print("python_bench: pycountry is not installed (Debian: python3-pycountry)",
              file=sys.stderr)
        return 2
    if args.run:
        return run_fixed(int(args.run[0]), args.run[1], int(args.run[2]))
    if args.instructions:
        return count_instructions(args.instructions)
    number, rounds = (2000, 2) if args.quick else (100000, 7)
    walks = max(number // 50, 20)
    lines = setup()
    print(f"capartner {capartner.version()} (data {capartner.data_as_of()}), "
          f"pycountry from {pycountry.__file__}, Python {sys.version.split()[0]}")
    print(f"{'operation (capartner)':<50} {'time':>12}  {'alternative':<40} {'time':>12}  ratio")
    for label, ours, alternative, theirs, per in lines:
        count = number if per == 1 else walks
        mine, other = compare(ours, theirs, count, rounds, per)
        print(row(label, mine, alternative, other))
    return 0


if __name__ == "__main__":
    sys.exit(main())
