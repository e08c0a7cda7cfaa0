/* The little the command needs from the operating system. */
#if !defined(_WIN32)
#define _POSIX_C_SOURCE 200809L
#endif

#include "platform.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#if defined(_WIN32)
#include <direct.h>
#include <io.h>
#else
#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
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

/* The locale's character set ("UTF-8", "ISO-8859-1", "ANSI_X3.4-1968"),
 * from the environment (LC_ALL, LC_CTYPE, LANG), read once. */
static const char *locale_charset(void) {
#if defined(_WIN32)
    return "UTF-8";
#else
    static const char *charset;
    if (charset == NULL) {
        setlocale(LC_CTYPE, "");
        charset = nl_langinfo(CODESET);
        if (charset == NULL || charset[0] == '\0')
            charset = "ANSI_X3.4-1968";
    }
    return charset;
#endif
}

bool platform_locale_is_utf8(void) {
    const char *charset = locale_charset();
    return strcmp(charset, "UTF-8") == 0 || strcmp(charset, "utf8") == 0 ||
           strcmp(charset, "UTF8") == 0;
}

char *platform_locale_to_utf8(const char *text) {
#if defined(_WIN32)
    (void)text;
    return NULL;
#else
    if (platform_locale_is_utf8())
        return NULL;
    iconv_t converter = iconv_open("UTF-8", locale_charset());
    if (converter == (iconv_t)-1)
        return NULL;
    size_t in_left = strlen(text), out_size = 4 * in_left + 1, out_left = out_size - 1;
    char *out = malloc(out_size), *in = (char *)text, *cursor = out;
    bool converted = out != NULL &&
                     iconv(converter, &in, &in_left, &cursor, &out_left) != (size_t)-1 &&
                     in_left == 0;
    iconv_close(converter);
    if (!converted) {
        free(out);
        return NULL;
    }
    *cursor = '\0';
    return out;
#endif
}
