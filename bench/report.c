/* capartner-bench: the report. The table of ns per operation with the
 * ratios against capartner, the targets of docs/performance.md, and the
 * results as TSV for bench/scaling.sh. */
#include "bench.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Prints text left-aligned in `width` columns, counting UTF-8 characters
 * rather than bytes (printf's widths count bytes). */
static void print_padded(const char *text, int width) {
    int columns = 0;
    for (const char *c = text; *c != '\0'; c++)
        columns += ((unsigned char)*c & 0xC0) != 0x80;
    fputs(text, stdout);
    for (; columns < width; columns++)
        putchar(' ');
}

static void format_ns(char *out, size_t size, double ns) {
    if (ns < 10)
        snprintf(out, size, "%.2f ns", ns);
    else if (ns < 1000)
        snprintf(out, size, "%.1f ns", ns);
    else if (ns < 1e6)
        snprintf(out, size, "%.2f us", ns / 1e3);
    else
        snprintf(out, size, "%.2f ms", ns / 1e6);
}

static void format_ratio(char *out, size_t size, const struct op *op, enum impl impl) {
    if (!op->measured[impl] || !op->measured[IMPL_CAPARTNER])
        snprintf(out, size, "-");
    else
        snprintf(out, size, "%.1fx", op->ns[impl] / op->ns[IMPL_CAPARTNER]);
}

static const struct op *find_op(const struct op *ops, size_t count, const char *name) {
    for (size_t i = 0; i < count; i++)
        if (strcmp(ops[i].name, name) == 0 && ops[i].measured[IMPL_CAPARTNER])
            return &ops[i];
    return NULL;
}

void print_table(const struct op *ops, size_t count) {
    printf("\n%-40s %9s %11s %11s %11s %9s %9s %10s\n", "operation (ns per operation)", "matches",
           "capartner", "sqlite", "linear", "sqlite/", "linear/", "capartner");
    printf("%-40s %9s %11s %11s %11s %9s %9s %10s\n", "", "", "", "", "", "capartner", "capartner",
           "per match");
    for (size_t i = 0; i < count; i++) {
        const struct op *op = &ops[i];
        if (!op->measured[IMPL_CAPARTNER] && !op->measured[IMPL_SQLITE] &&
            !op->measured[IMPL_LINEAR])
            continue;
        char cells[IMPL_COUNT][24], ratios[2][16], per_match[24] = "";
        for (int impl = 0; impl < IMPL_COUNT; impl++) {
            if (op->measured[impl])
                format_ns(cells[impl], sizeof cells[impl], op->ns[impl]);
            else
                snprintf(cells[impl], sizeof cells[impl], "-");
        }
        format_ratio(ratios[0], sizeof ratios[0], op, IMPL_SQLITE);
        format_ratio(ratios[1], sizeof ratios[1], op, IMPL_LINEAR);
        if (op->kind == OP_WALK && op->matches > 0 && op->measured[IMPL_CAPARTNER])
            format_ns(per_match, sizeof per_match, op->ns[IMPL_CAPARTNER] / (double)op->matches);
        print_padded(op->label, 40);
        printf(" %9zu %11s %11s %11s %9s %9s %10s\n", op->matches, cells[IMPL_CAPARTNER],
               cells[IMPL_SQLITE], cells[IMPL_LINEAR], ratios[0], ratios[1], per_match);
    }
}

/* A walk against the plain loop over parsed records, in the same run. */
static void print_against_linear(const struct op *op, double at_least) {
    if (op == NULL || !op->measured[IMPL_LINEAR])
        return;
    double ratio = op->ns[IMPL_LINEAR] / op->ns[IMPL_CAPARTNER];
    printf("  ");
    print_padded(op->label, 44);
    printf(" %8.1fx     >= %.0fx linear     %s\n", ratio, at_least,
           ratio >= at_least ? "met" : "MISSED");
}

/* Issue 13's targets: every walk at least as fast as the loop, the date
 * range and "as of" 3 times, the whole walk within 1.5 times its cost. */
static void print_linear_targets(const struct op *ops, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (ops[i].kind == OP_WALK && strcmp(ops[i].name, "timeline") != 0 &&
            strcmp(ops[i].name, "timeline-step") != 0)
            print_against_linear(
                &ops[i],
                strcmp(ops[i].name, "range") == 0 || strcmp(ops[i].name, "as-of") == 0 ? 3 : 1);
    const char *whole[] = {"timeline", "timeline-step"};
    for (size_t i = 0; i < 2; i++) {
        const struct op *op = find_op(ops, count, whole[i]);
        if (op == NULL || !op->measured[IMPL_LINEAR])
            continue;
        double ratio = op->ns[IMPL_CAPARTNER] / op->ns[IMPL_LINEAR];
        printf("  ");
        print_padded(op->label, 44);
        printf(" %8.2fx     <= 1.5x linear   %s\n", ratio, ratio <= 1.5 ? "met" : "MISSED");
    }
}

void print_targets(const struct op *ops, size_t count, bool baselines) {
    printf("\ntargets\n");
    const char *codes[] = {"alpha2", "numeric"};
    for (size_t i = 0; i < 2; i++) {
        const struct op *op = find_op(ops, count, codes[i]);
        if (op == NULL)
            continue;
        printf("  ");
        print_padded(op->label, 44);
        printf(" %8.2f ns  <= 5 ns          %s\n", op->ns[IMPL_CAPARTNER],
               op->ns[IMPL_CAPARTNER] <= 5 ? "met" : "MISSED");
        if (baselines && op->measured[IMPL_SQLITE])
            printf("  "), print_padded(op->label, 44),
                printf(" %8.1fx     >= 50x SQLite    %s\n",
                       op->ns[IMPL_SQLITE] / op->ns[IMPL_CAPARTNER],
                       op->ns[IMPL_SQLITE] / op->ns[IMPL_CAPARTNER] >= 50 ? "met" : "MISSED");
    }
    const char *names[] = {"name-en", "name-fr", "name-ru"};
    for (size_t i = 0; i < 3; i++) {
        const struct op *op = find_op(ops, count, names[i]);
        if (op == NULL)
            continue;
        printf("  ");
        print_padded(op->label, 44);
        printf(" %8.2f ns  <= 25 ns         %s\n", op->ns[IMPL_CAPARTNER],
               op->ns[IMPL_CAPARTNER] <= 25 ? "met" : "MISSED");
        if (baselines && op->measured[IMPL_LINEAR])
            printf("  "), print_padded(op->label, 44),
                printf(" %8.1fx     > linear scan    %s\n",
                       op->ns[IMPL_LINEAR] / op->ns[IMPL_CAPARTNER],
                       op->ns[IMPL_LINEAR] > op->ns[IMPL_CAPARTNER] ? "met" : "MISSED");
    }
    const struct op *all = find_op(ops, count, "timeline");
    if (all != NULL && all->matches > 0) {
        double per_event = all->ns[IMPL_CAPARTNER] / (double)all->matches;
        printf("  filtered walks cost O(matches): ns per match, against %.2f ns per event of the"
               " whole walk\n",
               per_event);
        const char *filtered[] = {"country", "body", "area", "range"};
        for (size_t i = 0; i < 4; i++) {
            const struct op *op = find_op(ops, count, filtered[i]);
            if (op == NULL || op->matches == 0)
                continue;
            double per_match = op->ns[IMPL_CAPARTNER] / (double)op->matches;
            printf("  ");
            print_padded(op->label, 44);
            printf(" %8.2f ns per match (%zu matches of %zu; the whole walk costs %.2f ns per"
                   " match of this one)\n",
                   per_match, op->matches, all->matches,
                   all->ns[IMPL_CAPARTNER] / (double)op->matches);
        }
    }
    const struct op *as_of = find_op(ops, count, "as-of");
    if (as_of != NULL && as_of->matches > 0) {
        printf("  ");
        print_padded(as_of->label, 44);
        printf(" %8.2f ns per match (%zu matches; candidates: the country's participations)\n",
               as_of->ns[IMPL_CAPARTNER] / (double)as_of->matches, as_of->matches);
    }
    if (baselines)
        print_linear_targets(ops, count);
}

void write_results(const char *path, const struct op *ops, size_t count) {
    FILE *file = fopen(path, "w");
    if (file == NULL)
        die("%s: %s", path, strerror(errno));
    fprintf(file, "op\timpl\tns_per_op\tmatches\tns_per_match\n");
    for (size_t i = 0; i < count; i++)
        for (int impl = 0; impl < IMPL_COUNT; impl++) {
            const struct op *op = &ops[i];
            if (!op->measured[impl])
                continue;
            double per_match = op->matches > 0 ? op->ns[impl] / (double)op->matches : 0;
            fprintf(file, "%s\t%s\t%.3f\t%zu\t%.3f\n", op->name, impl_names[impl], op->ns[impl],
                    op->matches, per_match);
        }
    fclose(file);
}
