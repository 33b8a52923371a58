/* The library's only use of libxml2: a hardened, validating pull reader built
 * on the SAX2 push parser.
 *
 * Why SAX push and not xmlTextReader: the push parser tells exactly where each
 * start tag is, so every message can name line and column; and feeding chunks
 * keeps parser memory constant for inputs of any size.
 *
 * Hardening, per the libxml2 2.9.14 that Debian 12 ships:
 * - options: XML_PARSE_NONET | XML_PARSE_BIG_LINES only (never NOENT, DTDLOAD,
 *   DTDATTR, DTDVALID, XINCLUDE, HUGE or RECOVER);
 * - the internalSubset callback refuses any DOCTYPE before its declarations
 *   are read, so no entity (internal or external) is ever declared;
 * - files are opened here with fopen and fed as bytes: libxml2 opens nothing;
 * - depth, attribute count and text size are limited;
 * - no process-wide libxml2 setting is touched: errors arrive through this
 *   reader's own structured handlers (nothing is printed).
 */
#include "xml.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

#include "alloc.h"
#include "buf.h"
#include "error.h"

#define CHUNK_SIZE (64 * 1024)
#define QZ_MAX_INPUT ((long long)1 << 30)   /* 1 GiB */

typedef struct event {
    int type, depth, line, column;
    size_t name_off;     /* in arena */
    size_t text_off;
    size_t text_len;
    size_t attr_first;   /* index in attrs */
    size_t nattrs;
} event;

typedef struct attr_off {
    size_t name_off, value_off;
} attr_off;

struct qz_xml {
    char *name;
    const char *mem;
    size_t mem_size, mem_pos;
    FILE *file;
    long long input_size;

    xmlSAXHandler sax;
    xmlParserCtxtPtr ctxt;
    xmlSchemaValidCtxtPtr vctxt;
    xmlSchemaSAXPlugPtr plug;

    qz_buf arena;          /* names, values and texts of queued events */
    event *events;
    size_t nevents, cap_events, next_event;
    attr_off *attrs;
    size_t nattrs, cap_attrs;

    qz_buf text;           /* character data being collected */
    int text_line, text_column;

    int depth;
    int status;            /* 0, or the first error */
    int finished;          /* the parser has seen the end of the input */
    int fed_any;           /* the first chunk (with the XML declaration) was checked */
    int root_seen;

    qz_xml_node node;      /* what qz__xml_next hands out */
    qz_xml_attr *node_attrs;
    size_t cap_node_attrs;
};

/* The reader whose parser is running on this thread: libxml2's callbacks are
 * routed through the schema plug with their own user data, so they find
 * their reader here instead. */
static _Thread_local qz_xml *active;

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t schema_lock = PTHREAD_MUTEX_INITIALIZER;

static void init_libxml(void)
{
    xmlInitParser();
}

/* ---------- positions ---------- */

static void parser_position(const qz_xml *x, int *line, int *column)
{
    *line = 0;
    *column = 0;
    if (x->ctxt && x->ctxt->input) {
        *line = x->ctxt->input->line;
        *column = x->ctxt->input->col;
    }
}

static int utf8_chars(const xmlChar *from, const xmlChar *to)
{
    int n = 0;
    for (; from < to; from++)
        if ((*from & 0xC0) != 0x80)
            n++;
    return n;
}

/* Position of the '<' that opened the tag the parser has just read. The tag
 * is still in the input buffer, and '<' cannot occur inside it. The parser's
 * own column (in characters) is exact at the tag's end, so only the tag
 * itself is counted back over: the cost is the tag's length, never the
 * line's (a one-line megabyte file stays linear). */
static void tag_start_position(const qz_xml *x, int *line, int *column)
{
    parser_position(x, line, column);
    if (!x->ctxt || !x->ctxt->input || !x->ctxt->input->cur || !x->ctxt->input->base)
        return;
    const xmlChar *base = x->ctxt->input->base, *cur = x->ctxt->input->cur;
    const xmlChar *lt = cur;
    /* one pass back to the '<', counting the characters and newlines of
     * [lt, cur) on the way */
    int newlines = 0, chars = 0;
    while (lt > base && *lt != '<') {
        lt--;
        newlines += *lt == '\n';
        chars += (*lt & 0xC0) != 0x80;
    }
    if (*lt != '<')
        return;
    if (newlines == 0) {
        *column -= chars;
    } else {
        /* a tag spread over lines: count from the start of the '<' line,
         * looking back a bounded distance */
        *line -= newlines;
        const xmlChar *line_start = lt;
        int budget = 4096;
        while (line_start > base && line_start[-1] != '\n' && budget-- > 0)
            line_start--;
        *column = utf8_chars(line_start, lt) + 1;
    }
    if (*column < 1)
        *column = 1;
}

