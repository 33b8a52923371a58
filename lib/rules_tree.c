/* The rule-set XML as a tree: read through the validating pull reader, kept
 * in the rule set's arena so that saving gives back everything that was read
 * (elements, attributes in their order, citation texts), in canonical layout. */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "buf.h"
#include "embedded.h"
#include "error.h"
#include "rules.h"
#include "xml.h"

static qz_xml_schema qz_rules_schema =
    QZ_XML_SCHEMA_INIT(qz__embedded_rules_xsd, qz__embedded_rules_xsd_size, "rules.xsd");

const char *qz_rules__attr(const qz_rnode *n, const char *name)
{
    for (size_t i = 0; i < n->nattrs; i++)
        if (strcmp(n->attrs[2 * i], name) == 0)
            return n->attrs[2 * i + 1];
    return NULL;
}

/* The separators of an attribute that lists ids, as XML Schema's list types
 * allow them. */
#define ID_SEPARATORS " \t\r\n"

size_t qz_rules__count_ids(const char *list)
{
    size_t n = 0;
    for (const char *p = list; p && *p;) {
        p += strspn(p, ID_SEPARATORS);
        size_t len = strcspn(p, ID_SEPARATORS);
        n += len > 0;
        p += len;
    }
    return n;
}

int qz_rules__next_id(const char **p, char *id, size_t size)
{
    const char *s = *p;
    if (!s)
        return 0;
    s += strspn(s, ID_SEPARATORS);
    *p = s;
    size_t len = strcspn(s, ID_SEPARATORS);
    if (!len)
        return 0;
    if (len >= size)
        return -1;
    memcpy(id, s, len);
    id[len] = '\0';
    *p = s + len;
    return 1;
}

/* The unit= names of qz_time_unit, as rules.xsd spells them. */
static const struct {
    const char *name;
    int unit;
} unit_names[] = {
    {"workdays", QZ_UNIT_WORKDAYS},   {"days", QZ_UNIT_DAYS},
    {"half-days", QZ_UNIT_HALF_DAYS}, {"hours", QZ_UNIT_HOURS},
    {"weeks", QZ_UNIT_WEEKS},         {"months", QZ_UNIT_MONTHS},
    {"quarters", QZ_UNIT_QUARTERS},   {"half-years", QZ_UNIT_HALF_YEARS},
    {"years", QZ_UNIT_YEARS},
};
_Static_assert(sizeof(unit_names) / sizeof(unit_names[0]) == QZ_UNIT_YEARS,
               "a name for every qz_time_unit but unknown");

int qz_rules__time_unit(const char *name)
{
    for (size_t k = 0; name && k < sizeof(unit_names) / sizeof(unit_names[0]); k++)
        if (strcmp(unit_names[k].name, name) == 0)
            return unit_names[k].unit;
    return 0;
}

int qz_rules__period(const char *name)
{
    static const struct {
        const char *name;
        int per;
    } periods[] = {{"week", QZ_PER_WEEK},
                   {"month", QZ_PER_MONTH},
                   {"quarter", QZ_PER_QUARTER},
                   {"half-year", QZ_PER_HALF_YEAR},
                   {"year", QZ_PER_YEAR}};
    for (size_t k = 0; name && k < sizeof(periods) / sizeof(periods[0]); k++)
        if (strcmp(periods[k].name, name) == 0)
            return periods[k].per;
    return 0;
}

int qz_rules__bool(const char *value)
{
    return value && (strcmp(value, "true") == 0 || strcmp(value, "1") == 0);
}

int qz_rules__number(const char *value, int lo, int hi)
{
    if (!value)
        return 0;
    char *end;
    long v = strtol(value, &end, 10);
    return *end || v < lo || v > hi ? -1 : (int)v;
}

static int add_kid(qz_arena *a, qz_rnode *parent, qz_rnode *kid)
{
    if (qz__arena_grow(a, (void **)&parent->kids, &parent->capkids, parent->nkids + 1,
                       sizeof(*parent->kids)) < 0)
        return QZ_ENOMEM;
    parent->kids[parent->nkids++] = kid;
    return QZ_OK;
}

