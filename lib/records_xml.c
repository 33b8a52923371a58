/* The XML records reader (data/schema/records.xsd): one empty element per
 * record, named by its type, its fields as attributes. Pulls the next record
 * from the hardened reader (lib/util/xml.h), which validates the document
 * while it streams, so only one record's attributes are held at a time. */
#include "records.h"

#include <string.h>
#include "error.h"
#include "xml.h"

int qz_records__xml_next(qz_xml *x, qz_record *r, int *line, int *column)
{
    const qz_xml_node *n;
    int rc;
    r->n = 0;
    *line = *column = 0;
    while ((rc = qz__xml_next(x, &n)) > 0) {
        if (n->type != QZ_XML_START)
            continue;
        if (n->depth == 1) {
            /* the schema says so too; checked here so the reader never depends on it */
            if (strcmp(n->name, "records") != 0)
                return qz__xml_fail(x, n, QZ_ESCHEMA, "the root element is <%s>, not <records>", n->name);
            continue;
        }
        if (n->depth != 2)
            return qz__xml_fail(x, n, QZ_ESCHEMA, "<%s> inside a record", n->name);
        if (n->nattrs + 1 > QZ_RECORDS__MAX_FIELDS)
            return qz__xml_fail(x, n, QZ_ELIMIT, "more than %d fields", QZ_RECORDS__MAX_FIELDS);
        r->key[0] = "type";
        r->val[0] = n->name;
        r->n = 1;
        for (size_t i = 0; i < n->nattrs; i++) {
            if (strcmp(n->attrs[i].name, "type") == 0)
                continue; /* the element's name is the type */
            r->key[r->n] = n->attrs[i].name;
            r->val[r->n++] = n->attrs[i].value;
        }
        *line = n->line;
        *column = n->column;
        return 1;
    }
    return rc;
}
