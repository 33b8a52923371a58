/* Matching a START node against a loader's table of element places: the one
 * structural check that the calendar and organisation loaders share. */
#include "xml.h"

#include <string.h>

#include "quanze/errors.h"

static const qz_xml_place *place_at(const void *table, size_t stride, size_t i)
{
    return (const qz_xml_place *)(const void *)((const char *)table + i * stride);
}

int qz__xml_place_find(qz_xml *x, const qz_xml_node *n, const void *table, size_t count, size_t stride,
                       int parent)
{
    const char *parent_name = parent >= 0 ? place_at(table, stride, (size_t)parent)->name : NULL;
    for (size_t i = 0; i < count; i++) {
        const qz_xml_place *e = place_at(table, stride, i);
        if (e->depth != n->depth || strcmp(e->name, n->name) != 0)
            continue;
        if (e->parent && (!parent_name || strcmp(e->parent, parent_name) != 0))
            continue;
        return (int)i;
    }
    return qz__xml_fail(x, n, QZ_ESCHEMA, "unexpected element <%s>", n->name);
}
