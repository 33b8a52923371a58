/* Writing an organisation as XML in canonical form (the order of the rows),
 * and equality by canonical form. */
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "error.h"
#include "file.h"
#include "org.h"
#include "sort.h"

/* ------------------------------------------------------------------ */
/* Saving: canonical order is the order of the rows. */

static void put_date_attr(qz_buf *b, const char *name, qz_date d, qz_date open)
{
    char text[QZ_DATE_BUFSIZE];
    if (d != open)
        qz__buf_put_xml_attr(b, name, qz_org__fmt_date(text, d));
}

static void put_range(qz_buf *b, qz_date from, qz_date to)
{
    put_date_attr(b, "from", from, QZ_ORG_DATE_MIN);
    put_date_attr(b, "to", to, QZ_ORG_DATE_MAX);
}

static void open_section(qz_buf *b, const char *name, uint32_t n)
{
    if (n)
        qz__buf_printf(b, "  <%s>\n", name);
}

static void close_section(qz_buf *b, const char *name, uint32_t n)
{
    if (n)
        qz__buf_printf(b, "  </%s>\n", name);
}

static void save_units(qz_buf *b, const qz_org *org)
{
    open_section(b, "units", org->nunits);
    for (uint32_t i = 0; i < org->nunits; i++) {
        const qz_org__unit *u = &org->units[i];
        qz__buf_puts(b, "    <unit");
        qz__buf_put_xml_attr(b, "id", u->id);
        qz__buf_put_xml_attr(b, "kind", u->kind);
        qz__buf_put_xml_attr(b, "name", u->name);
        if (u->parent >= 0)
            qz__buf_put_xml_attr(b, "parent", org->units[u->parent].id);
        if (u->tag_n) {
            qz__buf_puts(b, " tags=\"");
            for (uint32_t k = 0; k < u->tag_n; k++) {
                qz__buf_puts(b, k ? " " : "");
                qz__buf_puts(b, org->unit_tags[u->tag_first + k]);
            }
            qz__buf_puts(b, "\"");
        }
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "units", org->nunits);
    open_section(b, "areas", org->nareas);
    for (uint32_t i = 0; i < org->nareas; i++) {
        qz__buf_puts(b, "    <area");
        qz__buf_put_xml_attr(b, "id", org->areas[i].id);
        qz__buf_put_xml_attr(b, "name", org->areas[i].name);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "areas", org->nareas);
}

static void save_posts_people(qz_buf *b, const qz_org *org)
{
    open_section(b, "posts", org->nposts);
    for (uint32_t i = 0; i < org->nposts; i++) {
        const qz_org__post *p = &org->posts[i];
        qz__buf_puts(b, "    <post");
        qz__buf_put_xml_attr(b, "id", p->id);
        qz__buf_put_xml_attr(b, "unit", org->units[p->unit].id);
        qz__buf_put_xml_attr(b, "role", p->role);
        qz__buf_put_xml_attr(b, "name", p->name);
        if (!p->single)
            qz__buf_put_xml_attr(b, "holders", "many");
        if (p->rank > 0)
            qz__buf_printf(b, " rank=\"%d\"", p->rank);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "posts", org->nposts);
    open_section(b, "people", org->npeople);
    for (uint32_t i = 0; i < org->npeople; i++) {
        qz__buf_puts(b, "    <person");
        qz__buf_put_xml_attr(b, "id", org->people[i].id);
        qz__buf_put_xml_attr(b, "name", org->people[i].name);
        qz__buf_put_xml_attr(b, "cpc", org->people[i].cpc ? "true" : "false");
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "people", org->npeople);
    open_section(b, "tenures", org->ntenures);
    for (uint32_t i = 0; i < org->ntenures; i++) {
        const qz_org__tenure *t = &org->tenures[i];
        qz__buf_puts(b, "    <tenure");
        qz__buf_put_xml_attr(b, "post", org->posts[t->post].id);
        qz__buf_put_xml_attr(b, "person", org->people[t->person].id);
        put_range(b, t->from, t->to);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "tenures", org->ntenures);
}