/* ---------- errors ---------- */

/* Stops the callbacks. Not xmlStopParser(): in 2.9.14 it frees the input
 * buffer that the parse function calling us still reads from. The parser
 * finishes the current chunk with SAX disabled and is never fed again. */
static void stop(qz_xml *x)
{
    if (x->ctxt)
        x->ctxt->disableSAX = 1;
}

static int fail_at(qz_xml *x, int code, int line, int column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

static int fail_at(qz_xml *x, int code, int line, int column, const char *fmt, ...)
{
    if (x->status < 0)
        return x->status;   /* keep the first error */
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    qz__error_at(code, x->name, line, column, "%s:%d:%d: %s", x->name, line, column, msg);
    x->status = code;
    stop(x);
    return code;
}

static int fail_here(qz_xml *x, int code, const char *fmt, const char *arg)
{
    int line, column;
    parser_position(x, &line, &column);
    return fail_at(x, code, line, column, fmt, arg);
}

static int fail_nomem(qz_xml *x)
{
    if (x->status >= 0) {
        x->status = QZ_ENOMEM;
        qz__error_nomem();
        stop(x);
    }
    return QZ_ENOMEM;
}

static void trim_message(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == ' '))
        s[--n] = '\0';
}

static void on_structured_error(void *user, xmlErrorPtr error)
{
    (void)user;
    qz_xml *x = active;
    if (!x || !error || error->level < XML_ERR_ERROR)
        return;   /* warnings change nothing */
    char msg[640];
    snprintf(msg, sizeof msg, "%s", error->message ? error->message : "XML error");
    trim_message(msg);
    int line = error->line, column = error->int2;
    if (error->domain == XML_FROM_SCHEMASV || line <= 0) {
        /* validation errors arrive while the offending tag is being read */
        tag_start_position(x, &line, &column);
    }
    int code = QZ_EPARSE;
    if (error->domain == XML_FROM_SCHEMASV || error->domain == XML_FROM_SCHEMASP)
        code = QZ_ESCHEMA;
    fail_at(x, code, line, column, "%s", msg);
}

/* ---------- the event queue ---------- */

/* Copies len bytes of s and a NUL into the arena in one append (the NUL is
 * kept inside the arena). s[len] must be readable: it is the string's NUL,
 * the NUL of a text run, or the quote that ends an attribute value in the
 * parser's buffer; it is copied, then overwritten with the NUL. */
static int arena_add(qz_xml *x, const char *s, size_t len, size_t *off)
{
    *off = x->arena.size;
    qz__buf_put(&x->arena, s, len + 1);
    if (x->arena.failed)
        return fail_nomem(x);
    x->arena.data[*off + len] = '\0';
    return QZ_OK;
}

static event *push_event(qz_xml *x, int type)
{
    if (qz__grow((void **)&x->events, &x->cap_events, x->nevents + 1, sizeof(event)) != QZ_OK) {
        fail_nomem(x);
        return NULL;
    }
    event *e = &x->events[x->nevents++];
    memset(e, 0, sizeof *e);
    e->type = type;
    return e;
}

static int is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            return 0;
    return 1;
}

static void flush_text(qz_xml *x)
{
    if (x->text.size == 0 && !x->text.failed)
        return;
    if (x->text.failed) {
        fail_nomem(x);
    } else if (!is_blank(x->text.data, x->text.size)) {
        event *e = push_event(x, QZ_XML_TEXT);
        if (e) {
            e->depth = x->depth;
            e->line = x->text_line;
            e->column = x->text_column;
            e->text_len = x->text.size;
            arena_add(x, x->text.data, x->text.size, &e->text_off);
        }
    }
    x->text.size = 0;
    if (x->text.data)
        x->text.data[0] = '\0';
}

/* ---------- SAX callbacks ---------- */

