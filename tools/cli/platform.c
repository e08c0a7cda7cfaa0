/* The little the command needs from the operating system. */
#if !defined(_WIN32)
#define _POSIX_C_SOURCE 200809L
#endif

#include "platform.h"

#include <errno.h>
#include <stdlib.h>

#if defined(_WIN32)
#include <direct.h>
#include <io.h>
#else
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

bool platform_is_terminal(FILE *stream) {
#if defined(_WIN32)
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

int platform_terminal_width(void) {
    const char *columns = getenv("COLUMNS");
    if (columns != NULL) {
        long value = strtol(columns, NULL, 10);
        if (value >= 20 && value <= 10000)
            return (int)value;
    }
#if defined(TIOCGWINSZ)
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20)
        return size.ws_col;
#endif
    return 80;
}

bool platform_make_directory(const char *path) {
#if defined(_WIN32)
    if (_mkdir(path) == 0)
        return true;
#else
    if (mkdir(path, 0777) == 0)
        return true;
#endif
    return errno == EEXIST;
}
