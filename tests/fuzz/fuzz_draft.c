/* Fuzz target: the draft reader (XML and JSON), the route of whatever it
 * accepts on the default model, and the 发文字号 parser and check on the raw
 * input. */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "quanze.h"

static qz_model *model;

static void docnum(const uint8_t *data, size_t size)
{
    char text[300];
    qz_docnum_finding f[QZ_DOCNUM_MAX_FINDINGS];
    size_t n = size < sizeof(text) - 1 ? size : sizeof(text) - 1;
    memcpy(text, data, n);
    text[n] = '\0';
    qz_docnum d;
    if (qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, text, NULL) != QZ_OK)
        abort();
    if (qz_docnum_parse(&d, text) == QZ_OK && d.year >= 1000 && d.year <= 9999) {
        char buf[QZ_DOCNUM_BUFSIZE];
        qz_docnum back;
        /* the standard form of what parses must parse to the same parts, without findings */
        if (qz_docnum_format(buf, sizeof(buf), &d) != QZ_OK || qz_docnum_parse(&back, buf) != QZ_OK ||
            strcmp(back.code, d.code) != 0 || back.year != d.year || back.serial != d.serial)
            abort();
        if (qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, buf, NULL) != QZ_OK ||
            (n && strcmp(f[0].id, "zero-serial") != 0))
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!model && qz_model_default(&model) != QZ_OK)
        abort();
    docnum(data, size);
    qz_draft *d = NULL;
    if (qz_draft_parse(&d, (const char *)data, size, "fuzz") != QZ_OK)
        return 0;
    qz_route *rt = NULL;
    if (qz_query_route(&rt, model, qz_draft_request(d)) == QZ_OK) {
        for (size_t i = 0; i < qz_route_step_count(rt); i++)
            if (qz_route_step_answer(rt, i))
                qz_answer_explanation(qz_route_step_answer(rt, i));
        for (size_t i = 0; i < qz_route_finding_count(rt); i++)
            if (!qz_route_finding_id(rt, i) || !qz_route_finding_text(rt, i))
                abort();
        qz_route_free(rt);
    }
    qz_draft_free(d);
    return 0;
}
