/* The agency codes (发文机关代字) a rule set gives its issuers, so that a
 * 发文字号 can be checked without the caller knowing them: which codes exist,
 * whose they are, and which document kinds have a code of their own
 * (<issuer><agency-code code="西政函" kinds="letter reply"/></issuer>). Read
 * after qz_rules__compile(), from the same tree. */
#include <string.h>
#include "error.h"
#include "rules.h"

static int fail(const qz_rnode *n, const char *file, const char *fmt, const char *arg)
{
    return qz__error_at(QZ_ESCHEMA, file, n->line, n->column, fmt, arg);
}

/* kinds="letter reply": kind indexes in the arena. */
static int kinds(qz_rules *r, const qz_rnode *n, const char *file, qz_agency_code *c)
{
    const char *s = qz_rules__attr(n, "kinds");
    size_t count = qz_rules__count_ids(s);
    if (!count)
        return QZ_OK;
    if (!(c->kinds = qz__arena_alloc(&r->arena, count * sizeof(int))))
        return qz__error_nomem();
    char id[128];
    int got;
    for (const char *p = s; (got = qz_rules__next_id(&p, id, sizeof(id))) != 0;) {
        if (got < 0)
            return fail(n, file, "a kind id in kinds=\"%.40s\" is too long", s);
        int k = qz_rules__find(r, QZ_RULES_DOCUMENT_KIND, id);
        if (k < 0)
            return fail(n, file, "kinds refers to '%s', which is not defined", id);
        c->kinds[c->nkinds++] = k;
    }
    return QZ_OK;
}

int qz_rules__agency_codes(qz_rules *r, const char *name)
{
    const qz_rnode *sec = NULL;
    size_t count = 0;
    for (size_t i = 0; i < r->root->nkids && !sec; i++)
        if (strcmp(r->root->kids[i]->name, "issuers") == 0)
            sec = r->root->kids[i];
    for (size_t i = 0; sec && i < sec->nkids; i++)
        for (size_t k = 0; k < sec->kids[i]->nkids; k++)
            count += strcmp(sec->kids[i]->kids[k]->name, "agency-code") == 0;
    if (!count)
        return QZ_OK;
    if (!(r->codes = qz__arena_alloc(&r->arena, count * sizeof(*r->codes))))
        return qz__error_nomem();
    for (size_t i = 0; i < sec->nkids; i++) {
        const qz_rnode *issuer = sec->kids[i];
        int index = qz_rules__find(r, QZ_RULES_ISSUER, qz_rules__attr(issuer, "id"));
        for (size_t k = 0; k < issuer->nkids; k++) {
            const qz_rnode *n = issuer->kids[k];
            const char *code = qz_rules__attr(n, "code");
            if (strcmp(n->name, "agency-code") != 0)
                continue;
            if (!code || !*code)
                return fail(n, name, "<agency-code> needs a code%s", "");
            if (qz_rules__agency_code(r, code))
                return fail(n, name, "the agency code '%s' is given twice", code);
            qz_agency_code *c = &r->codes[r->ncodes];
            c->code = code;
            c->issuer = index;
            int rc = kinds(r, n, name, c);
            if (rc < 0)
                return rc;
            r->ncodes++;
        }
    }
    return QZ_OK;
}

const qz_agency_code *qz_rules__agency_code(const qz_rules *r, const char *code)
{
    for (size_t i = 0; code && i < r->ncodes; i++)
        if (strcmp(r->codes[i].code, code) == 0)
            return &r->codes[i];
    return NULL;
}

const qz_agency_code *qz_rules__agency_code_for_kind(const qz_rules *r, int issuer, int kind)
{
    for (size_t i = 0; i < r->ncodes; i++)
        if (r->codes[i].issuer == issuer)
            for (size_t k = 0; k < r->codes[i].nkinds; k++)
                if (r->codes[i].kinds[k] == kind)
                    return &r->codes[i];
    return NULL;
}
