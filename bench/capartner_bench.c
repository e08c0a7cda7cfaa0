/*
 * capartner-bench: libcapartner against SQLite and a linear scan, side by
 * side, in one process.
 *
 *   capartner-bench [--quick] [--data-dir DIR] [--lib-only] [--results FILE]
 *                   [--only OP] [--impl capartner|sqlite|linear] [--fixed N]
 *
 * The three implementations answer the same questions over the same records:
 *
 *  - capartner: the library's static tables (linked statically, or the
 *    shared library for capartner-bench-shared);
 *  - sqlite: an in-memory SQLite database loaded from the same TSV files,
 *    with an index on every column a query looks up, prepared statements
 *    reused (reset + bind + step), as an application would;
 *  - linear: the records parsed from the same TSV files into C arrays of
 *    structs and searched by a plain loop (strcasecmp for ASCII codes, a
 *    compare of case-folded names for names in any script).
 *
 * Before timing anything the three are checked to give the same answers
 * (the same record for every key, the same matches in the same order for
 * every walk); a disagreement is reported and the exit status is 2.
 *
 * Timing: CLOCK_MONOTONIC around batches of calls, the batch size chosen so
 * that one batch lasts at least 2 ms (0.2 ms with --quick); the three
 * implementations are interleaved in each of 11 rounds (3 with --quick) so
 * that a load spike hits them alike; the median batch gives ns per
 * operation. Every result feeds a volatile sink so nothing is optimised
 * away.
 */
#define _POSIX_C_SOURCE 200809L

#include "bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out) {
    fputs("usage: capartner-bench [options]\n"
          "  --quick            a smoke run: short batches, 3 rounds (CI)\n"
          "  --data-dir DIR     the TSV files the baselines load (default: the compiled-in\n"
          "                     data directory, " CAPARTNER_BENCH_DATA_DIR ")\n"
          "  --lib-only         measure the library only: no SQLite, no linear scan\n"
          "  --results FILE     also write the results as TSV\n"
          "  --only OP          one operation: alpha2 numeric name-en name-fr name-ru acronym\n"
          "                     as-of timeline timeline-step country body area range\n"
          "                     range-possibly\n"
          "  --impl IMPL        one implementation: capartner sqlite linear\n"
          "  --fixed N          run each measured operation exactly N times, once, and print\n"
          "                     nothing else (for callgrind: bench/instructions.sh)\n"
          "  --country ID --body ID --area ID    the walks' filters (default KZ, pfp, and\n"
          "                     the most frequent area; the most frequent when absent)\n"
          "  --range FROM TO    the date-range walk (default 2010 2014)\n"
          "  --as-of DATE       the participations' date (default 2015-01-01)\n",
          out);
}

/* Fills o from the command line; returns -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, struct options *o) {
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        bool more = i + 1 < argc;
        if (strcmp(arg, "--quick") == 0) {
            o->quick = true;
        } else if (strcmp(arg, "--lib-only") == 0) {
            o->lib_only = true;
        } else if (strcmp(arg, "--data-dir") == 0 && more) {
            o->data_dir = argv[++i];
        } else if (strcmp(arg, "--results") == 0 && more) {
            o->results = argv[++i];
        } else if (strcmp(arg, "--only") == 0 && more) {
            o->only = argv[++i];
        } else if (strcmp(arg, "--impl") == 0 && more) {
            o->impl = argv[++i];
        } else if (strcmp(arg, "--fixed") == 0 && more) {
            o->fixed = (size_t)strtoull(argv[++i], NULL, 10);
        } else if (strcmp(arg, "--country") == 0 && more) {
            o->country = argv[++i];
        } else if (strcmp(arg, "--body") == 0 && more) {
            o->body = argv[++i];
        } else if (strcmp(arg, "--area") == 0 && more) {
            o->area = argv[++i];
        } else if (strcmp(arg, "--range") == 0 && i + 2 < argc) {
            o->range_from = argv[++i];
            o->range_to = argv[++i];
        } else if (strcmp(arg, "--as-of") == 0 && more) {
            o->as_of = argv[++i];
        } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return 1;
        }
    }
    return -1;
}

/* The implementations to run: all, the library only, or the one of --impl. */
static void choose_impls(const struct options *o, bool impls[IMPL_COUNT]) {
    impls[IMPL_CAPARTNER] = true;
    impls[IMPL_SQLITE] = impls[IMPL_LINEAR] = !o->lib_only;
    if (o->impl == NULL)
        return;
    bool known = false;
    for (int impl = 0; impl < IMPL_COUNT; impl++) {
        impls[impl] = strcmp(o->impl, impl_names[impl]) == 0;
        known = known || impls[impl];
    }
    if (!known)
        die("unknown implementation %s", o->impl);
}

static void print_header(const struct options *o, bool baselines, double load_ms, bool agree,
                         int rounds, double min_batch_ns) {
    printf("libcapartner %s, data as of %s (digest %.12s), %zu countries, %zu bodies, %zu "
           "participations, %zu events\n",
           capartner_version(), capartner_data_as_of(), capartner_data_digest(),
           capartner_country_count(), capartner_body_count(), capartner_participation_count(),
           capartner_event_count());
    if (baselines)
        printf("baselines loaded from %s in %.0f ms: SQLite %s in memory with indexes;"
               " linear scans over the parsed records\n",
               o->data_dir, load_ms, sqlite3_libversion());
    printf("answers checked: %s\n",
           agree ? "the implementations agree" : "DISAGREEMENT (see above): results are suspect");
    printf("%s: median of %d rounds, batches of at least %.1f ms, implementations interleaved\n",
           o->quick ? "quick mode" : "full mode", rounds, min_batch_ns / 1e6);
    fflush(stdout);
}

int main(int argc, char **argv) {
    struct options o = {false,  false,  CAPARTNER_BENCH_DATA_DIR,
                        NULL,   NULL,   NULL,
                        "KZ",   "pfp",  NULL,
                        "2010", "2014", "2015-01-01",
                        0};
    int status = parse_options(argc, argv, &o);
    if (status >= 0)
        return status;
    bool impls[IMPL_COUNT];
    choose_impls(&o, impls);
    bool baselines = impls[IMPL_SQLITE] || impls[IMPL_LINEAR];

    double load_start = now_ns();
    struct baseline base;
    memset(&base, 0, sizeof base);
    if (baselines)
        baseline_load(&base, o.data_dir);
    double load_ms = (now_ns() - load_start) / 1e6;

    struct op ops[OPS_MAX];
    memset(ops, 0, sizeof ops);
    size_t count = build_ops(ops, &o, baselines ? &base : NULL);
    bool agree = check_ops(ops, count, baselines);

    if (o.fixed > 0) {
        /* callgrind mode: exactly N calls of each selected operation */
        for (size_t i = 0; i < count; i++)
            if (o.only == NULL || strcmp(o.only, ops[i].name) == 0)
                run_fixed(&ops[i], impls, o.fixed);
        return agree ? 0 : 2;
    }

    int rounds = o.quick ? 3 : 11;
    double min_batch_ns = o.quick ? 2e5 : 2e6;
    print_header(&o, baselines, load_ms, agree, rounds, min_batch_ns);
    for (size_t i = 0; i < count; i++)
        if (o.only == NULL || strcmp(o.only, ops[i].name) == 0)
            measure(&ops[i], impls, min_batch_ns, rounds);

    print_table(ops, count);
    print_targets(ops, count, baselines);
    if (o.results != NULL)
        write_results(o.results, ops, count);
    free_ops(ops, count);
    if (baselines)
        baseline_free(&base);
    return agree ? 0 : 2;
}
