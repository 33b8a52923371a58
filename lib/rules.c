/* The rule set: loading (tree, then compile), the embedded default, saving,
 * lifetime and the public accessors. The sections by index are in
 * rules_index.c, which the compiler uses too. */
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "embedded.h"
#include "error.h"
#include "file.h"
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
    const char *where = path ? path : name ? name : "<memory>"; /* for the diagnostics */
    int rc = qz_rules__read_tree(&r->root, &r->arena, data, size, name, path);
    if (rc >= 0)
        rc = qz_rules__compile(r, where);
    /* kept for the diagnostics of qz_model_check(), which point into this input */
    if (rc >= 0 && !(r->source = qz__arena_strdup(&r->arena, where)))
        rc = qz__error_nomem();
    if (rc >= 0)
        rc = qz_rules__jurisdiction(r, where);
    if (rc >= 0)
        rc = qz_rules__meeting_shapes(r, where);
    if (rc >= 0)
        rc = qz_rules__agency_codes(r, where);
    if (rc < 0) {
        qz__arena_free(&r->arena);
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
    return load(out, (const char *)qz__embedded_rules_xml, qz__embedded_rules_xml_size, "yunxi-rules.xml",
                NULL);
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
    if (!path)
        return qz__error(QZ_EINVAL, "qz_rules_save_file: NULL path");
    char *text = NULL;
    size_t len = 0;
    int rc = qz_rules_save(&text, &len, rules);
    return qz__write_saved(path, rc, text, len);
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
    qz__arena_free(&rules->arena);
    qz__free(rules);
}

const char *qz_rules_id(const qz_rules *r)
{
    return r ? r->id : NULL;
}
const char *qz_rules_title(const qz_rules *r)
{
    return r ? r->title : NULL;
}
const char *qz_rules_document_number(const qz_rules *r)
{
    return r ? r->number : NULL;
}
const char *qz_rules_authority(const qz_rules *r)
{
    return r ? r->authority : NULL;
}
qz_date qz_rules_adopted(const qz_rules *r)
{
    return r ? r->adopted : QZ_DATE_NONE;
}
qz_date qz_rules_issued(const qz_rules *r)
{
    return r ? r->issued : QZ_DATE_NONE;
}
qz_date qz_rules_effective(const qz_rules *r)
{
    return r ? r->effective : QZ_DATE_NONE;
}
qz_date qz_rules_expires(const qz_rules *r)
{
    return r ? r->expires : QZ_DATE_NONE;
}

int qz_rules_in_force(const qz_rules *r, qz_date date)
{
    if (!r || date < r->effective)
        return 0;
    return r->expires == QZ_DATE_NONE || date <= r->expires;
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
        return qz__error(QZ_ENOTFOUND, "no %s '%s' in rule set %s", qz_rules_section_name(section), id,
                         r->id);
    *out = (size_t)i;
    return QZ_OK;
}

const char *qz_rules_section_name(qz_rules_section section)
{
    static const char *const names[] = {"role",       "body",         "meeting",     "document-kind",
                                        "issuer",     "recipient",    "signing",     "deadline",
                                        "leave",      "acting",       "periodic",    "check",
                                        "provision",  "substitution", "destination", "not-away-together",
                                        "obligation", "event"};
    _Static_assert(sizeof(names) / sizeof(names[0]) == QZ_RULES_SECTION_COUNT,
                   "a name for every qz_rules_section");
    if ((int)section < 0 || (size_t)section >= sizeof(names) / sizeof(names[0]))
        return "unknown";
    return names[section];
}

const char *qz_rules_default_issuer(const qz_rules *rules)
{
    if (!rules)
        return NULL;
    for (size_t i = 0; i < rules->nissuers; i++)
        if (rules->issuers[i].is_default)
            return rules->issuers[i].id;
    return rules->nissuers ? rules->issuers[0].id : NULL;
}

const char *qz_rules_leave_word(const qz_rules *rules)
{
    return rules ? rules->leave_word : NULL;
}
