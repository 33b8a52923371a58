/* The "assists" relation (协助): a deputy secretary-general, or an office's
 * deputy director, assists particular leaders. Rules name "the deputy
 * secretary-general who assists the leader in charge" and pair posts by it
 * (not-away-together pairing="assists"). The rows are sorted by leader and
 * start date, so a leader's assistants are one range of rows. */
#include "alloc.h"
#include "error.h"
#include "org.h"

int qz_org__assists(const qz_org *org, int32_t post, int32_t leader, qz_date date)
{
    uint32_t first, n = qz_org__assist_rows(org, leader, &first);
    for (uint32_t r = first; r < first + n; r++) {
        const qz_org__assist *a = qz_org__assist_row(org, r);
        if (a->post == post && qz_org__in_force(a->from, a->to, date))
            return 1;
    }
    return 0;
}

/* The post index of `id`, or QZ_ORG__NONE with the reason recorded. */
static int32_t post_of(const qz_org *org, const char *id, const char *fn)
{
    if (!org || !id) {
        qz__error(QZ_EINVAL, "%s: NULL argument", fn);
        return QZ_ORG__NONE;
    }
    int32_t p = qz_org__find(org, id, QZ_ORG_POST);
    if (p < 0)
        qz__error(QZ_ENOTFOUND, "no post '%s' in organisation '%s'", id, org->id);
    return p;
}

size_t qz_org_assistant_count(const qz_org *org, const char *leader, qz_date date)
{
    int32_t l = post_of(org, leader, "qz_org_assistant_count");
    if (l < 0)
        return 0;
    size_t k = 0;
    uint32_t first, n = qz_org__assist_rows(org, l, &first);
    for (uint32_t r = first; r < first + n; r++)
        k += qz_org__in_force(qz_org__assist_row(org, r)->from, qz_org__assist_row(org, r)->to, date);
    return k;
}

const char *qz_org_assistant_at(const qz_org *org, const char *leader, qz_date date, size_t i)
{
    int32_t l = post_of(org, leader, "qz_org_assistant_at");
    if (l < 0)
        return NULL;
    size_t k = 0;
    uint32_t first, n = qz_org__assist_rows(org, l, &first);
    for (uint32_t r = first; r < first + n; r++) {
        const qz_org__assist *a = qz_org__assist_row(org, r);
        if (qz_org__in_force(a->from, a->to, date) && k++ == i)
            return org->posts[a->post].id;
    }
    qz__error(QZ_ENOTFOUND, "qz_org_assistant_at: '%s' has %zu assistants on that day, not %zu", leader, k,
              i + 1);
    return NULL;
}

int qz_org_assists(int *out, const qz_org *org, const char *post, const char *leader, qz_date date)
{
    if (out)
        *out = 0;
    if (!out)
        return qz__error(QZ_EINVAL, "qz_org_assists: NULL argument");
    int32_t p = post_of(org, post, "qz_org_assists");
    if (p < 0)
        return qz_error_code(qz_error_last());
    int32_t l = post_of(org, leader, "qz_org_assists");
    if (l < 0)
        return qz_error_code(qz_error_last());
    *out = qz_org__assists(org, p, l, date);
    return QZ_OK;
}
