/* Command-line parsing. Global options may stand anywhere, so they are
 * taken out first; what remains is the command, its positional arguments
 * and its own options, parsed against a small table per command. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* An option is "--name" or "-x" with a letter; "-5" is a number, "-" and
 * "--" are not options. */
static int is_option(const char *s)
{
    if (s[0] != '-' || s[1] == '\0')
        return 0;
    if (s[1] == '-')
        return s[2] != '\0';
    return (s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' && s[1] <= 'Z');
}

/* Matches "--name" or "--name=value"; sets *inline_value for the latter. */
static int match(const char *arg, const char *name, const char **inline_value)
{
    size_t n = strlen(name);
    *inline_value = NULL;
    if (strncmp(arg, name, n) != 0)
        return 0;
    if (arg[n] == '\0')
        return 1;
    if (arg[n] == '=') {
        *inline_value = arg + n + 1;
        return 1;
    }
    return 0;
}

static int value_of(const char *name, const char *inline_value, int argc, char **argv, int *i,
                    const char **out)
{
    const char *v = inline_value;
    if (!v && *i + 1 < argc)
        v = argv[++*i];
    if (!v || !*v) { /* "--rules=" or "--rules ''" names nothing */
        fprintf(stderr, "quanze: option '%s' needs a value\nTry 'quanze --help'.\n", name);
        return QZC_EXIT_USAGE;
    }
    *out = v;
    return 0;
}

int qzc_take_globals(qzc_globals *g, int *argc, char **argv)
{
    static const char *const file_opts[] = {"--rules", "--org", "--calendar", "--region"};
    int i, kept = 0, rest = 0;

    for (i = 0; i < *argc; i++) {
        const char *a = argv[i], *v = NULL;
        size_t k;
        int taken = 0;

        if (rest || !is_option(a)) {
            rest = rest || strcmp(a, "--") == 0;
            argv[kept++] = argv[i];
            continue;
        }
        for (k = 0; k < 4 && !taken; k++) {
            if (match(a, file_opts[k], &v)) {
                const char **dest = k == 0   ? &g->rules
                                    : k == 1 ? &g->org
                                    : k == 2 ? &g->calendar
                                             : &g->region;
                int rc = value_of(file_opts[k], v, *argc, argv, &i, dest);
                if (rc)
                    return rc;
                taken = 1;
            }
        }
        if (taken)
            continue;
        if (strcmp(a, "--json") == 0)
            g->json = 1;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
            g->help = 1;
        else if (strcmp(a, "--version") == 0)
            g->version = 1;
        else if (strcmp(a, "--provisional") == 0)
            g->provisional = 1;
        else
            argv[kept++] = argv[i];
    }
    *argc = kept;
    return 0;
}

static int list_push(qzc_list *l, const char *s)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        const char **items = realloc(l->items, cap * sizeof(*items));
        if (!items) {
            fputs("quanze: out of memory\n", stderr);
            return QZC_EXIT_DATA;
        }
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = s;
    return 0;
}

/* Adds "a,b,c" as three values (splitting in place; argv is writable). */
static int list_add(qzc_list *l, char *s)
{
    char *comma;
    int rc;
    while ((comma = strchr(s, ',')) != NULL) {
        *comma = '\0';
        if (*s && (rc = list_push(l, s)) != 0)
            return rc;
        s = comma + 1;
    }
    return *s ? list_push(l, s) : 0;
}

void qzc_list_free(qzc_list *l)
{
    free(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}

static int take_option(qzc_ctx *c, const qzc_opt *o, const char *v, int argc, char **argv, int *i)
{
    int rc;
    switch (o->kind) {
    case QZC_OPT_FLAG:
        if (v)
            return qzc_usage(c, "option '%s' takes no value", o->name);
        *(int *)o->dest = 1;
        return 0;
    case QZC_OPT_VALUE:
        return value_of(o->name, v, argc, argv, i, (const char **)o->dest) ? QZC_EXIT_USAGE : 0;
    case QZC_OPT_LIST: {
        qzc_list *l = o->dest;
        size_t before = l->n;
        if (v && (rc = list_add(l, (char *)v)) != 0)
            return rc;
        while (*i + 1 < argc && !is_option(argv[*i + 1]) && strcmp(argv[*i + 1], "--") != 0)
            if ((rc = list_add(l, argv[++*i])) != 0)
                return rc;
        if (l->n == before)
            return qzc_usage(c, "option '%s' needs at least one value", o->name);
        return 0;
    }
    }
    return QZC_EXIT_USAGE;
}

int qzc_parse(qzc_ctx *c, int argc, char **argv, const qzc_opt *spec, const char **pos, int min_pos,
              int max_pos, int *npos)
{
    int i, n = 0, rest = 0;

    for (i = 0; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        const qzc_opt *o;
        int rc;

        if (!rest && strcmp(a, "--") == 0) {
            rest = 1;
            continue;
        }
        if (rest || !is_option(a)) {
            if (n >= max_pos)
                return qzc_usage(c, "unexpected argument '%s'", a);
            pos[n++] = a;
            continue;
        }
        for (o = spec; o && o->name; o++)
            if (match(a, o->name, &v))
                break;
        if (!o || !o->name)
            return qzc_usage(c, "unknown option '%s'", a);
        if ((rc = take_option(c, o, v, argc, argv, &i)) != 0)
            return rc;
    }
    if (n < min_pos)
        return qzc_usage(c, "missing argument%s", min_pos - n > 1 ? "s" : "");
    *npos = n;
    return 0;
}

int qzc_usage(const qzc_ctx *c, const char *fmt, ...)
{
    va_list ap;
    fputs("quanze: ", stderr);
    if (c && c->command)
        fprintf(stderr, "%s: ", c->command);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (c && c->command)
        fprintf(stderr, "Try 'quanze %s --help'.\n", c->command);
    else
        fputs("Try 'quanze --help'.\n", stderr);
    return QZC_EXIT_USAGE;
}

int qzc_date_arg(const qzc_ctx *c, const char *s, const char *what, qz_date *out)
{
    if (qz_date_parse(out, s) != QZ_OK)
        return qzc_usage(c, "bad date '%s' for %s: expected YYYY-MM-DD", s, what);
    return 0;
}

int qzc_date_or_today(const qzc_ctx *c, const char *s, const char *what, qz_date *out)
{
    if (!s) {
        *out = qz_date_today();
        return 0;
    }
    return qzc_date_arg(c, s, what, out);
}

int qzc_int_arg(const qzc_ctx *c, const char *s, const char *what, int *out)
{
    char *end;
    long v;
    if (!*s)
        return qzc_usage(c, "empty number for %s", what);
    /* strtol would skip leading blanks: " 5" is not a number here */
    if (!((*s >= '0' && *s <= '9') || ((*s == '-' || *s == '+') && s[1] >= '0' && s[1] <= '9')))
        return qzc_usage(c, "bad number '%s' for %s", s, what);
    v = strtol(s, &end, 10);
    if (*end != '\0' || v < -1000000 || v > 1000000)
        return qzc_usage(c, "bad number '%s' for %s", s, what);
    *out = (int)v;
    return 0;
}