/* Portfolios regroup the charge rows by (post, from, to). */
static int cmp_portfolio(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    const qz_org__charge *x = &o->charges[a], *y = &o->charges[b];
    int c = qz__cmp_int(x->post, y->post);
    c = c ? c : qz__cmp_int(x->from, y->from);
    c = c ? c : qz__cmp_int(x->to, y->to);
    return c ? c : qz__cmp_int(x->matter, y->matter);
}

static int save_portfolios(qz_buf *b, const qz_org *org)
{
    uint32_t *order = qz__sort(org->ncharges, cmp_portfolio, org);
    if (!order)
        return QZ_ENOMEM;
    open_section(b, "portfolios", org->ncharges);
    for (uint32_t i = 0; i < org->ncharges; i++) {
        const qz_org__charge *c = &org->charges[order[i]], *prev = i ? &org->charges[order[i - 1]] : NULL;
        int same = prev && prev->post == c->post && prev->from == c->from && prev->to == c->to;
        if (!same) {
            if (prev)
                qz__buf_puts(b, "    </portfolio>\n");
            qz__buf_puts(b, "    <portfolio");
            qz__buf_put_xml_attr(b, "post", org->posts[c->post].id);
            put_range(b, c->from, c->to);
            qz__buf_puts(b, ">\n");
        }
        qz__buf_puts(b, "      <matter");
        qz__buf_put_xml_attr(b, "ref", qz_org__matter_id(org, c->matter));
        qz__buf_puts(b, "/>\n");
    }
    if (org->ncharges)
        qz__buf_puts(b, "    </portfolio>\n");
    close_section(b, "portfolios", org->ncharges);
    qz__free(order);
    return QZ_OK;
}

/* <assists>, by leader and start (the order they are kept in). */
static void save_assists(qz_buf *b, const qz_org *org)
{
    open_section(b, "assists", org->nassists);
    for (uint32_t i = 0; i < org->nassists; i++) {
        const qz_org__assist *a = &org->assists[i];
        qz__buf_puts(b, "    <assist");
        qz__buf_put_xml_attr(b, "post", org->posts[a->post].id);
        qz__buf_put_xml_attr(b, "leader", org->posts[a->leader].id);
        put_range(b, a->from, a->to);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "assists", org->nassists);
}

/* The approved exception inside an absence, if any; returns 1 when written. */
static int save_exception(qz_buf *b, const qz_org__absence *a)
{
    if (!a->exc_rule)
        return 0;
    qz__buf_puts(b, ">\n      <exception");
    qz__buf_put_xml_attr(b, "rule", a->exc_rule);
    qz__buf_put_xml_attr(b, "approved-by", a->exc_by);
    if (a->exc_on != QZ_DATE_NONE) {
        char d[QZ_DATE_BUFSIZE];
        qz__buf_put_xml_attr(b, "approved-on", qz_org__fmt_date(d, a->exc_on));
    }
    if (*a->exc_note)
        qz__buf_put_xml_attr(b, "note", a->exc_note);
    qz__buf_puts(b, "/>\n    </absence>\n");
    return 1;
}

static void save_pairs_group(qz_buf *b, const qz_org *org)
{
    open_section(b, "ab-pairs", org->nab);
    for (uint32_t i = 0; i < org->nab; i++) {
        const qz_org__ab *r = &org->ab[i];
        if (r->post > r->partner)
            continue; /* each pair once, from its first side */
        qz__buf_puts(b, "    <ab-pair");
        qz__buf_put_xml_attr(b, "a", org->posts[r->post].id);
        qz__buf_put_xml_attr(b, "b", org->posts[r->partner].id);
        put_range(b, r->from, r->to);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "ab-pairs", org->nab);
    save_assists(b, org);
    if (!org->pg_name)
        return;
    qz__buf_puts(b, "  <party-group");
    qz__buf_put_xml_attr(b, "name", org->pg_name);
    qz__buf_puts(b, org->npg ? ">\n" : "/>\n");
    for (uint32_t i = 0; i < org->npg; i++) {
        const qz_org__pg *m = &org->pg[i];
        qz__buf_puts(b, "    <member");
        qz__buf_put_xml_attr(b, "post", org->posts[m->post].id);
        if (m->secretary)
            qz__buf_put_xml_attr(b, "secretary", "true");
        put_range(b, m->from, m->to);
        qz__buf_puts(b, "/>\n");
    }
    if (org->npg)
        qz__buf_puts(b, "  </party-group>\n");
}

