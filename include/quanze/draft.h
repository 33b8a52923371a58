/**
 * @file quanze/draft.h
 * @brief A draft's description read from a file a document-management system
 *        writes: XML (data/schema/draft.xsd) or the same as JSON
 *        (docs/documents.md), giving the #qz_route_request to route it.
 */
#ifndef QUANZE_DRAFT_H
#define QUANZE_DRAFT_H

#include "quanze/common.h"
#include "quanze/route.h"

QZ_BEGIN_DECL

/** A draft description: the request and the strings it points to. */
typedef struct qz_draft qz_draft;

/**
 * Reads a draft from @p size bytes at @p data: JSON when the first character
 * that is not white space is `{`, XML otherwise. @p name names the input in
 * error messages (may be NULL). Sets `*out = NULL` on entry; `*out` is New,
 * freed with qz_draft_free().
 * @return #QZ_OK, #QZ_EINVAL, #QZ_EPARSE, #QZ_ESCHEMA (with line and column),
 *         #QZ_ELIMIT, #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_draft_parse(qz_draft **out, const char *data, size_t size, const char *name);

/** qz_draft_parse() on the regular file at @p path (at most 1 MiB). `*out` is New, freed with
 * qz_draft_free(). */
QZ_EXTERN(int) qz_draft_load_file(qz_draft **out, const char *path);

/** The route request the draft describes. Borrowed from @p draft (NULL for NULL). */
QZ_EXTERN(const qz_route_request *) qz_draft_request(const qz_draft *draft);

/** Frees a draft (NULL is fine). */
QZ_EXTERN(void) qz_draft_free(qz_draft *draft);

QZ_END_DECL

#endif
