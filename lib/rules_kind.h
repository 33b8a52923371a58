/* Internal: finding a document kind by its id or by its Chinese name (函, 批复...). */
#ifndef QZ_LIB_RULES_KIND_H
#define QZ_LIB_RULES_KIND_H

#include "rules.h"

/* The index of the document kind whose id or label is `name`, or -1. */
int qz_rules__find_kind(const qz_rules *r, const char *name);

#endif
