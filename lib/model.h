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
    qz_rules **rules; /* sorted by effective date */
    size_t nrules;
    qz_org *org;
    qz_calendar *cal;
};

#include <stddef.h>
#include <stdint.h>

/* For tests: the entry count at which a reader renews the slot's cell
 * (0 restores the default), and how many cells the slot has allocated. */
void qz_model_slot__set_renew_at(qz_model_slot *s, uint64_t count);
size_t qz_model_slot__cells(qz_model_slot *s);

#endif
