/* The rule set: loading (tree, then compile), the embedded default, saving,
 * lifetime and the public accessors. */
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "embedded.h"
#include "error.h"
#include "rules.h"

static int load(qz_rules **out, const char *data, size_t size, const char *name, const char *path)
{
    if (out)
        *out = NULL;
    if (!out || (!path && !data))
        return qz__error(QZ_EINVAL, "qz_rules_load: NULL argument");
    qz_rules *r = qz__calloc(1, sizeof(*r));
    if (!r)
        return qz__error_nomem();
    qz__ref_init(&r->ref);
    int rc = qz_rules__read_tree(&r->root, &r->arena, data, size, name, path);
    if (rc >= 0)
        rc = qz_rules__compile(r, path ? path : name ? name : "<memory>");
    if (rc < 0) {
        qz_rules__arena_free(&r->arena);
        qz__free(r);
        return rc;
    }
    *out = r;
    return QZ_OK;
}

int qz_rules_load_file(qz_rules **out, const char *path)
{
    if (out)
        *out = NULL;
    if (!path)
        return qz__error(QZ_EINVAL, "qz_rules_load_file: NULL path");
    return load(out, NULL, 0, NULL, path);
}

int qz_rules_load_memory(qz_rules **out, const char *data, size_t size, const char *name)
{
    return load(out, data, size, name ? name : "<memory>", NULL);
}

int qz_rules_default(qz_rules **out)
{
    return load(out, (const char *)qz__embedded_rules_xml, qz__embedded_rules_xml_size,
                "yunxi-rules.xml", NULL);
}

int qz_rules_save(char **out, size_t *len, const qz_rules *rules)
{
    if (out)
        *out = NULL;
    if (!out || !rules)
        return qz__error(QZ_EINVAL, "qz_rules_save: NULL argument");
    return qz_rules__write_tree(out, len, rules->root);
}

int qz_rules_save_file(const qz_rules *rules, const char *path)
{
    char *text;
    size_t len;
    if (!path)
        return qz__error(QZ_EINVAL, "qz_rules_save_file: NULL path");
    int rc = qz_rules_save(&text, &len, rules);
    if (rc < 0)
        return rc;
    FILE *f = fopen(path, "wb");
    if (!f) {
        qz__free(text);
        return qz__error(QZ_EIO, "cannot write %s", path);
    }
    size_t w = fwrite(text, 1, len, f);
    int cl = fclose(f);
    qz__free(text);
    if (w != len || cl != 0)
        return qz__error(QZ_EIO, "cannot write %s", path);
    return QZ_OK;
}

qz_rules *qz_rules_ref(const qz_rules *rules)
{
    qz_rules *r = (qz_rules *)rules;
    if (r)
        qz__ref_inc(&r->ref);
    return r;
}

void qz_rules_free(qz_rules *rules)
{
    if (!rules || !qz__ref_dec(&rules->ref))
        return;
    qz_rules__arena_free(&rules->arena);
    qz__free(rules);
}

const char *qz_rules_id(const qz_rules *r) { return r ? r->id : NULL; }
const char *qz_rules_title(const qz_rules *r) { return r ? r->title : NULL; }
const char *qz_rules_document_number(const qz_rules *r) { return r ? r->number : NULL; }
const char *qz_rules_authority(const qz_rules *r) { return r ? r->authority : NULL; }
qz_date qz_rules_adopted(const qz_rules *r) { return r ? r->adopted : QZ_RULES_NO_DATE; }
qz_date qz_rules_issued(const qz_rules *r) { return r ? r->issued : QZ_RULES_NO_DATE; }
qz_date qz_rules_effective(const qz_rules *r) { return r ? r->effective : QZ_RULES_NO_DATE; }
qz_date qz_rules_expires(const qz_rules *r) { return r ? r->expires : QZ_RULES_NO_DATE; }

int qz_rules_in_force(const qz_rules *r, qz_date date)
{
    if (!r || date < r->effective)
        return 0;
    return r->expires == QZ_RULES_NO_DATE || date <= r->expires;
}

