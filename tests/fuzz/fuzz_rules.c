/* Fuzz target: the rule-set loader; whatever loads must save and reload to the
 * same bytes, and every matter and a few queries must answer on the demo
 * organisation without crashing. */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "quanze.h"

static qz_org *org;
static qz_calendar *cal;

static void queries(const qz_model *m, qz_date d)
{
    qz_answer *a = NULL;
    for (size_t i = 0; i < qz_model_matter_count(m, d); i++) {
        if (qz_query_matter(&a, m, d, i) == QZ_OK)
            qz_answer_free(a);
    }
    const qz_rules *r = qz_model_rules_at(m, d);
    const char *pf[] = {"justice", "finance"};
    for (size_t i = 0; r && i < qz_rules_count(r, QZ_RULES_DOCUMENT_KIND); i++) {
        qz_sign_request s = QZ_SIGN_REQUEST_INIT;
        s.kind = qz_rules_entry_id(r, QZ_RULES_DOCUMENT_KIND, i);
        s.portfolios = pf;
        s.nportfolios = i % 3;
        s.routine = (int)(i & 1);
        s.date = d;
        if (qz_query_sign(&a, m, &s) == QZ_OK)
            qz_answer_free(a);
    }
    for (size_t i = 0; r && i < qz_rules_count(r, QZ_RULES_MEETING); i++) {
        qz_meeting_request mr = QZ_MEETING_REQUEST_INIT;
        mr.type = qz_rules_entry_id(r, QZ_RULES_MEETING, i);
        mr.date = d;
        if (qz_query_meeting(&a, m, &mr) == QZ_OK)
            qz_answer_free(a);
    }
    qz_acting_request ar = QZ_ACTING_REQUEST_INIT;
    ar.post = "county-head";
    ar.date = d;
    if (qz_query_acting(&a, m, &ar) == QZ_OK)
        qz_answer_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!org && (qz_org_default(&org) != QZ_OK || qz_calendar_default(&cal) != QZ_OK))
        abort();
    qz_rules *rules = NULL;
    if (qz_rules_load_memory(&rules, (const char *)data, size, "fuzz.xml") != QZ_OK)
        return 0;
    char *xml = NULL, *xml2 = NULL;
    size_t len = 0, len2 = 0;
    qz_rules *again = NULL;
    if (qz_rules_save(&xml, &len, rules) != QZ_OK ||
        qz_rules_load_memory(&again, xml, len, "saved.xml") != QZ_OK ||
        qz_rules_save(&xml2, &len2, again) != QZ_OK || len != len2 || memcmp(xml, xml2, len) != 0)
        abort(); /* what loads must round-trip */
    qz_free(xml);
    qz_free(xml2);
    qz_rules_free(again);
    qz_model *m = NULL;
    if (qz_model_new(&m, rules, org, cal) == QZ_OK) {
        queries(m, qz_rules_effective(rules));
        queries(m, 20614); /* 2026-06-10 */
        qz_model_free(m);
    }
    qz_rules_free(rules);
    return 0;
}
