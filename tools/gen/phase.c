/* Phase timings (CAPARTNER_GEN_TIMING). */
#if defined(__unix__) || defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L /* clock_gettime, getrusage */
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#define PHASE_AVAILABLE 1
#else
#define PHASE_AVAILABLE 0
#endif
#include "phase.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#if PHASE_AVAILABLE
static bool enabled;
static double started;

static double now(void) {
    struct timespec time;
    clock_gettime(CLOCK_MONOTONIC, &time);
    return (double)time.tv_sec + (double)time.tv_nsec / 1e9;
}

/* The resident size now, in MiB (Linux's /proc; -1 elsewhere): what the
 * next phase starts from, where the peak says what the last one reached. */
static long resident_mib(void) {
    FILE *statm = fopen("/proc/self/statm", "r");
    if (statm == NULL)
        return -1;
    long pages_total, pages_resident;
    int fields = fscanf(statm, "%ld %ld", &pages_total, &pages_resident);
    fclose(statm);
    return fields == 2 ? (long)((long long)pages_resident * sysconf(_SC_PAGESIZE) / (1024 * 1024))
                       : -1;
}
#endif

void phase_begin(void) {
#if PHASE_AVAILABLE
    enabled = getenv("CAPARTNER_GEN_TIMING") != NULL;
    started = now();
#endif
}

void phase_end(const char *name) {
#if PHASE_AVAILABLE
    if (!enabled)
        return;
    double end = now();
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    /* Linux reports ru_maxrss in KiB */
    fprintf(stderr, "capartner-gen: %-5s %6.2f s, peak %ld MiB, now %ld MiB\n", name, end - started,
            (long)usage.ru_maxrss / 1024, resident_mib());
    started = end;
#else
    (void)name;
#endif
}
