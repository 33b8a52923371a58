/* Checks per second on the embedded demo model, one thread: may this actor
 * sign (a holder, a deputy who may not), countersign, convene, act for the
 * county head? Prints nanoseconds per check (thread CPU time, so that other
 * programs on a shared machine do not count), beside the matching query.
 *
 * Each check is timed twice: asked again and again, as a workflow engine
 * asks about the same kinds of document and the same people all day (the
 * model remembers the outcome: lib/model_memo.c), and with a new date every
 * time, cycling through more dates than the memo has slots (every check is
 * decided from the rules, as the first time a question is asked).
 *
 *     bench_check [N] [again|new]      (the second: only that half)
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

static qz_model *model;
static qz_date day;

static void die(const char *what)
{
    fprintf(stderr, "%s: %s\n", what, qz_error_message(qz_error_last()));
    exit(1);
}

static int one(int kind, long i, int fresh)
{
    /* fresh: 1,500 days back from `day`, two actors: 3,000 questions */
    qz_date when = fresh ? day - (qz_date)(i / 2 % 1500) : day;
    static const char *const pf[1] = {"justice"};
    qz_sign_request s = QZ_SIGN_REQUEST_INIT;
    s.kind = "request";
    s.recipient = "city-government";
    s.portfolios = pf;
    s.nportfolios = 1;
    s.date = when;
    const char *actor = (i & 1) ? "deputy-1" : "executive-deputy";
    qz_decision *d = NULL;
    qz_answer *a = NULL;
    int rc, allowed = 0;
    switch (kind) {
    case 0: rc = qz_query_sign(&a, model, &s); break; /* a query remembers nothing */
    case 1: rc = qz_check_sign(&d, model, &s, actor); break;
    case 2: rc = qz_check_countersign(&d, model, &s, actor); break;
    case 3: {
        qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
        r.type = "executive";
        r.date = when;
        rc = qz_check_convene(&d, model, &r, (i & 1) ? "deputy-1" : "county-head");
        break;
    }
    default: {
        qz_acting_request r = QZ_ACTING_REQUEST_INIT;
        r.post = "county-head";
        r.date = when;
        rc = qz_check_act_for(&d, model, &r, actor);
        break;
    }
    }
    if (rc)
        die("check");
    allowed = qz_decision_allowed(d);
    qz_decision_free(d);
    qz_answer_free(a);
    return allowed;
}

int main(int argc, char **argv)
{
    static const char *const names[] = {"query sign (reference)", "check sign", "check countersign",
                                        "check convene", "check act-for"};
    long n = argc > 1 ? atol(argv[1]) : 200000;
    const char *only = argc > 2 ? argv[2] : NULL;
    if (qz_model_default(&model) != QZ_OK)
        die("model");
    if (qz_date_parse(&day, "2026-06-10") != QZ_OK)
        die("date");
    for (int fresh = 0; fresh <= 1; fresh++) {
        if (only && strcmp(only, fresh ? "new" : "again") != 0)
            continue;
        printf("%s\n", fresh ? "a new date every time (decided from the rules):"
                             : "the same question again and again (remembered):");
        for (int k = 0; k < 5; k++) {
            long allowed = 0;
            for (long i = 0; i < n / 10; i++) /* warm up */
                allowed += one(k, i, fresh);
            double t0 = thread_cpu();
            for (long i = 0; i < n; i++)
                allowed += one(k, i, fresh);
            double t = thread_cpu() - t0;
            printf("  %-24s %8.0f ns/check  (%ld runs, %ld allowed, goal <= 100 ns)\n", names[k],
                   t / (double)n * 1e9, n, allowed);
        }
    }
    qz_model_free(model);
    return 0;
}
