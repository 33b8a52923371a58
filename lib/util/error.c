/* The thread-local last error. Fixed-size storage: recording an error never
 * allocates, so an out-of-memory failure can always be reported. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define QZ_MSG_MAX 1024
#define QZ_FILE_MAX 512

struct qz_error {
    int code;
    int line;
    int column;
    int has_file;
    char file[QZ_FILE_MAX];
    char message[QZ_MSG_MAX];
};

static _Thread_local struct qz_error last_error;

static void set_file(const char *file)
{
    last_error.has_file = file != NULL;
    if (file) {
        size_t n = strlen(file);
        if (n >= QZ_FILE_MAX)
            n = QZ_FILE_MAX - 1;
        memcpy(last_error.file, file, n);
        last_error.file[n] = '\0';
    } else {
        last_error.file[0] = '\0';
    }
}

static int record(int code, const char *file, int line, int column, const char *fmt, va_list ap)
{
    last_error.code = code;
    last_error.line = line;
    last_error.column = column;
    set_file(file);
    vsnprintf(last_error.message, sizeof(last_error.message), fmt, ap);
    return code;
}

int qz__error(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(code, NULL, 0, 0, fmt, ap);
    va_end(ap);
    return code;
}

int qz__error_at(int code, const char *file, int line, int column, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(code, file, line, column, fmt, ap);
    va_end(ap);
    return code;
}

int qz__error_nomem(void)
{
    return qz__error(QZ_ENOMEM, "out of memory");
}

const qz_error *qz_error_last(void)
{
    return &last_error;
}

int qz_error_code(const qz_error *e)
{
    return e ? e->code : QZ_OK;
}

const char *qz_error_message(const qz_error *e)
{
    return e ? e->message : "";
}

const char *qz_error_file(const qz_error *e)
{
    return (e && e->has_file) ? e->file : NULL;
}

int qz_error_line(const qz_error *e)
{
    return e ? e->line : 0;
}

int qz_error_column(const qz_error *e)
{
    return e ? e->column : 0;
}

void qz_error_clear(void)
{
    memset(&last_error, 0, sizeof(last_error));
}

const char *qz_strerror(int code)
{
    switch (code) {
    case QZ_OK: return "success";
    case QZ_ENOMEM: return "out of memory";
    case QZ_EINVAL: return "invalid argument";
    case QZ_EPARSE: return "malformed input";
    case QZ_ESCHEMA: return "input breaks the format's rules";
    case QZ_ENOTFOUND: return "not found";
    case QZ_ERANGE: return "date outside the data's coverage";
    case QZ_EIO: return "input/output error";
    case QZ_ELIMIT: return "input exceeds a limit";
    default: return "unknown error";
    }
}
