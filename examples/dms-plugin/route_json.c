/* A document-management plugin's view of quanze: given a draft file (XML or
 * JSON, docs/documents.md), print the route the work rules prescribe as JSON
 * on standard output. Exit status 0 with no findings, 1 with findings, 2 when
 * the draft or the question is refused (the message on standard error).
 *
 *     route_json DRAFT.xml|DRAFT.json
 */
#include <stdio.h>
#include <quanze.h>

static void str(const char *s)
{
    if (!s) {
        fputs("null", stdout);
        return;
    }
    putchar('"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

static void date(qz_date d)
{
    char buf[16];
    qz_date_format(buf, sizeof(buf), d);
    str(buf);
}

static void step(const qz_route *rt, size_t i)
{
    const qz_answer *a = qz_route_step_answer(rt, i);
    printf("    {\"step\": ");
    str(qz_route_step_name((qz_route_step_kind)qz_route_step_kind_at(rt, i)));
    printf(", \"unit\": ");
    str(qz_route_step_unit(rt, i));
    printf(", \"people\": [");
    for (size_t p = 0; a && p < qz_answer_person_count(a); p++) {
        printf("%s{\"capacity\": ", p ? ", " : "");
        str(qz_capacity_name(qz_answer_person_capacity(a, p)));
        printf(", \"post\": ");
        str(qz_answer_person_post(a, p));
        printf(", \"name\": ");
        str(qz_answer_person_name(a, p));
        printf(", \"via\": ");
        str(qz_via_name(qz_answer_person_via(a, p)));
        printf("}");
    }
    printf("], \"due\": ");
    if (a && qz_answer_has(a, QZ_VALUE_DUE))
        date((qz_date)qz_answer_value(a, QZ_VALUE_DUE));
    else
        printf("null");
    printf(", \"citations\": [");
    for (size_t c = 0; a && c < qz_answer_citation_count(a); c++) {
        printf("%s{\"article\": %d, \"item\": %d, \"text\": ", c ? ", " : "",
               qz_answer_citation_article(a, c), qz_answer_citation_item(a, c));
        str(qz_answer_citation_text(a, c));
        printf("}");
    }
    printf("]}");
}

int main(int argc, char **argv)
{
    qz_model *m = NULL;
    qz_draft *d = NULL;
    qz_route *rt = NULL;
    if (argc != 2) {
        fprintf(stderr, "usage: route_json DRAFT.xml|DRAFT.json\n");
        return 2;
    }
    if (qz_model_default(&m) != QZ_OK || qz_draft_load_file(&d, argv[1]) != QZ_OK ||
        qz_query_route(&rt, m, qz_draft_request(d)) != QZ_OK) {
        fprintf(stderr, "route_json: %s\n", qz_error_message(qz_error_last()));
        qz_draft_free(d);
        qz_model_free(m);
        return 2;
    }
    printf("{\n  \"steps\": [\n");
    for (size_t i = 0; i < qz_route_step_count(rt); i++) {
        step(rt, i);
        printf(i + 1 < qz_route_step_count(rt) ? ",\n" : "\n");
    }
    printf("  ],\n  \"findings\": [");
    for (size_t i = 0; i < qz_route_finding_count(rt); i++) {
        printf("%s\n    {\"id\": ", i ? "," : "");
        str(qz_route_finding_id(rt, i));
        printf(", \"text\": ");
        str(qz_route_finding_text(rt, i));
        printf(", \"source\": ");
        str(qz_route_finding_source(rt, i));
        printf("}");
    }
    printf("%s]\n}\n", qz_route_finding_count(rt) ? "\n  " : "");
    int status = qz_route_finding_count(rt) ? 1 : 0;
    qz_route_free(rt);
    qz_draft_free(d);
    qz_model_free(m);
    return status;
}
