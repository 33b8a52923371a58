/* The cost of routing a draft on the embedded demo model: a letter touching
 * one portfolio (drafting, office review, signing), a normative notice of two
 * portfolios decided by the executive meeting and already numbered (all six
 * steps and the 发文字号 check), and the draft reader on the example files.
 * CPU time of one thread, best of three runs.
 *
 *     bench_route
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "quanze.h"

static double thread_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what)
{
    fprintf(stderr, "%s: %s\n", what, qz_error_message(qz_error_last()));
    exit(1);
}

static double best_of_three(const qz_model *m, const qz_route_request *r, long n)
{
    double best = 0;
    for (int t = 0; t < 3; t++) {
        double t0 = thread_cpu();
        for (long i = 0; i < n; i++) {
            qz_route *rt = NULL;
            if (qz_query_route(&rt, m, r) != QZ_OK)
                die("route");
            qz_route_free(rt);
        }
        double s = thread_cpu() - t0;
        if (t == 0 || s < best)
            best = s;
    }
    return best / (double)n * 1e6;
}

static double parse_cost(const char *path, long n)
{
    FILE *f = fopen(path, "rb");
    static char buf[8192];
    size_t len = f ? fread(buf, 1, sizeof(buf), f) : 0;
    if (f)
        fclose(f);
    if (!len)
        die(path);
    double t0 = thread_cpu();
    for (long i = 0; i < n; i++) {
        qz_draft *d = NULL;
        if (qz_draft_parse(&d, buf, len, path) != QZ_OK)
            die("draft");
        qz_draft_free(d);
    }
    return (thread_cpu() - t0) / (double)n * 1e6;
}

int main(void)
{
    static const char *const one[] = {"justice"}, *const two[] = {"justice", "education"};
    static const char *const facts[] = {"legality-reviewed", "drafted-by-department"};
    static const char *const codes[] = {"西政发", "西政办发", "西政函"};
    qz_model *m = NULL;
    if (qz_model_default(&m) != QZ_OK)
        die("model");
    qz_route_request letter = QZ_ROUTE_REQUEST_INIT;
    letter.kind = "函";
    letter.portfolios = one;
    letter.nportfolios = 1;
    qz_date_parse(&letter.date, "2026-06-10");
    qz_route_request full = letter;
    full.kind = "通知";
    full.normative = 1;
    full.portfolios = two;
    full.nportfolios = 2;
    full.meeting = "executive";
    qz_date_parse(&full.meeting_date, "2026-06-08");
    full.docnum = "西政发〔2026〕12号";
    full.agency_codes = codes;
    full.nagency_codes = 3;
    full.normative_facts = facts;
    full.nnormative_facts = 2;
    full.validity_years = 5;
    printf("route letter (3 steps)           %8.2f us\n", best_of_three(m, &letter, 50000));
    printf("route normative notice (6 steps) %8.2f us\n", best_of_three(m, &full, 20000));
    printf("draft parse XML                  %8.2f us\n",
           parse_cost(QZ_SOURCE_DIR "/examples/dms-plugin/draft.xml", 2000));
    printf("draft parse JSON                 %8.2f us\n",
           parse_cost(QZ_SOURCE_DIR "/examples/dms-plugin/draft.json", 20000));
    qz_model_free(m);
    return 0;
}