static void on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
    (void)ctx; (void)name; (void)ext; (void)sys;
    qz_xml *x = active;
    if (x) {
        int line, column;
        tag_start_position(x, &line, &column);
        fail_at(x, QZ_EPARSE, line, column,
                "a DOCTYPE is not allowed: the format needs no DTD and entities are refused");
    }
}

/* libxml2 hands attribute values with '&' kept as the reference "&#38;" when
 * entities are not substituted; turn them back into '&'. */
static size_t decode_amp(char *s, size_t n)
{
    size_t r = 0, w = 0;
    while (r < n) {
        if (s[r] == '&' && r + 5 <= n && memcmp(s + r, "&#38;", 5) == 0) {
            s[w++] = '&';
            r += 5;
        } else {
            s[w++] = s[r++];
        }
    }
    return w;
}

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes,
                     int nb_defaulted, const xmlChar **attributes)
{
    (void)ctx; (void)prefix; (void)uri; (void)nb_namespaces; (void)namespaces; (void)nb_defaulted;
    qz_xml *x = active;
    if (!x || x->status < 0)
        return;
    flush_text(x);
    int line, column;
    tag_start_position(x, &line, &column);
    x->root_seen = 1;
    if (++x->depth > QZ_XML_MAX_DEPTH) {
        fail_at(x, QZ_ELIMIT, line, column, "elements nested deeper than %d levels", QZ_XML_MAX_DEPTH);
        return;
    }
    if (nb_attributes > QZ_XML_MAX_ATTRS) {
        fail_at(x, QZ_ELIMIT, line, column, "more than %d attributes on <%s>", QZ_XML_MAX_ATTRS,
                (const char *)localname);
        return;
    }
    event *e = push_event(x, QZ_XML_START);
    if (!e)
        return;
    e->depth = x->depth;
    e->line = line;
    e->column = column;
    e->attr_first = x->nattrs;
    if (arena_add(x, (const char *)localname, strlen((const char *)localname), &e->name_off) < 0)
        return;
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar **a = attributes + 5 * i;
        size_t len = (size_t)(a[4] - a[3]);
        if (len > QZ_XML_MAX_TEXT) {
            fail_at(x, QZ_ELIMIT, line, column, "attribute '%s' is longer than %u bytes",
                    (const char *)a[0], QZ_XML_MAX_TEXT);
            return;
        }
        if (qz__grow((void **)&x->attrs, &x->cap_attrs, x->nattrs + 1, sizeof(attr_off)) != QZ_OK) {
            fail_nomem(x);
            return;
        }
        attr_off *ao = &x->attrs[x->nattrs];
        if (arena_add(x, (const char *)a[0], strlen((const char *)a[0]), &ao->name_off) < 0 ||
            arena_add(x, (const char *)a[3], len, &ao->value_off) < 0)
            return;
        char *value = x->arena.data + ao->value_off;
        size_t n = decode_amp(value, len);
        value[n] = '\0';
        x->nattrs++;
        e->nattrs++;
    }
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    (void)ctx; (void)prefix; (void)uri;
    qz_xml *x = active;
    if (!x || x->status < 0)
        return;
    flush_text(x);
    event *e = push_event(x, QZ_XML_END);
    if (!e)
        return;
    e->depth = x->depth--;
    parser_position(x, &e->line, &e->column);
    arena_add(x, (const char *)localname, strlen((const char *)localname), &e->name_off);
}

static void on_characters(void *ctx, const xmlChar *ch, int len)
{
    (void)ctx;
    qz_xml *x = active;
    if (!x || x->status < 0 || len <= 0)
        return;
    if (x->text.size == 0)
        parser_position(x, &x->text_line, &x->text_column);
    if (x->text.size + (size_t)len > QZ_XML_MAX_TEXT) {
        fail_at(x, QZ_ELIMIT, x->text_line, x->text_column, "a text run is longer than %u bytes",
                QZ_XML_MAX_TEXT);
        return;
    }
    qz__buf_put(&x->text, (const char *)ch, (size_t)len);
    if (x->text.failed)
        fail_nomem(x);
}

static xmlEntityPtr on_get_entity(void *ctx, const xmlChar *name)
{
    (void)ctx;
    /* Only the five predefined entities exist in these formats. */
    return xmlGetPredefinedEntity(name);
}

/* ---------- schemas ---------- */

