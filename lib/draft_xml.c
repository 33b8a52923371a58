/* The XML form of a draft (data/schema/draft.xsd): the fields as attributes
 * of <draft>, the lists and the deciding meeting as child elements. Read with
 * the hardened reader, validated while it streams. */
#include <string.h>
#include "draft.h"
#include "embedded.h"
#include "quanze/errors.h"
#include "xml.h"

static const qz_xml_schema draft_schema =
    QZ_XML_SCHEMA_INIT(qz__embedded_draft_xsd, qz__embedded_draft_xsd_size, "draft.xsd");

static int set_attrs(qz_draft *d, qz_xml *x, const qz_xml_node *n, const char *const *names)
{
    for (size_t i = 0; i < n->nattrs; i++) {
        const char *why = NULL, *key = n->attrs[i].name;
        /* <meeting type= date=> fills the draft's meeting and meeting-date */
        for (size_t k = 0; names && names[k]; k += 2)
            if (!strcmp(key, names[k]))
                key = names[k + 1];
        int rc = qz_draft__set(d, key, n->attrs[i].value, &why);
        if (rc < 0)
            return qz__xml_fail(x, n, rc, "%s=\"%.64s\": %s", n->attrs[i].name, n->attrs[i].value, why);
    }
    return QZ_OK;
}

static int element(qz_draft *d, qz_xml *x, const qz_xml_node *n)
{
    static const char *const meeting[] = {"type", "meeting", "date", "meeting-date", NULL};
    static const struct {
        const char *element, *attr;
        int list;
    } lists[] = {{"portfolio", "ref", QZ_DRAFT__PORTFOLIOS},
                 {"fact", "ref", QZ_DRAFT__FACTS},
                 {"agency-code", "code", QZ_DRAFT__CODES}};
    const char *why = NULL;
    if (n->depth == 1)
        return strcmp(n->name, "draft") ? qz__xml_fail(x, n, QZ_ESCHEMA, "the root element is not <draft>")
                                        : set_attrs(d, x, n, NULL);
    if (n->depth != 2)
        return qz__xml_fail(x, n, QZ_ESCHEMA, "unexpected element <%s>", n->name);
    if (!strcmp(n->name, "meeting"))
        return set_attrs(d, x, n, meeting);
    for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
        if (strcmp(n->name, lists[i].element) != 0)
            continue;
        const char *v = qz__xml_attr(n, lists[i].attr);
        int rc = v ? qz_draft__add(d, lists[i].list, v, &why) : QZ_ESCHEMA;
        return rc < 0 ? qz__xml_fail(x, n, rc, "<%s>: %s", n->name, v ? why : "attribute missing") : QZ_OK;
    }
    return qz__xml_fail(x, n, QZ_ESCHEMA, "unexpected element <%s>", n->name);
}

int qz_draft__read_xml(qz_draft *d, const char *data, size_t size, const char *name)
{
    qz_xml *x = NULL;
    const qz_xml_node *n;
    int rc;
    if ((rc = qz__xml_open_memory(&x, data, size, name, &draft_schema)) < 0)
        return rc;
    while ((rc = qz__xml_next(x, &n)) > 0)
        if (n->type == QZ_XML_START && (rc = element(d, x, n)) < 0)
            break;
    if (rc == 0) {
        const char *why = NULL;
        if ((rc = qz_draft__finish(d, &why)) < 0)
            rc = qz__xml_fail_at(x, 1, 1, rc, "%s", why);
    }
    qz__xml_close(x);
    return rc;
}
