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
 * - files are opened here (file.c: O_NONBLOCK, O_CLOEXEC, regular files only)
 *   and fed as bytes: libxml2 opens nothing;
 * - only UTF-8 reaches libxml2: other byte signatures are refused first;
 * - depth, attribute count and text size are limited;
 * - no process-wide libxml2 setting is touched or relied upon: errors arrive
 *   through this reader's own structured handlers (nothing is printed, the
 *   host's global handlers are never called), and a compiled schema lives
 *   only as long as the load that compiled it, unless the host asked for a
 *   cache with qz_init() (then until qz_shutdown()). So a host may call
 *   xmlCleanupParser() between loads.
 */
#include "xml.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/xmlmemory.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>

#include "alloc.h"
#include "buf.h"
#include "error.h"
#include "file.h"
#include "quanze/alloc.h"

#define CHUNK_SIZE (64 * 1024)
#define QZ_MAX_INPUT ((long long)1 << 30) /* 1 GiB */

typedef struct event {
    int type, depth, line, column;
    size_t name_off; /* in arena */
    size_t text_off;
    size_t text_len;
    size_t attr_first; /* index in attrs */
    size_t nattrs;
} event;

typedef struct attr_off {
    size_t name_off, value_off;
} attr_off;

struct qz_xml {
    char *name;
    const char *mem;
    size_t mem_size, mem_pos;
    int fd; /* -1 when reading from memory */
    long long input_size;
    struct held_schema *schema; /* the compiled schema this reader validates with */

    xmlSAXHandler sax;
    xmlParserCtxtPtr ctxt;
    xmlSchemaValidCtxtPtr vctxt;
    xmlSchemaSAXPlugPtr plug;

    qz_buf arena; /* names, values and texts of queued events */
    event *events;
    size_t nevents, cap_events, next_event;
    attr_off *attrs;
    size_t nattrs, cap_attrs;

    qz_buf text; /* character data being collected */
    int text_line, text_column;

    int depth;
    int status;         /* 0, or the first error */
    size_t good_events; /* after a parse or validity error: the queued events before its place */
    /* the first error as recorded, to record again when it is returned after
     * the nodes before it (the caller may have recorded errors of its own) */
    char error_text[1024];
    int error_line, error_column;
    int finished; /* the parser has seen the end of the input */
    int fed_any;  /* the first chunk (with the XML declaration) was checked */
    int root_seen;

    qz_xml_node node; /* what qz__xml_next hands out */
    qz_xml_attr *node_attrs;
    size_t cap_node_attrs;
};

/* The reader whose parser is running on this thread: libxml2's callbacks are
 * routed through the schema plug with their own user data, so they find
 * their reader here instead. */
static _Thread_local qz_xml *active;

/* Guards libxml2's lazy initialisation (its schema type tables are built
 * without a lock) and the optional schema cache. */
static pthread_mutex_t schema_lock = PTHREAD_MUTEX_INITIALIZER;

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

/* Stops the callbacks. Before libxml2 2.14, not xmlStopParser(): in 2.9.14
 * it frees the input buffer that the parse function calling us still reads
 * from, so SAX is disabled instead; 2.14 deprecates that member and its
 * xmlStopParser() only halts. Either way the parser finishes the current
 * chunk without callbacks and is never fed again. */
static void stop(qz_xml *x)
{
    if (!x->ctxt)
        return;
#if LIBXML_VERSION >= 21400
    xmlStopParser(x->ctxt);
#else
    x->ctxt->disableSAX = 1;
#endif
}

