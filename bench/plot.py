#!/usr/bin/env python3
"""Plots bench/scaling.sh's results: cost against dataset size, as SVG.

    bench/plot.py scaling.tsv scaling.svg [--markdown scaling.md]

Three panels, dataset size (events, log scale) across: lookups (ns per
call), filtered walks (ns per match), and build cost (data compiler and C
compile, seconds). Python 3 standard library only.
"""
import argparse
import csv
import math
import sys

LOOKUPS = [("alpha2", "alpha-2"), ("numeric", "numeric"), ("name-en", "name, en"),
           ("name-fr", "name, fr"), ("name-ru", "name, ru"), ("acronym", "acronym")]
WALKS = [("country", "country"), ("body", "body"), ("area", "area"), ("range", "date range"),
         ("as-of", "as of (participations)"), ("timeline", "whole timeline")]
BUILD = [("gen_s", "data compiler"), ("cc_s", "C compile")]
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def panel(out, x0, y0, width, height, title, ylabel, rows, series, log_y=False):
    xs = [float(r["events"]) for r in rows]
    values = [number(r.get(key)) for r in rows for key, _ in series]
    values = [v for v in values if v is not None and v > 0]
    if not xs or not values:
        return
    lx = [math.log10(x) for x in xs]
    xmin, xmax = math.floor(min(lx)), math.ceil(max(lx))
    if xmax == xmin:
        xmax += 1
    if log_y:
        ymin, ymax = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
        if ymax == ymin:
            ymax += 1
    else:
        ymin, ymax = 0.0, max(values) * 1.15
        step = 10 ** math.floor(math.log10(ymax / 2)) if ymax > 0 else 1
        ymax = math.ceil(ymax / step) * step

    left, right, top, bottom = 60, 150, 30, 40
    pw, ph = width - left - right, height - top - bottom

    def px(x):
        return x0 + left + (math.log10(x) - xmin) / (xmax - xmin) * pw

    def py(y):
        v = math.log10(y) if log_y else y
        return y0 + top + ph - (v - ymin) / (ymax - ymin) * ph

    out.append('<text x="%d" y="%d" font-size="14" font-weight="bold">%s</text>'
               % (x0 + left, y0 + 18, title))
    out.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#888"/>'
               % (x0 + left, y0 + top, pw, ph))
    for e in range(xmin, xmax + 1):
        x = px(10 ** e)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>'
                   % (x, y0 + top, x, y0 + top + ph))
        out.append('<text x="%.1f" y="%d" font-size="11" text-anchor="middle">10<tspan '
                   'dy="-5" font-size="8">%d</tspan></text>' % (x, y0 + top + ph + 16, e))
    out.append('<text x="%d" y="%d" font-size="11" text-anchor="middle">events</text>'
               % (x0 + left + pw / 2, y0 + top + ph + 34))
    if log_y:
        ticks = [10 ** e for e in range(int(ymin), int(ymax) + 1)]
    else:
        ticks = [ymin + i * (ymax - ymin) / 5 for i in range(6)]
    for t in ticks:
        y = py(t)
        out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>'
                   % (x0 + left, y, x0 + left + pw, y))
        label = ("%g" % t) if not log_y else ("%g" % t)
        out.append('<text x="%d" y="%.1f" font-size="11" text-anchor="end">%s</text>'
                   % (x0 + left - 4, y + 4, label))
    out.append('<text x="%d" y="%d" font-size="11" transform="rotate(-90 %d %d)" '
               'text-anchor="middle">%s</text>'
               % (x0 + 14, y0 + top + ph / 2, x0 + 14, y0 + top + ph / 2, ylabel))
    for i, (key, name) in enumerate(series):
        colour = COLOURS[i % len(COLOURS)]
        points = [(px(float(r["events"])), py(number(r.get(key))))
                  for r in rows if number(r.get(key)) not in (None, 0)]
        if not points:
            continue
        out.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>'
                   % (colour, " ".join("%.1f,%.1f" % p for p in points)))
        for x, y in points:
            out.append('<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>' % (x, y, colour))
        ly = y0 + top + 10 + i * 16
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"/>'
                   % (x0 + left + pw + 10, ly, x0 + left + pw + 28, ly, colour))
        out.append('<text x="%d" y="%d" font-size="11">%s</text>'
                   % (x0 + left + pw + 32, ly + 4, name))


def markdown(rows):
    lines = ["| events | countries | bodies | participations | data compiler | peak memory "
             "| C compile | peak memory | tables | libcapartner.so | relocations (in data) "
             "| alpha-2 | numeric | name en | name fr | name ru | acronym "
             "| country walk | body walk | area walk | range walk | as-of walk |",
             "|" + "---:|" * 22]
    for r in rows:
        def ns(key):
            v = number(r.get(key))
            return "-" if v is None else "%.1f" % v
        lines.append("| %s | %s | %s | %s | %s s | %s MiB | %s s | %s MiB | %s | %s KiB | %s (%s) "
                     "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                         "{:,}".format(int(r["events"])), r["countries"], r["bodies"],
                         r["participations"], r["gen_s"], r["gen_mib"], r["cc_s"], r["cc_mib"],
                         r["tables"], "{:,}".format(int(r["so_kib"])), r["relocs"],
                         r["relocs_data"], ns("alpha2_ns"), ns("numeric_ns"), ns("name-en_ns"),
                         ns("name-fr_ns"), ns("name-ru_ns"), ns("acronym_ns"),
                         ns("country_ns_per_match"), ns("body_ns_per_match"),
                         ns("area_ns_per_match"), ns("range_ns_per_match"),
                         ns("as-of_ns_per_match")))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("svg")
    parser.add_argument("--markdown")
    args = parser.parse_args()
    with open(args.results, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    if not rows:
        print("plot.py: no rows in %s" % args.results, file=sys.stderr)
        return 1
    width, height = 620, 300
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'font-family="sans-serif">' % (width, 3 * height + 10),
           '<rect width="100%" height="100%" fill="white"/>']
    panel(out, 0, 0, width, height, "Lookups: ns per call", "ns", rows,
          [(k + "_ns", n) for k, n in LOOKUPS])
    panel(out, 0, height, width, height, "Filtered walks: ns per match", "ns per match", rows,
          [(k + "_ns_per_match", n) for k, n in WALKS])
    panel(out, 0, 2 * height, width, height, "Build: seconds", "s", rows, BUILD, log_y=True)
    out.append("</svg>")
    with open(args.svg, "w") as f:
        f.write("\n".join(out) + "\n")
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