static void ignore_error(void *user, xmlErrorPtr error)
{
    (void)user; (void)error;
}

/* Compiles the schema once per process (libxml2's schema type tables are
 * initialised without a lock, hence the mutex around the first compile). */
static int compile_schema(qz_xml_schema *schema)
{
    int rc = QZ_OK;
    pthread_mutex_lock(&schema_lock);
    if (schema->state == 0) {
        xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewMemParserCtxt(schema->xsd, (int)*schema->size);
        if (pctxt) {
            xmlSchemaSetParserStructuredErrors(pctxt, ignore_error, NULL);
            schema->compiled = xmlSchemaParse(pctxt);
            xmlSchemaFreeParserCtxt(pctxt);
        }
        schema->state = schema->compiled ? 1 : -1;
    }
    if (schema->state < 0)
        rc = qz__error(QZ_ESCHEMA, "the built-in schema %s could not be compiled", schema->name);
    pthread_mutex_unlock(&schema_lock);
    return rc;
}

/* ---------- opening and reading ---------- */

static int reader_new(qz_xml **out, const char *name, qz_xml_schema *schema)
{
    pthread_once(&init_once, init_libxml);
    *out = NULL;
    if (schema && compile_schema(schema) < 0)
        return QZ_ESCHEMA;
    qz_xml *x = qz__calloc(1, sizeof *x);
    if (!x)
        return qz__error_nomem();
    x->name = qz__strdup(name ? name : "<memory>");
    if (!x->name) {
        qz__free(x);
        return qz__error_nomem();
    }
    memset(&x->sax, 0, sizeof x->sax);
    x->sax.initialized = XML_SAX2_MAGIC;
    x->sax.internalSubset = on_internal_subset;
    x->sax.getEntity = on_get_entity;
    x->sax.startElementNs = on_start;
    x->sax.endElementNs = on_end;
    x->sax.characters = on_characters;
    x->sax.cdataBlock = on_characters;
    x->sax.serror = on_structured_error;

    x->ctxt = xmlCreatePushParserCtxt(&x->sax, x, NULL, 0, x->name);
    if (!x->ctxt) {
        qz__xml_close(x);
        return qz__error_nomem();
    }
    xmlCtxtUseOptions(x->ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC);
    x->ctxt->linenumbers = 1;
    if (schema) {
        x->vctxt = xmlSchemaNewValidCtxt((xmlSchemaPtr)schema->compiled);
        if (!x->vctxt) {
            qz__xml_close(x);
            return qz__error_nomem();
        }
        xmlSchemaSetValidStructuredErrors(x->vctxt, on_structured_error, NULL);
        /* The plug swaps the parser's own handler and user data for its
         * validating ones, and puts them back on unplug (as libxml2's
         * xmlSchemaValidateStream does). */
        x->plug = xmlSchemaSAXPlug(x->vctxt, &x->ctxt->sax, &x->ctxt->userData);
        if (!x->plug) {
            qz__xml_close(x);
            return qz__error_nomem();
        }
    }
    /* every parser error comes to this reader, whichever handler is in front */
    x->ctxt->sax->serror = on_structured_error;
    *out = x;
    return QZ_OK;
}

int qz__xml_open_memory(qz_xml **out, const char *data, size_t size, const char *name,
                        qz_xml_schema *schema)
{
    if (!out || (!data && size))
        return qz__error(QZ_EINVAL, "qz__xml_open_memory: invalid argument");
    if ((long long)size > QZ_MAX_INPUT)
        return qz__error_at(QZ_ELIMIT, name, 0, 0, "%s: input of %zu bytes is larger than the 1 GiB limit",
                            name ? name : "<memory>", size);
    int rc = reader_new(out, name, schema);
    if (rc < 0)
        return rc;
    (*out)->mem = data ? data : "";
    (*out)->mem_size = size;
    (*out)->input_size = (long long)size;
    return QZ_OK;
}

int qz__xml_open_file(qz_xml **out, const char *path, qz_xml_schema *schema)
{
    if (!out || !path)
        return qz__error(QZ_EINVAL, "qz__xml_open_file: invalid argument");
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return qz__error_at(QZ_EIO, path, 0, 0, "%s: cannot open: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        return qz__error_at(QZ_EIO, path, 0, 0, "%s: not a regular file", path);
    }
    if ((long long)st.st_size > QZ_MAX_INPUT) {
        fclose(f);
        return qz__error_at(QZ_ELIMIT, path, 0, 0, "%s: file of %lld bytes is larger than the 1 GiB limit",
                            path, (long long)st.st_size);
    }
    int rc = reader_new(out, path, schema);
    if (rc < 0) {
        fclose(f);
        return rc;
    }
    (*out)->file = f;
    (*out)->input_size = (long long)st.st_size;
    return QZ_OK;
}

