/* Internal: the model's layout, shared by the query files. */
#ifndef QZ_LIB_MODEL_H
#define QZ_LIB_MODEL_H

#include "quanze/calendar.h"
#include "quanze/model.h"
#include "quanze/org.h"
#include "refcount.h"
#include "rules.h"

struct qz_model {
    qz_refcount ref;
    qz_rules **rules;       /* sorted by effective date */
    size_t nrules;
    qz_org *org;
    qz_calendar *cal;
};

#endif