/* The array and element size behind each section, so that one accessor serves all. */
static const qz_entry *section_base(const qz_rules *r, int section, size_t *n, size_t *elem)
{
    switch (section) {
    case QZ_RULES_ROLE: *n = r->nroles; *elem = sizeof(*r->roles); return r->roles ? &r->roles->e : NULL;
    case QZ_RULES_BODY: *n = r->nbodies; *elem = sizeof(*r->bodies); return r->bodies;
    case QZ_RULES_MEETING: *n = r->nmeetings; *elem = sizeof(*r->meetings); return r->meetings ? &r->meetings->e : NULL;
    case QZ_RULES_DOCUMENT_KIND: *n = r->nkinds; *elem = sizeof(*r->kinds); return r->kinds;
    case QZ_RULES_ISSUER: *n = r->nissuers; *elem = sizeof(*r->issuers); return r->issuers;
    case QZ_RULES_RECIPIENT: *n = r->nrecipients; *elem = sizeof(*r->recipients); return r->recipients;
    case QZ_RULES_SIGNING: *n = r->nrows; *elem = sizeof(*r->rows); return r->rows ? &r->rows->e : NULL;
    case QZ_RULES_DEADLINE: *n = r->ndeadlines; *elem = sizeof(*r->deadlines); return r->deadlines ? &r->deadlines->e : NULL;
    case QZ_RULES_LEAVE: *n = r->nleaves; *elem = sizeof(*r->leaves); return r->leaves ? &r->leaves->e : NULL;
    case QZ_RULES_ACTING: *n = r->nactings; *elem = sizeof(*r->actings); return r->actings ? &r->actings->e : NULL;
    case QZ_RULES_PERIODIC: *n = r->nperiodics; *elem = sizeof(*r->periodics); return r->periodics ? &r->periodics->e : NULL;
    case QZ_RULES_CHECK: *n = r->nchecks; *elem = sizeof(*r->checks); return r->checks ? &r->checks->e : NULL;
    case QZ_RULES_PROVISION: *n = r->nprovisions; *elem = sizeof(*r->provisions); return r->provisions ? &r->provisions->e : NULL;
    case QZ_RULES_SUBSTITUTION: *n = r->nsubsts; *elem = sizeof(*r->substs); return r->substs ? &r->substs->e : NULL;
    case QZ_RULES_DESTINATION: *n = r->ndestinations; *elem = sizeof(*r->destinations); return r->destinations;
    case QZ_RULES_NOT_AWAY_TOGETHER: *n = r->naparts; *elem = sizeof(*r->aparts); return r->aparts ? &r->aparts->e : NULL;
    default: *n = 0; *elem = 0; return NULL;
    }
}

const qz_entry *qz_rules__entry(const qz_rules *r, int section, size_t index)
{
    size_t n, elem;
    const qz_entry *base = r ? section_base(r, section, &n, &elem) : NULL;
    if (!base || index >= n)
        return NULL;
    return (const qz_entry *)((const char *)base + index * elem);
}

int qz_rules__find(const qz_rules *r, int section, const char *id)
{
    size_t n, elem;
    const qz_entry *base = section_base(r, section, &n, &elem);
    for (size_t i = 0; id && base && i < n; i++) {
        const qz_entry *e = (const qz_entry *)((const char *)base + i * elem);
        if (e->id && strcmp(e->id, id) == 0)
            return (int)i;
    }
    return -1;
}

int qz_rules__role_in(const qz_rules *r, int role, int target)
{
    if (role == target)
        return 1;
    if (target < 0 || (size_t)target >= r->nroles)
        return 0;
    const qz_role *t = &r->roles[target];
    for (size_t i = 0; i < t->nany; i++)
        if (qz_rules__role_in(r, role, t->any_of[i]))
            return 1;
    return 0;
}

size_t qz_rules_count(const qz_rules *r, qz_rules_section section)
{
    size_t n = 0, elem;
    if (r)
        section_base(r, section, &n, &elem);
    return n;
}

const char *qz_rules_entry_id(const qz_rules *r, qz_rules_section section, size_t index)
{
    const qz_entry *e = qz_rules__entry(r, section, index);
    return e ? e->id : NULL;
}

const char *qz_rules_entry_label(const qz_rules *r, qz_rules_section section, size_t index)
{
    const qz_entry *e = qz_rules__entry(r, section, index);
    return e ? e->label : NULL;
}

int qz_rules_find(size_t *out, const qz_rules *r, qz_rules_section section, const char *id)
{
    if (out)
        *out = 0;
    if (!out || !r || !id)
        return qz__error(QZ_EINVAL, "qz_rules_find: NULL argument");
    int i = qz_rules__find(r, section, id);
    if (i < 0)
        return qz__error(QZ_ENOTFOUND, "no %s '%s' in rule set %s", qz_rules_section_name(section), id, r->id);
    *out = (size_t)i;
    return QZ_OK;
}

const char *qz_rules_section_name(qz_rules_section section)
{
    static const char *const names[] = {"role", "body", "meeting", "document-kind", "issuer",
                                        "recipient", "signing", "deadline", "leave", "acting",
                                        "periodic", "check", "provision", "substitution",
                                        "destination", "not-away-together"};
    if ((int)section < 0 || (size_t)section >= sizeof(names) / sizeof(names[0]))
        return "unknown";
    return names[section];
}