static int ascii_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* The formats are UTF-8 only. A BOM of another encoding, or an XML
 * declaration naming one, is refused before libxml2 sees a byte: its
 * converters report failures through the process-wide handler (they would
 * print) and may end the document early. */
static int check_encoding(qz_xml *x, const char *data, size_t n)
{
    const unsigned char *u = (const unsigned char *)data;
    if ((n >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE))) ||
        (n >= 4 && u[0] == 0 && u[1] == 0))
        return fail_at(x, QZ_EPARSE, 1, 1, "only UTF-8 input is accepted (found a UTF-16/32 byte order mark)");
    size_t start = (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ? 3 : 0;
    if (n - start < 5 || memcmp(data + start, "<?xml", 5) != 0)
        return QZ_OK;
    const char *end = memchr(data + start, '>', n - start);
    size_t decl_len = end ? (size_t)(end - data) : n;
    const char *p = data + start;
    while ((size_t)(p - data) + 8 < decl_len && memcmp(p, "encoding", 8) != 0)
        p++;
    if ((size_t)(p - data) + 8 >= decl_len)
        return QZ_OK;   /* no encoding named: UTF-8 */
    p += 8;
    while ((size_t)(p - data) < decl_len && (*p == ' ' || *p == '=' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    if ((size_t)(p - data) >= decl_len || (*p != '"' && *p != '\''))
        return QZ_OK;   /* malformed: the parser will say so */
    char quote = *p++;
    char name[32];
    size_t i = 0;
    while ((size_t)(p - data) < decl_len && *p != quote && i < sizeof name - 1)
        name[i++] = (char)ascii_lower((unsigned char)*p++);
    name[i] = '\0';
    if (strcmp(name, "utf-8") != 0 && strcmp(name, "utf8") != 0)
        return fail_at(x, QZ_EPARSE, 1, (int)(p - data) - (int)i + 1,
                       "only UTF-8 input is accepted, not encoding \"%s\"", name);
    return QZ_OK;
}

/* Feeds the parser one more chunk (or the end of input). */
static void feed(qz_xml *x)
{
    static _Thread_local char chunk[CHUNK_SIZE];
    const char *data = NULL;
    size_t n = 0;
    if (x->file) {
        n = fread(chunk, 1, sizeof chunk, x->file);
        if (n == 0 && ferror(x->file)) {
            fail_here(x, QZ_EIO, "%s: read error", x->name);
            return;
        }
        data = chunk;
    } else {
        n = x->mem_size - x->mem_pos;
        if (n > CHUNK_SIZE)
            n = CHUNK_SIZE;
        data = x->mem + x->mem_pos;
        x->mem_pos += n;
    }
    if (!x->fed_any && check_encoding(x, data, n) < 0)
        return;
    x->fed_any = 1;
    int terminate = n == 0;
    qz_xml *saved = active;
    active = x;
    xmlParseChunk(x->ctxt, data, (int)n, terminate);
    active = saved;
    if (terminate) {
        x->finished = 1;
        if (x->status >= 0 && !x->ctxt->wellFormed)
            fail_here(x, QZ_EPARSE, "%s", "the document is not well-formed");
        /* belt and braces: a parser halted early (e.g. by an I/O error) may
         * still call the document well-formed */
        if (x->status >= 0 && (!x->root_seen || x->depth != 0))
            fail_here(x, QZ_EPARSE, "%s", "the document ends before its root element is closed");
        if (x->status >= 0 && x->vctxt && xmlSchemaIsValid(x->vctxt) != 1)
            fail_here(x, QZ_ESCHEMA, "%s", "the document does not follow the schema");
    }
}

static void reset_queue(qz_xml *x)
{
    x->nevents = 0;
    x->next_event = 0;
    x->nattrs = 0;
    x->arena.size = 0;
}

static int deliver(qz_xml *x, const qz_xml_node **node)
{
    const event *e = &x->events[x->next_event++];
    qz_xml_node *n = &x->node;
    memset(n, 0, sizeof *n);
    n->type = e->type;
    n->depth = e->depth;
    n->line = e->line;
    n->column = e->column;
    if (e->type == QZ_XML_TEXT) {
        n->text = x->arena.data + e->text_off;
        n->text_len = e->text_len;
    } else {
        n->name = x->arena.data + e->name_off;
    }
    if (e->nattrs) {
        if (qz__grow((void **)&x->node_attrs, &x->cap_node_attrs, e->nattrs, sizeof(qz_xml_attr)) != QZ_OK)
            return fail_nomem(x);
        for (size_t i = 0; i < e->nattrs; i++) {
            const attr_off *a = &x->attrs[e->attr_first + i];
            x->node_attrs[i].name = x->arena.data + a->name_off;
            x->node_attrs[i].value = x->arena.data + a->value_off;
        }
        n->attrs = x->node_attrs;
        n->nattrs = e->nattrs;
    }
    *node = n;
    return 1;
}

int qz__xml_next(qz_xml *x, const qz_xml_node **node)
{
    if (!x || !node)
        return qz__error(QZ_EINVAL, "qz__xml_next: invalid argument");
    *node = NULL;
    while (x->next_event >= x->nevents) {
        if (x->status < 0) {
            /* an error stops the document: report it again, never a partial end */
            return x->status;
        }
        if (x->finished)
            return 0;
        reset_queue(x);
        feed(x);
    }
    if (x->status < 0)
        return x->status;
    return deliver(x, node);
}

const char *qz__xml_attr(const qz_xml_node *node, const char *name)
{
    if (!node)
        return NULL;
    for (size_t i = 0; i < node->nattrs; i++)
        if (strcmp(node->attrs[i].name, name) == 0)
            return node->attrs[i].value;
    return NULL;
}

/* Records `msg` at line/column of this input; the one place that formats
 * a position, for both entry points below. */
static int fail_msg(qz_xml *x, int line, int column, int code, const char *msg)
{
    const char *name = x ? x->name : "<memory>";
    qz__error_at(code, name, line, column, "%s:%d:%d: %s", name, line, column, msg);
    if (x && x->status >= 0)
        x->status = code;
    return code;
}

int qz__xml_fail(qz_xml *x, const qz_xml_node *node, int code, const char *fmt, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int line = 0, column = 0;
    if (node) {
        line = node->line;
        column = node->column;
    } else if (x) {
        parser_position(x, &line, &column);
    }
    return fail_msg(x, line, column, code, msg);
}

int qz__xml_fail_at(qz_xml *x, int line, int column, int code, const char *fmt, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return fail_msg(x, line, column, code, msg);
}

const char *qz__xml_name(const qz_xml *x)
{
    return x ? x->name : "<memory>";
}

void qz__xml_close(qz_xml *x)
{
    if (!x)
        return;
    if (x->plug)
        xmlSchemaSAXUnplug(x->plug);
    if (x->ctxt) {
        if (x->ctxt->myDoc)
            xmlFreeDoc(x->ctxt->myDoc);
        xmlFreeParserCtxt(x->ctxt);
    }
    if (x->vctxt)
        xmlSchemaFreeValidCtxt(x->vctxt);
    if (x->file)
        fclose(x->file);
    qz__buf_free(&x->arena);
    qz__buf_free(&x->text);
    qz__free(x->events);
    qz__free(x->attrs);
    qz__free(x->node_attrs);
    qz__free(x->name);
    qz__free(x);
}

int qz__xml_bare_pass(const char *path, long *nodes)
{
    /* For benchmarks only: libxml2's own streaming reader over a file, doing
     * nothing with the nodes, as the floor that loading is compared with. */
    pthread_once(&init_once, init_libxml);
    xmlTextReaderPtr r = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
    if (!r)
        return qz__error(QZ_EIO, "%s: cannot open", path);
    xmlTextReaderSetStructuredErrorHandler(r, ignore_error, NULL);
    long count = 0;
    int rc;
    while ((rc = xmlTextReaderRead(r)) == 1)
        count++;
    xmlFreeTextReader(r);
    if (nodes)
        *nodes = count;
    return rc == 0 ? QZ_OK : qz__error(QZ_EPARSE, "%s: not well-formed", path);
}
