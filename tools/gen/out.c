/* The buffered C writer, and its writer thread. */
#if defined(__unix__) || defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#define OUT_THREADS 1
#else
#define OUT_THREADS 0
#endif
#include "out.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

/* One buffer handed over at a time: the filling thread waits for the
 * writer only when it fills a buffer before the previous one is written. */
struct out_writer {
#if OUT_THREADS
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t changed;
#endif
    char *spare;    /* the buffer not being filled */
    size_t pending; /* bytes of `spare` to write; 0 when idle */
    bool stopping;  /* no more buffers will come */
    bool failed;    /* a write failed */
};

static bool write_all(FILE *stream, const char *bytes, size_t size) {
    return size == 0 || fwrite(bytes, 1, size, stream) == size;
}

#if OUT_THREADS
static void *run_writer(void *argument) {
    struct out *out = argument;
    struct out_writer *writer = out->writer;
    pthread_mutex_lock(&writer->lock);
    for (;;) {
        while (writer->pending == 0 && !writer->stopping)
            pthread_cond_wait(&writer->changed, &writer->lock);
        if (writer->pending == 0)
            break;
        size_t size = writer->pending;
        pthread_mutex_unlock(&writer->lock);
        bool written = write_all(out->stream, writer->spare, size);
        pthread_mutex_lock(&writer->lock);
        writer->failed |= !written;
        writer->pending = 0;
        pthread_cond_broadcast(&writer->changed);
    }
    pthread_mutex_unlock(&writer->lock);
    return NULL;
}

static void free_writer(struct out_writer *writer) {
    pthread_mutex_destroy(&writer->lock);
    pthread_cond_destroy(&writer->changed);
    free(writer->spare);
    free(writer);
}

static void start_writer(struct out *out) {
    struct out_writer *writer = xcalloc(1, sizeof *writer);
    writer->spare = xmalloc(OUT_BUFFER_BYTES);
    pthread_mutex_init(&writer->lock, NULL);
    pthread_cond_init(&writer->changed, NULL);
    out->writer = writer;
    if (pthread_create(&writer->thread, NULL, run_writer, out) != 0) {
        /* no thread: write in the caller's */
        free_writer(writer);
        out->writer = NULL;
    }
}
#endif

void out_init(struct out *out, FILE *stream) {
    out->stream = stream;
    out->failed = false;
    out->used = 0;
    out->buffer = xmalloc(OUT_BUFFER_BYTES);
    out->writer = NULL;
#if OUT_THREADS
    start_writer(out);
#endif
}

static void drain(struct out *out) {
    if (out->used == 0)
        return;
#if OUT_THREADS
    struct out_writer *writer = out->writer;
    if (writer != NULL) {
        pthread_mutex_lock(&writer->lock);
        while (writer->pending != 0)
            pthread_cond_wait(&writer->changed, &writer->lock);
        char *full = out->buffer;
        out->buffer = writer->spare;
        writer->spare = full;
        writer->pending = out->used;
        pthread_cond_broadcast(&writer->changed);
        pthread_mutex_unlock(&writer->lock);
        out->used = 0;
        return;
    }
#endif
    out->failed |= !write_all(out->stream, out->buffer, out->used);
    out->used = 0;
}

/* Room for `bytes` more bytes (bytes <= the buffer size). */
static char *reserve(struct out *out, size_t bytes) {
    if ((size_t)OUT_BUFFER_BYTES - out->used < bytes)
        drain(out);
    return out->buffer + out->used;
}

void out_bytes(struct out *out, const void *bytes, size_t length) {
    const char *cursor = bytes;
    while (length > 0) {
        size_t chunk = length < (size_t)OUT_BUFFER_BYTES ? length : (size_t)OUT_BUFFER_BYTES;
        memcpy(reserve(out, chunk), cursor, chunk);
        out->used += chunk;
        cursor += chunk;
        length -= chunk;
    }
}

void out_text(struct out *out, const char *text) {
    out_bytes(out, text, strlen(text));
}

void out_char(struct out *out, char c) {
    *reserve(out, 1) = c;
    out->used++;
}

void out_u32(struct out *out, uint32_t value) {
    char digits[10];
    size_t count = 0;
    do {
        digits[count++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    char *at = reserve(out, count);
    for (size_t i = 0; i < count; i++)
        at[i] = digits[count - 1 - i];
    out->used += count;
}

void out_i32(struct out *out, int32_t value) {
    if (value < 0) {
        /* never INT32_MIN here; dates are non-negative, but stay general */
        out_char(out, '-');
        out_u32(out, (uint32_t)(-(int64_t)value));
        return;
    }
    out_u32(out, (uint32_t)value);
}

static void literal_body(struct out *out, const char *text, size_t length) {
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c == '?') {
            char *at = reserve(out, 4);
            at[0] = '\\';
            at[1] = (char)('0' + (c >> 6));
            at[2] = (char)('0' + ((c >> 3) & 7));
            at[3] = (char)('0' + (c & 7));
            out->used += 4;
        } else {
            out_char(out, (char)c);
        }
    }
}

void out_literal(struct out *out, const char *text, size_t length) {
    out_char(out, '"');
    literal_body(out, text, length);
    out_char(out, '"');
}

void out_literal_nul(struct out *out, const char *text, size_t length) {
    out_char(out, '"');
    literal_body(out, text, length);
    out_text(out, "\\000\"");
}

bool out_flush(struct out *out) {
    drain(out);
#if OUT_THREADS
    struct out_writer *writer = out->writer;
    if (writer != NULL) {
        pthread_mutex_lock(&writer->lock);
        writer->stopping = true;
        pthread_cond_broadcast(&writer->changed);
        pthread_mutex_unlock(&writer->lock);
        pthread_join(writer->thread, NULL);
        out->failed |= writer->failed;
        free_writer(writer);
        out->writer = NULL;
    }
#endif
    free(out->buffer);
    out->buffer = NULL;
    if (fflush(out->stream) != 0)
        out->failed = true;
    return !out->failed;
}
