/* capartner-bench: the timing harness. CLOCK_MONOTONIC around batches of
 * calls, each batch long enough to time; the implementations interleaved in
 * every round so that a load spike hits them alike; the median round gives
 * ns per operation. Every result feeds a volatile sink so nothing is
 * optimised away. */
#define _POSIX_C_SOURCE 200809L

#include "bench.h"

#include <stdlib.h>

static volatile uint64_t sink;

uint64_t capartner_bench_batch(struct op *op, enum impl impl, size_t n) {
    return op->run[impl](op, n);
}

void run_fixed(struct op *op, const bool impls[IMPL_COUNT], size_t n) {
    for (int impl = 0; impl < IMPL_COUNT; impl++)
        if (impls[impl])
            sink += capartner_bench_batch(op, (enum impl)impl, n);
}

static double time_batch(struct op *op, enum impl impl, size_t n) {
    double start = now_ns();
    sink += capartner_bench_batch(op, impl, n);
    return now_ns() - start;
}

/* The number of calls that lasts at least min_batch_ns. */
static size_t batch_size(struct op *op, enum impl impl, double min_batch_ns) {
    size_t n = 1;
    for (;;) {
        double elapsed = time_batch(op, impl, n);
        if (elapsed >= min_batch_ns)
            return n;
        /* grow towards the target, at most 16x at a time */
        double factor = elapsed <= 0 ? 16 : 1.25 * min_batch_ns / elapsed;
        n = (size_t)((double)n * (factor > 16 ? 16 : factor < 2 ? 2 : factor));
    }
}

void measure(struct op *op, const bool impls[IMPL_COUNT], double min_batch_ns, int rounds) {
    size_t batch[IMPL_COUNT];
    for (int impl = 0; impl < IMPL_COUNT; impl++)
        if (impls[impl])
            batch[impl] = batch_size(op, (enum impl)impl, min_batch_ns);
    double samples[IMPL_COUNT][32];
    for (int r = 0; r < rounds; r++)
        for (int impl = 0; impl < IMPL_COUNT; impl++)
            if (impls[impl])
                samples[impl][r] =
                    time_batch(op, (enum impl)impl, batch[impl]) / (double)batch[impl];
    for (int impl = 0; impl < IMPL_COUNT; impl++) {
        if (!impls[impl])
            continue;
        qsort(samples[impl], (size_t)rounds, sizeof(double), compare_double);
        op->ns[impl] = samples[impl][rounds / 2];
        op->measured[impl] = true;
    }
}