static void save_entrust_absences(qz_buf *b, const qz_org *org)
{
    open_section(b, "entrustments", org->nentrust);
    for (uint32_t i = 0; i < org->nentrust; i++) {
        const qz_org__entrust *e = &org->entrust[i];
        qz__buf_puts(b, "    <entrustment");
        qz__buf_put_xml_attr(b, "by", org->posts[e->by].id);
        qz__buf_put_xml_attr(b, "agent", org->posts[e->agent].id);
        qz__buf_put_xml_attr(b, "scope", qz_org_scope_name(e->scope));
        if (e->subject)
            qz__buf_put_xml_attr(b, "subject", e->subject);
        put_range(b, e->from, e->to);
        if (*e->note)
            qz__buf_put_xml_attr(b, "note", e->note);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "entrustments", org->nentrust);
    open_section(b, "absences", org->nabsences);
    for (uint32_t i = 0; i < org->nabsences; i++) {
        const qz_org__absence *a = &org->absences[i];
        qz__buf_puts(b, "    <absence");
        qz__buf_put_xml_attr(b, "person", org->people[a->person].id);
        put_range(b, a->from, a->to);
        if (a->away_from_county)
            qz__buf_put_xml_attr(b, "away-from-county", "true");
        if (*a->reason)
            qz__buf_put_xml_attr(b, "reason", a->reason);
        if (a->destination)
            qz__buf_put_xml_attr(b, "destination", a->destination);
        if (*a->purpose)
            qz__buf_put_xml_attr(b, "purpose", a->purpose);
        if (!save_exception(b, a))
            qz__buf_puts(b, "/>\n");
    }
    close_section(b, "absences", org->nabsences);
}

int qz_org_save(char **out, size_t *len, const qz_org *org)
{
    if (out)
        *out = NULL;
    if (!out || !org)
        return qz__error(QZ_EINVAL, "qz_org_save: NULL argument");
    qz_buf b = QZ_BUF_INIT;
    qz__buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<organisation version=\"1\"");
    qz__buf_put_xml_attr(&b, "id", org->id);
    qz__buf_put_xml_attr(&b, "name", org->name);
    qz__buf_puts(&b, ">\n");
    save_units(&b, org);
    save_posts_people(&b, org);
    if (save_portfolios(&b, org) < 0) {
        qz__buf_free(&b);
        return QZ_ENOMEM;
    }
    save_pairs_group(&b, org);
    save_entrust_absences(&b, org);
    qz__buf_puts(&b, "</organisation>\n");
    return qz__buf_detach(&b, out, len);
}

int qz_org_save_file(const qz_org *org, const char *path)
{
    if (!org || !path)
        return qz__error(QZ_EINVAL, "qz_org_save_file: NULL argument");
    char *text = NULL;
    size_t len = 0;
    int rc = qz_org_save(&text, &len, org);
    return qz__write_saved(path, rc, text, len);
}

int qz_org_equal(int *same, const qz_org *a, const qz_org *b)
{
    if (same)
        *same = 0;
    if (!same || !a || !b)
        return qz__error(QZ_EINVAL, "qz_org_equal: NULL argument");
    if (a == b) {
        *same = 1;
        return QZ_OK;
    }
    char *ta, *tb;
    size_t la, lb;
    int rc = qz_org_save(&ta, &la, a);
    if (rc < 0)
        return rc;
    if ((rc = qz_org_save(&tb, &lb, b)) < 0) {
        qz__free(ta);
        return rc;
    }
    *same = la == lb && memcmp(ta, tb, la) == 0;
    qz__free(ta);
    qz__free(tb);
    return QZ_OK;
}
