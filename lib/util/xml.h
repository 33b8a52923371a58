/* Internal: the library's only window on libxml2.
 *
 * A pull reader over a hardened SAX push parser: the input (a memory buffer
 * or a file the library opens itself) is fed to libxml2 in chunks, so parser
 * memory stays constant however large the input; the caller pulls one node at
 * a time. Every node carries the line and column where it starts.
 *
 * Hardening (see docs/security.md): no DTD of any kind (a DOCTYPE is refused),
 * no entity substitution, no network, no file access but the one named
 * (regular files only), no XInclude, UTF-8 only; a nesting depth limit and a
 * text size limit; nothing printed and no libxml2 global state relied upon.
 * The document is validated against an XSD while it streams when a schema is
 * given.
 *
 * Typical loader:
 *
 *     qz_xml *x; const qz_xml_node *n; int rc;
 *     if ((rc = qz__xml_open_memory(&x, data, size, name, &my_schema)) < 0) return rc;
 *     while ((rc = qz__xml_next(x, &n)) > 0) {
 *         if (n->type == QZ_XML_START && strcmp(n->name, "holiday") == 0) {
 *             const char *d = qz__xml_attr(n, "date");
 *             if (bad) { rc = qz__xml_fail(x, n, QZ_ESCHEMA, "bad date '%s'", d); break; }
 *         }
 *     }
 *     qz__xml_close(x);
 *     // rc == 0: whole document read and valid; rc < 0: error recorded (file/line/column)
 */
#ifndef QZ_LIB_XML_H
#define QZ_LIB_XML_H

#include <stddef.h>

typedef struct qz_xml qz_xml;

/* An XSD kept in memory (the embedded copy of data/schema/<name>.xsd).
 * Compiled by each reader that uses it, so that nothing compiled outlives the
 * host's libxml2 state (a host may call xmlCleanupParser() between loads),
 * unless qz__xml_schema_cache() put it in the cache. Constant: several
 * threads may use one. */
typedef struct qz_xml_schema {
    const char *xsd;    /* the schema text; also the cache's key */
    const size_t *size; /* its length (a pointer, so that an embedded file's
                         * extern size can initialise a static) */
    const char *name;   /* for messages, e.g. "calendar.xsd" */
} qz_xml_schema;

/* `size` must be an lvalue (e.g. qz__embedded_calendar_xsd_size). */
#define QZ_XML_SCHEMA_INIT(xsd, size, name)  \
    {                                        \
        (const char *)(xsd), &(size), (name) \
    }

enum {
    QZ_XML_START = 1, /* start tag (attributes available) */
    QZ_XML_END = 2,   /* end tag (also sent for an empty element <a/>) */
    QZ_XML_TEXT = 3   /* character data that is not only white space */
};

typedef struct qz_xml_attr {
    const char *name;  /* local name */
    const char *value; /* UTF-8, entities and character references resolved */
} qz_xml_attr;

typedef struct qz_xml_node {
    int type;         /* QZ_XML_START, QZ_XML_END or QZ_XML_TEXT */
    const char *name; /* element's local name (START, END; NULL for TEXT) */
    const char *text; /* TEXT: the whole run of character data, NUL-terminated */
    size_t text_len;
    const qz_xml_attr *attrs; /* START: attributes in document order */
    size_t nattrs;
    int depth;  /* the root element is at depth 1 */
    int line;   /* 1-based line of the node's first character ('<' of a tag) */
    int column; /* 1-based column, in characters */
} qz_xml_node;

/* Opens a reader over `size` bytes at `data`. `name` names the input in error
 * messages (a file name, or e.g. "<memory>"); `schema` may be NULL.
 * The data must stay valid until qz__xml_close(). */
int qz__xml_open_memory(qz_xml **out, const char *data, size_t size, const char *name,
                        const qz_xml_schema *schema);

/* Opens a reader over the file at `path` (read in chunks; nothing else is
 * opened). A path that is not a regular file (FIFO, device, directory) is
 * refused with QZ_EIO before anything is read. Errors name `path`. */
int qz__xml_open_file(qz_xml **out, const char *path, const qz_xml_schema *schema);

/* Moves to the next node. Returns 1 and sets *node (valid until the next call),
 * 0 at the end of a complete, well-formed and valid document, or a negative
 * status (QZ_EPARSE, QZ_ESCHEMA, QZ_ELIMIT, QZ_EIO, QZ_ENOMEM) with the last
 * error recorded, file/line/column included. After an error, keep returning it. */
int qz__xml_next(qz_xml *x, const qz_xml_node **node);

/* The value of attribute `name` of a START node, or NULL when absent. */
const char *qz__xml_attr(const qz_xml_node *node, const char *name);

/* Records an error at `node`'s position (or the reader's current position
 * when node is NULL) in this input and returns `code`. */
int qz__xml_fail(qz_xml *x, const qz_xml_node *node, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Records an error at `line`:`column` of this input (named as given to the
 * open function) and returns `code`; the reader keeps returning the first
 * error recorded. For loaders that know a position without a node. */
int qz__xml_fail_at(qz_xml *x, int line, int column, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Where an element may stand in a loader's document: its name, its depth
 * (the root is 1) and its parent's name (NULL: any parent, as for the root).
 * A loader keeps a table of entries that each begin with one of these. */
typedef struct qz_xml_place {
    const char *name;
    int depth;
    const char *parent;
} qz_xml_place;

/* The index of the entry of `table` (`count` entries `stride` bytes apart,
 * each beginning with a qz_xml_place) that START node `n` fills below entry
 * `parent` (-1 at the root); otherwise records "unexpected element" at `n`
 * and returns QZ_ESCHEMA. The schema already fixes a document's structure:
 * this keeps each loader safe on its own, since every handler relies on its
 * parent having been seen. */
int qz__xml_place_find(qz_xml *x, const qz_xml_node *n, const void *table, size_t count, size_t stride,
                       int parent);

/* The input's name, as given to the open function. */
const char *qz__xml_name(const qz_xml *x);

/* Frees the reader. Accepts NULL. */
void qz__xml_close(qz_xml *x);

/* libxml2's lazy global set-up (xmlInitParser, schema type tables) under the
 * reader's lock. Runs before every compile anyway; idempotent.
 * Returns QZ_OK or QZ_ENOMEM (recorded). */
int qz__xml_init(void);

/* Compiles `schema` into the cache, from which readers then borrow it instead
 * of compiling their own (used by qz_init). Idempotent and thread-safe.
 * Returns QZ_OK, QZ_ENOMEM, QZ_ESCHEMA or QZ_ELIMIT (cache full); recorded.
 * Nothing failed is remembered: a later call tries again. */
int qz__xml_schema_cache(const qz_xml_schema *schema);

/* Empties the cache (used by qz_shutdown). Readers still using a cached
 * schema keep it until they close. */
void qz__xml_schema_uncache_all(void);

/* Limits enforced while reading. */
#define QZ_XML_MAX_DEPTH 64
#define QZ_XML_MAX_TEXT (1u << 20) /* bytes of one text run or attribute value */
#define QZ_XML_MAX_ATTRS 64

#endif

/* For benchmarks: a bare libxml2 xmlTextReader pass over a file (counting
 * nodes, doing nothing else), the floor that loading is measured against. */
int qz__xml_bare_pass(const char *path, long *nodes);