static qz_rnode *new_node(qz_arena *a, const qz_xml_node *n)
{
    qz_rnode *r = qz__arena_alloc(a, sizeof(*r));
    if (!r)
        return NULL;
    r->name = qz__arena_strdup(a, n->name);
    r->line = n->line;
    r->column = n->column;
    r->nattrs = n->nattrs;
    if (n->nattrs) {
        r->attrs = qz__arena_alloc(a, 2 * n->nattrs * sizeof(*r->attrs));
        if (!r->attrs)
            return NULL;
        for (size_t i = 0; i < n->nattrs; i++) {
            r->attrs[2 * i] = qz__arena_strdup(a, n->attrs[i].name);
            r->attrs[2 * i + 1] = qz__arena_strdup(a, n->attrs[i].value);
            if (!r->attrs[2 * i] || !r->attrs[2 * i + 1])
                return NULL;
        }
    }
    return r->name ? r : NULL;
}

static int on_node(qz_xml *x, qz_arena *a, const qz_xml_node *n, qz_rnode **stack, qz_rnode **root)
{
    if (n->type == QZ_XML_START) {
        qz_rnode *r = new_node(a, n);
        if (!r)
            return qz__error_nomem();
        if (n->depth == 1)
            *root = r;
        else if (add_kid(a, stack[n->depth - 2], r) < 0)
            return qz__error_nomem();
        stack[n->depth - 1] = r;
    } else if (n->type == QZ_XML_TEXT && n->depth >= 1) {
        qz_rnode *cur = stack[n->depth - 1];
        if (cur->text)
            return qz__xml_fail(x, n, QZ_ESCHEMA, "unexpected text");
        cur->text = qz__arena_strdup(a, n->text);
        if (!cur->text)
            return qz__error_nomem();
    }
    return QZ_OK;
}

int qz_rules__read_tree(qz_rnode **out, qz_arena *a, const char *data, size_t size, const char *name,
                        const char *path)
{
    qz_xml *x = NULL;
    int rc;
    if (path)
        rc = qz__xml_open_file(&x, path, &qz_rules_schema);
    else
        rc = qz__xml_open_memory(&x, data, size, name ? name : "<memory>", &qz_rules_schema);
    if (rc < 0)
        return rc;
    qz_rnode *stack[QZ_XML_MAX_DEPTH + 1];
    qz_rnode *root = NULL;
    const qz_xml_node *n;
    while ((rc = qz__xml_next(x, &n)) > 0) {
        if (n->depth < 1 || n->depth > QZ_XML_MAX_DEPTH) {
            rc = qz__xml_fail(x, n, QZ_ELIMIT, "nesting too deep");
            break;
        }
        if ((rc = on_node(x, a, n, stack, &root)) < 0)
            break;
    }
    qz__xml_close(x);
    if (rc < 0)
        return rc;
    if (!root)
        return qz__error(QZ_EPARSE, "%s: no root element", name ? name : path);
    *out = root;
    return QZ_OK;
}

static void write_node(qz_buf *b, const qz_rnode *n, int depth)
{
    for (int i = 0; i < depth; i++)
        qz__buf_puts(b, "  ");
    qz__buf_puts(b, "<");
    qz__buf_puts(b, n->name);
    for (size_t i = 0; i < n->nattrs; i++)
        qz__buf_put_xml_attr(b, n->attrs[2 * i], n->attrs[2 * i + 1]);
    if (!n->nkids && !n->text) {
        qz__buf_puts(b, "/>\n");
        return;
    }
    qz__buf_puts(b, ">");
    if (n->text)
        qz__buf_put_xml(b, n->text);
    if (n->nkids) {
        qz__buf_puts(b, "\n");
        for (size_t i = 0; i < n->nkids; i++)
            write_node(b, n->kids[i], depth + 1);
        for (int i = 0; i < depth; i++)
            qz__buf_puts(b, "  ");
    }
    qz__buf_puts(b, "</");
    qz__buf_puts(b, n->name);
    qz__buf_puts(b, ">\n");
}

int qz_rules__write_tree(char **out, size_t *len, const qz_rnode *root)
{
    qz_buf b = QZ_BUF_INIT;
    qz__buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    write_node(&b, root, 0);
    return qz__buf_detach(&b, out, len);
}
