/* Internal: a draft description as read from XML or JSON — the route request
 * it fills and the arena its strings and lists live in. The readers
 * (draft_xml.c, draft_json.c) fill it through the setters of draft_build.c. */
#ifndef QZ_LIB_DRAFT_H
#define QZ_LIB_DRAFT_H

#include "arena.h"
#include "quanze/draft.h"

/* The lists a draft carries. */
enum { QZ_DRAFT__PORTFOLIOS, QZ_DRAFT__FACTS, QZ_DRAFT__CODES, QZ_DRAFT__NLISTS };

struct qz_draft {
    qz_arena arena;
    qz_route_request req;
    const char **lists[QZ_DRAFT__NLISTS];
    size_t n[QZ_DRAFT__NLISTS], cap[QZ_DRAFT__NLISTS];
    int has_date, has_kind, has_meeting_date;
};

/* The most entries of one list in a draft file. */
#define QZ_DRAFT__MAX_LIST 256

/* Sets the field named `key` (the XML attribute / JSON member names of
 * docs/documents.md) from its text. Returns QZ_OK, or a negative code with
 * `*why` saying what is wrong (not recorded: the reader knows the place). */
int qz_draft__set(qz_draft *d, const char *key, const char *value, const char **why);
/* Appends `value` to list `which`. Same returns. */
int qz_draft__add(qz_draft *d, int which, const char *value, const char **why);
/* Checks the draft is complete (kind and date). Same returns. */
int qz_draft__finish(qz_draft *d, const char **why);

/* The readers: fill `d` from `size` bytes at `data`; errors recorded with their place. */
int qz_draft__read_xml(qz_draft *d, const char *data, size_t size, const char *name);
int qz_draft__read_json(qz_draft *d, const char *data, size_t size, const char *name);

#endif
