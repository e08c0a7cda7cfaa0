/* The digest thread (see digest.h). Where there are no POSIX threads the
 * digest is computed at once, before loading starts: the same bytes in the
 * same order, so the same digest either way. */
#if defined(__unix__) || defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#define DIGEST_THREADS 1
#else
#define DIGEST_THREADS 0
#endif
#include "digest.h"

#include "util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Progress is published every this many bytes: often enough that the loader
 * never waits long, rarely enough that the lock costs nothing. */
enum { DIGEST_CHUNK = 1 << 20 };

struct digest_job {
    struct sha256 *context;
    const char *bytes;
    size_t size;
#if DIGEST_THREADS
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t progressed;
    bool threaded; /* false when no thread could be started */
#endif
    size_t done; /* bytes digested (under lock when threaded) */
};

#if DIGEST_THREADS
static void *run(void *argument) {
    struct digest_job *job = argument;
    size_t done = 0;
    while (done < job->size) {
        size_t step = job->size - done < DIGEST_CHUNK ? job->size - done : DIGEST_CHUNK;
        sha256_update(job->context, job->bytes + done, step);
        done += step;
        pthread_mutex_lock(&job->lock);
        job->done = done;
        pthread_cond_broadcast(&job->progressed);
        pthread_mutex_unlock(&job->lock);
    }
    return NULL;
}
#endif

struct digest_job *digest_start(struct sha256 *context, const char *name, const char *bytes,
                                size_t size) {
    struct digest_job *job = xcalloc(1, sizeof *job);
    job->context = context;
    job->bytes = bytes;
    job->size = size;
    sha256_update(context, name, strlen(name) + 1);
#if DIGEST_THREADS
    pthread_mutex_init(&job->lock, NULL);
    pthread_cond_init(&job->progressed, NULL);
    job->threaded = pthread_create(&job->thread, NULL, run, job) == 0;
    if (job->threaded)
        return job;
#endif
    /* no thread: digest now, so that every wait returns at once */
    sha256_update(context, bytes, size);
    job->done = size;
    return job;
}

size_t digest_wait(void *job_pointer, size_t offset) {
    struct digest_job *job = job_pointer;
#if DIGEST_THREADS
    if (job->threaded) {
        if (offset > job->size)
            offset = job->size;
        pthread_mutex_lock(&job->lock);
        while (job->done < offset)
            pthread_cond_wait(&job->progressed, &job->lock);
        size_t done = job->done;
        pthread_mutex_unlock(&job->lock);
        return done;
    }
#endif
    (void)offset;
    return job->done;
}

void digest_finish(struct digest_job *job) {
#if DIGEST_THREADS
    if (job->threaded)
        pthread_join(job->thread, NULL);
    pthread_mutex_destroy(&job->lock);
    pthread_cond_destroy(&job->progressed);
#endif
    free(job);
}