static int fail_at(qz_xml *x, int code, int line, int column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* The index of the first queued event at or after line:column (column 0:
 * anywhere on that line; line 0: an unknown place). The events before an
 * error's place are still handed out before the error, so that a streaming
 * reader sees everything up to the point where the document broke, whichever
 * chunk the error fell in. */
static size_t events_before(const qz_xml *x, int line, int column)
{
    size_t i = x->next_event;
    for (; i < x->nevents; i++) {
        const event *e = &x->events[i];
        if (line <= 0 || e->line > line || (e->line == line && (column <= 0 || e->column >= column)))
            break;
    }
    return i;
}

static int fail_at(qz_xml *x, int code, int line, int column, const char *fmt, ...)
{
    if (x->status < 0)
        return x->status; /* keep the first error */
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    snprintf(x->error_text, sizeof(x->error_text), "%s:%d:%d: %s", x->name, line, column, msg);
    x->error_line = line;
    x->error_column = column;
    qz__error_at(code, x->name, line, column, "%s", x->error_text);
    x->status = code;
    x->good_events = events_before(x, line, column);
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
        x->good_events = 0;
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

/* ---------- keeping libxml2's messages in ---------- */

/* libxml2 2.9.14 sends most errors to the per-context handlers set below,
 * but some only to the calling thread's handlers (xmlStructuredError,
 * xmlGenericError): out-of-memory reports made without a context, and the
 * errors of the XML parse of an XSD inside xmlSchemaParse(). Those would be
 * printed, or reach the host's handlers. So around every call into libxml2
 * this thread's two handlers are swapped for ours and put back before
 * returning: the host's handlers are never called, and no other thread is
 * affected (libxml2 keeps these per thread; on the thread that initialised
 * libxml2 they are the process-wide defaults, but only that thread reads
 * them, and it is busy in this call). */
typedef struct handler_guard {
    xmlStructuredErrorFunc serror;
    void *serror_ctx;
    xmlGenericErrorFunc gerror;
    void *gerror_ctx;
} handler_guard;

static void swallow_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void guard_begin(handler_guard *g, xmlStructuredErrorFunc handler, void *ctx)
{
    g->serror = xmlStructuredError;
    g->serror_ctx = xmlStructuredErrorContext;
    g->gerror = xmlGenericError;
    g->gerror_ctx = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(ctx, handler);
    xmlSetGenericErrorFunc(NULL, swallow_generic);
}

static void guard_end(const handler_guard *g)
{
    xmlSetStructuredErrorFunc(g->serror_ctx, g->serror);
    xmlSetGenericErrorFunc(g->gerror_ctx, g->gerror);
}

static void on_structured_error(void *user, xmlErrorPtr error)
{
    (void)user;
    qz_xml *x = active;
    if (!x || !error || error->level < XML_ERR_ERROR)
        return; /* warnings change nothing */
    char msg[640];
    snprintf(msg, sizeof(msg), "%s", error->message ? error->message : "XML error");
    trim_message(msg);
    int line = error->line, column = error->int2;
    if (error->domain == XML_FROM_SCHEMASV || line <= 0) {
        /* validation errors arrive while the offending tag is being read */
        tag_start_position(x, &line, &column);
    }
    int code = QZ_EPARSE;
    if (error->domain == XML_FROM_SCHEMASV || error->domain == XML_FROM_SCHEMASP)
        code = QZ_ESCHEMA;
    if (error->code == XML_ERR_NO_MEMORY) {
        fail_nomem(x);
        return;
    }
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
    memset(e, 0, sizeof(*e));
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
    (void)ctx;
    (void)name;
    (void)ext;
    (void)sys;
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
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes)
{
    (void)ctx;
    (void)prefix;
    (void)uri;
    (void)nb_namespaces;
    (void)namespaces;
    (void)nb_defaulted;
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
            fail_at(x, QZ_ELIMIT, line, column, "attribute '%s' is longer than %u bytes", (const char *)a[0],
                    QZ_XML_MAX_TEXT);
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
    (void)ctx;
    (void)prefix;
    (void)uri;
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

/* A compiled schema and the number of its holders (readers using it, and
 * the cache when it is in there). Counted under schema_lock. */
typedef struct held_schema {
    xmlSchemaPtr schema;
    int refs;
} held_schema;

/* The optional cache: filled by qz__xml_schema_cache() (qz_init), emptied by
 * qz__xml_schema_uncache_all() (qz_shutdown). Keyed by the schema text. */
#define QZ_XML_MAX_CACHED 8
static struct {
    const char *xsd;
    held_schema *held;
} cache[QZ_XML_MAX_CACHED];

/* What compiling a schema reported. */
typedef struct compile_errors {
    int nomem;       /* libxml2 said it ran out of memory */
    int other;       /* any other error */
    char first[256]; /* the first other message */
} compile_errors;

static void ignore_error(void *user, xmlErrorPtr error)
{
    (void)user;
    (void)error;
}

static void on_schema_compile_error(void *user, xmlErrorPtr error)
{
    compile_errors *ce = user;
    if (!error || error->level < XML_ERR_ERROR)
        return;
    if (error->code == XML_ERR_NO_MEMORY) {
        ce->nomem = 1;
    } else if (!ce->other++) {
        snprintf(ce->first, sizeof(ce->first), "%s", error->message ? error->message : "error");
        trim_message(ce->first);
    }
}

/* libxml2's lazy global set-up, under our lock: xmlInitParser() and the
 * schema type tables (not thread-safe on first use in 2.9.14). Both are
 * no-ops once done, and both redo their work after a host's
 * xmlCleanupParser(), which is why this runs before every compile. */
static int prepare_libxml_locked(void)
{
    xmlInitParser();
#if LIBXML_VERSION < 21200
    /* from 2.12 on, xmlInitParser() builds the type tables itself */
    xmlSchemaInitTypes();
#endif
    /* the tables are built by allocation, which reports no failure */
    if (!xmlSchemaGetBuiltInType(XML_SCHEMAS_STRING))
        return qz__error(QZ_ENOMEM, "out of memory while initialising libxml2's schema types");
    return QZ_OK;
}

int qz__xml_init(void)
{
    handler_guard g;
    guard_begin(&g, ignore_error, NULL);
    pthread_mutex_lock(&schema_lock);
    int rc = prepare_libxml_locked();
    pthread_mutex_unlock(&schema_lock);
    guard_end(&g);
    return rc;
}

/* Compiles `schema` afresh. A failure is never remembered: the next load
 * tries again. Out of memory (said by libxml2, or a failure with no message
 * at all, which in libxml2 means an unreported allocation failure) is
 * QZ_ENOMEM; anything else QZ_ESCHEMA. */
static int compile_schema(const qz_xml_schema *schema, held_schema **out)
{
    *out = NULL;
    int rc = qz__xml_init();
    if (rc < 0)
        return rc;
    held_schema *h = qz__calloc(1, sizeof(*h));
    if (!h)
        return qz__error_nomem();
    compile_errors ce;
    memset(&ce, 0, sizeof(ce));
    handler_guard g;
    guard_begin(&g, on_schema_compile_error, &ce);
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewMemParserCtxt(schema->xsd, (int)*schema->size);
    if (pctxt) {
        xmlSchemaSetParserStructuredErrors(pctxt, on_schema_compile_error, &ce);
        h->schema = xmlSchemaParse(pctxt);
        xmlSchemaFreeParserCtxt(pctxt);
    }
    guard_end(&g);
    if (!h->schema) {
        qz__free(h);
        if (ce.nomem || !ce.other)
            return qz__error(QZ_ENOMEM, "out of memory while compiling the built-in schema %s", schema->name);
        return qz__error(QZ_ESCHEMA, "the built-in schema %s could not be compiled: %s", schema->name,
                         ce.first);
    }
    h->refs = 1;
    *out = h;
    return QZ_OK;
}

static void release_schema(held_schema *h)
{
    if (!h)
        return;
    pthread_mutex_lock(&schema_lock);
    int last = --h->refs == 0;
    pthread_mutex_unlock(&schema_lock);
    if (last) {
        handler_guard g;
        guard_begin(&g, ignore_error, NULL);
        xmlSchemaFree(h->schema);
        guard_end(&g);
        qz__free(h);
    }
}

/* The cached compiled form of `schema` (one more holder), or NULL. */
static held_schema *cached_schema(const qz_xml_schema *schema)
{
    held_schema *h = NULL;
    pthread_mutex_lock(&schema_lock);
    for (int i = 0; i < QZ_XML_MAX_CACHED; i++)
        if (cache[i].xsd == schema->xsd && cache[i].held) {
            h = cache[i].held;
            h->refs++;
            break;
        }
    pthread_mutex_unlock(&schema_lock);
    return h;
}

static int acquire_schema(const qz_xml_schema *schema, held_schema **out)
{
    *out = cached_schema(schema);
    return *out ? QZ_OK : compile_schema(schema, out);
}

int qz__xml_schema_cache(const qz_xml_schema *schema)
{
    if (!schema)
        return qz__error(QZ_EINVAL, "qz__xml_schema_cache: NULL schema");
    held_schema *h = cached_schema(schema);
    if (h) {
        release_schema(h);
        return QZ_OK; /* already there */
    }
    int rc = compile_schema(schema, &h); /* unlocked: compiles may run in parallel */
    if (rc < 0)
        return rc;
    held_schema *spare = h;
    pthread_mutex_lock(&schema_lock);
    int free_slot = -1, present = 0;
    for (int i = 0; i < QZ_XML_MAX_CACHED; i++) {
        if (cache[i].xsd == schema->xsd && cache[i].held)
            present = 1;
        else if (!cache[i].held && free_slot < 0)
            free_slot = i;
    }
    if (!present && free_slot >= 0) {
        cache[free_slot].xsd = schema->xsd;
        cache[free_slot].held = h; /* the cache keeps the compile's reference */
        spare = NULL;
    }
    pthread_mutex_unlock(&schema_lock);
    if (spare) {
        release_schema(spare); /* another thread cached it first, or the table is full */
        if (!present)
            return qz__error(QZ_ELIMIT, "more than %d schemas to cache", QZ_XML_MAX_CACHED);
    }
    return QZ_OK;
}

void qz__xml_schema_uncache_all(void)
{
    held_schema *drop[QZ_XML_MAX_CACHED];
    int n = 0;
    pthread_mutex_lock(&schema_lock);
    for (int i = 0; i < QZ_XML_MAX_CACHED; i++) {
        if (cache[i].held)
            drop[n++] = cache[i].held;
        cache[i].xsd = NULL;
        cache[i].held = NULL;
    }
    pthread_mutex_unlock(&schema_lock);
    /* readers still holding one free it when they close */
    for (int i = 0; i < n; i++)
        release_schema(drop[i]);
}

/* ---------- libxml2's allocations (opt-in) ---------- */

/* xmlMemSetup() is process-wide: it changes the allocator of every libxml2
 * user in the process, so it is done only when the host asks for it. */
static struct {
    int on;
    xmlFreeFunc free;
    xmlMallocFunc malloc;
    xmlReallocFunc realloc;
    xmlStrdupFunc strdup;
} routed;

static void xml_free(void *p)
{
    qz__free(p);
}
static void *xml_malloc(size_t n)
{
    return qz__malloc(n);
}
static void *xml_realloc(void *p, size_t n)
{
    return p ? qz__realloc(p, n) : qz__malloc(n);
}
static char *xml_strdup(const char *s)
{
    return qz__strdup(s);
}

int qz_set_xml_allocator(int enable)
{
    int rc = QZ_OK;
    pthread_mutex_lock(&schema_lock);
    if (enable && !routed.on) {
        if (xmlMemGet(&routed.free, &routed.malloc, &routed.realloc, &routed.strdup) != 0 ||
            xmlMemSetup(xml_free, xml_malloc, xml_realloc, xml_strdup) != 0)
            rc = qz__error(QZ_EINVAL, "qz_set_xml_allocator: libxml2 refused the allocator");
        else
            routed.on = 1;
    } else if (!enable && routed.on) {
        if (xmlMemSetup(routed.free, routed.malloc, routed.realloc, routed.strdup) != 0)
            rc = qz__error(QZ_EINVAL, "qz_set_xml_allocator: libxml2 refused its own allocator");
        else
            routed.on = 0;
    }
    pthread_mutex_unlock(&schema_lock);
    return rc;
}

/* ---------- opening and reading ---------- */

static int reader_setup(qz_xml **out, const char *name, const qz_xml_schema *schema);

static int reader_new(qz_xml **out, const char *name, const qz_xml_schema *schema)
{
    *out = NULL;
    int rc = qz__xml_init();
    if (rc < 0)
        return rc;
    handler_guard g;
    guard_begin(&g, ignore_error, NULL);
    rc = reader_setup(out, name, schema);
    guard_end(&g);
    return rc;
}

static int reader_setup(qz_xml **out, const char *name, const qz_xml_schema *schema)
{
    int rc;
    qz_xml *x = qz__calloc(1, sizeof(*x));
    if (!x)
        return qz__error_nomem();
    x->fd = -1;
    x->name = qz__strdup(name ? name : "<memory>");
    if (!x->name) {
        qz__free(x);
        return qz__error_nomem();
    }
    if (schema && (rc = acquire_schema(schema, &x->schema)) < 0) {
        qz__xml_close(x);
        return rc;
    }
    memset(&x->sax, 0, sizeof(x->sax));
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
#if LIBXML_VERSION < 21400
    x->ctxt->linenumbers = 1; /* always on from 2.14, which deprecates the member */
#endif
    if (schema) {
        x->vctxt = xmlSchemaNewValidCtxt(x->schema->schema);
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
                        const qz_xml_schema *schema)
{
    if (out)
        *out = NULL;
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

int qz__xml_open_file(qz_xml **out, const char *path, const qz_xml_schema *schema)
{
    if (out)
        *out = NULL;
    if (!out || !path)
        return qz__error(QZ_EINVAL, "qz__xml_open_file: invalid argument");
    /* the kind of file is checked before a byte is read: a FIFO or a device
     * is refused at once instead of blocking or never ending */
    int fd;
    long long size;
    int rc = qz__file_open(path, &fd, &size);
    if (rc < 0)
        return rc;
    if (size > QZ_MAX_INPUT) {
        close(fd);
        return qz__error_at(QZ_ELIMIT, path, 0, 0, "%s: file of %lld bytes is larger than the 1 GiB limit",
                            path, size);
    }
    rc = reader_new(out, path, schema);
    if (rc < 0) {
        close(fd);
        return rc;
    }
    (*out)->fd = fd;
    (*out)->input_size = size;
    return QZ_OK;
}

static int ascii_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* The byte signatures of the encodings an XML document may be in besides
 * UTF-8 (XML 1.0, appendix F), with or without a byte order mark. */
static const struct signature {
    unsigned char bytes[4];
    size_t len;
    const char *encoding;
} signatures[] = {
    {{0x00, 0x00, 0xFE, 0xFF}, 4, "UTF-32BE (byte order mark)"},
    {{0xFF, 0xFE, 0x00, 0x00}, 4, "UTF-32LE (byte order mark)"},
    {{0x00, 0x00, 0xFF, 0xFE}, 4, "UCS-4 2143 (byte order mark)"},
    {{0xFE, 0xFF, 0x00, 0x00}, 4, "UCS-4 3412 (byte order mark)"},
    {{0x00, 0x00, 0x00, 0x3C}, 4, "UTF-32BE"},
    {{0x3C, 0x00, 0x00, 0x00}, 4, "UTF-32LE"},
    {{0x00, 0x00, 0x3C, 0x00}, 4, "UCS-4 2143"},
    {{0x00, 0x3C, 0x00, 0x00}, 4, "UCS-4 3412"},
    {{0x4C, 0x6F, 0xA7, 0x94}, 4, "EBCDIC"},
    {{0xFE, 0xFF}, 2, "UTF-16BE (byte order mark)"},
    {{0xFF, 0xFE}, 2, "UTF-16LE (byte order mark)"},
    {{0x00, 0x3C}, 2, "UTF-16BE"},
    {{0x3C, 0x00}, 2, "UTF-16LE"},
};

/* The formats are UTF-8 only. Another encoding, recognised by its first
 * bytes or named in the XML declaration, is refused at line 1 column 1
 * before libxml2 sees a byte: its converters report failures through the
 * process-wide handler and may end the document early. A NUL among the first
 * bytes (never valid in XML) is refused the same way. */
static int check_encoding(qz_xml *x, const char *data, size_t n)
{
    const unsigned char *u = (const unsigned char *)data;
    for (size_t i = 0; i < sizeof(signatures) / sizeof(signatures[0]); i++) {
        const struct signature *sig = &signatures[i];
        if (n >= sig->len && memcmp(u, sig->bytes, sig->len) == 0)
            return fail_at(x, QZ_EPARSE, 1, 1, "only UTF-8 input is accepted (the input starts like %s)",
                           sig->encoding);
    }
    if (memchr(data, 0, n < 4 ? n : 4))
        return fail_at(x, QZ_EPARSE, 1, 1, "only UTF-8 input is accepted (a NUL byte at the start)");
    size_t start = (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ? 3 : 0;
    if (n - start < 5 || memcmp(data + start, "<?xml", 5) != 0)
        return QZ_OK;
    const char *end = memchr(data + start, '>', n - start);
    size_t decl_len = end ? (size_t)(end - data) : n;
    const char *p = data + start;
    while ((size_t)(p - data) + 8 < decl_len && memcmp(p, "encoding", 8) != 0)
        p++;
    if ((size_t)(p - data) + 8 >= decl_len)
        return QZ_OK; /* no encoding named: UTF-8 */
    p += 8;
    while ((size_t)(p - data) < decl_len &&
           (*p == ' ' || *p == '=' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    if ((size_t)(p - data) >= decl_len || (*p != '"' && *p != '\''))
        return QZ_OK; /* malformed: the parser will say so */
    char quote = *p++;
    char name[32];
    size_t i = 0;
    while ((size_t)(p - data) < decl_len && *p != quote && i < sizeof(name) - 1)
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
    if (x->fd >= 0) {
        long long got = qz__file_read(x->fd, chunk, sizeof(chunk));
        if (got < 0) {
            fail_here(x, QZ_EIO, "%s: read error", x->name);
            return;
        }
        n = (size_t)got;
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
    handler_guard g;
    guard_begin(&g, on_structured_error, NULL);
    xmlParseChunk(x->ctxt, data, (int)n, terminate);
    guard_end(&g);
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
    memset(n, 0, sizeof(*n));
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

/* The first error, recorded again (as it was) and returned. */
static int again(qz_xml *x)
{
    if (x->status == QZ_ENOMEM)
        return qz__error_nomem();
    if (x->error_text[0])
        return qz__error_at(x->status, x->name, x->error_line, x->error_column, "%s", x->error_text);
    return x->status;
}

int qz__xml_next(qz_xml *x, const qz_xml_node **node)
{
    if (!x || !node)
        return qz__error(QZ_EINVAL, "qz__xml_next: invalid argument");
    *node = NULL;
    while (x->next_event >= x->nevents) {
        if (x->status < 0) {
            /* an error stops the document: report it again, never a partial end */
            return again(x);
        }
        if (x->finished)
            return 0;
        reset_queue(x);
        feed(x);
    }
    if (x->status < 0 && x->next_event >= x->good_events)
        return again(x);
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

static int fail_vat(qz_xml *x, int line, int column, int code, const char *fmt, va_list ap)
{
    char msg[768];
    vsnprintf(msg, sizeof(msg), fmt, ap);
    const char *name = x ? x->name : "<memory>";
    qz__error_at(code, name, line, column, "%s:%d:%d: %s", name, line, column, msg);
    if (x && x->status >= 0) {
        snprintf(x->error_text, sizeof(x->error_text), "%s:%d:%d: %s", name, line, column, msg);
        x->error_line = line;
        x->error_column = column;
        x->status = code;
        x->good_events = 0; /* the caller stops here */
    }
    return code;
}

int qz__xml_fail(qz_xml *x, const qz_xml_node *node, int code, const char *fmt, ...)
{
    int line = 0, column = 0;
    if (node) {
        line = node->line;
        column = node->column;
    } else if (x) {
        parser_position(x, &line, &column);
    }
    va_list ap;
    va_start(ap, fmt);
    fail_vat(x, line, column, code, fmt, ap);
    va_end(ap);
    return code;
}

int qz__xml_fail_at(qz_xml *x, int line, int column, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_vat(x, line, column, code, fmt, ap);
    va_end(ap);
    return code;
}

const char *qz__xml_name(const qz_xml *x)
{
    return x ? x->name : "<memory>";
}

void qz__xml_close(qz_xml *x)
{
    if (!x)
        return;
    handler_guard g;
    guard_begin(&g, ignore_error, NULL);
    if (x->plug)
        xmlSchemaSAXUnplug(x->plug);
    if (x->ctxt) {
        if (x->ctxt->myDoc)
            xmlFreeDoc(x->ctxt->myDoc);
        xmlFreeParserCtxt(x->ctxt);
    }
    if (x->vctxt)
        xmlSchemaFreeValidCtxt(x->vctxt);
    guard_end(&g);
    if (x->fd >= 0)
        close(x->fd);
    release_schema(x->schema);
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
    int rc = qz__xml_init();
    if (rc < 0)
        return rc;
    handler_guard g;
    guard_begin(&g, ignore_error, NULL);
    xmlTextReaderPtr r = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
    if (!r) {
        guard_end(&g);
        return qz__error(QZ_EIO, "%s: cannot open", path);
    }
    xmlTextReaderSetStructuredErrorHandler(r, ignore_error, NULL);
    long count = 0;
    while ((rc = xmlTextReaderRead(r)) == 1)
        count++;
    xmlFreeTextReader(r);
    guard_end(&g);
    if (nodes)
        *nodes = count;
    return rc == 0 ? QZ_OK : qz__error(QZ_EPARSE, "%s: not well-formed", path);
}
