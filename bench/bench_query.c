/* Queries per second for signing, meeting and acting questions, on the
 * embedded demo model or on an organisation file given on the command line
 * (e.g. one written by bench/gen_org.py), with one thread and with two; and
 * the time to load the rules and build the model. "meeting" asks about the
 * executive meeting (a dozen people); "plenary" about the plenary meeting,
 * whose members are every department principal (about 10,000 people on the
 * generated province), so it measures answers with many people.
 * "sign+explanation" asks the signing questions and reads each answer's
 * explanation, which is rendered only when read.
 *
 *     bench_query [ORG.xml [GOVERNOR-POST [PORTFOLIO]]]
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "quanze.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of the calling thread: on a machine shared with other work, the
 * one-thread figure should not count the time other programs held the core. */
static double thread_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static qz_model *model;
static const char *head = "county-head";
static const char *portfolio = "justice";
static qz_date day_present, day_away;

static void die(const char *what)
{
    fprintf(stderr, "%s: %s\n", what, qz_error_message(qz_error_last()));
    exit(1);
}

static int ask(int kind, long i)
{
    qz_answer *a = NULL;
    int rc;
    qz_date d = (i & 1) ? day_away : day_present;
    if (kind == 0 || kind == 4) {
        qz_sign_request r = QZ_SIGN_REQUEST_INIT;
        const char *pf[1] = {portfolio};
        r.kind = (i & 2) ? "request" : "notice";
        r.recipient = (i & 2) ? "city-government" : NULL;
        r.portfolios = pf;
        r.nportfolios = 1;
        r.date = d;
        rc = qz_query_sign(&a, model, &r);
        /* kind 4: the same question with its explanation read (rendered on demand) */
        if (kind == 4 && rc >= 0 && !qz_answer_explanation(a))
            rc = QZ_ENOMEM;
    } else if (kind == 1) {
        qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
        r.type = "executive";
        r.date = d;
        rc = qz_query_meeting(&a, model, &r);
    } else if (kind == 3) {
        qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
        r.type = "plenary";
        r.date = d;
        rc = qz_query_meeting(&a, model, &r);
    } else {
        qz_acting_request r = QZ_ACTING_REQUEST_INIT;
        r.post = head;
        r.date = d;
        rc = qz_query_acting(&a, model, &r);
    }
    qz_answer_free(a);
    return rc;
}

typedef struct job {
    int kind;
    long n;
    double secs, cpu;
} job;

static void *run(void *p)
{
    job *j = p;
    double t0 = now(), c0 = thread_cpu();
    for (long i = 0; i < j->n; i++)
        if (ask(j->kind, i) < 0)
            die("query");
    j->secs = now() - t0;
    j->cpu = thread_cpu() - c0;
    return NULL;
}

/* One thread: the best of three runs of n questions, in CPU time. Two
 * threads: one run each, in wall time (what two cores answer together). */
static void measure(const char *name, int kind, long n)
{
    job one = {kind, n, 0, 0};
    double best = 0;
    for (int t = 0; t < 3; t++) {
        run(&one);
        if (t == 0 || one.cpu < best)
            best = one.cpu;
    }
    one.secs = best;
    job two[2] = {{kind, n, 0, 0}, {kind, n, 0, 0}};
    pthread_t t[2];
    double t0 = now();
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, run, &two[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    double both = now() - t0;
    printf("%-8s %10.0f q/s (%9.2f us/query) one thread   %10.0f q/s two threads\n", name, n / one.secs,
           one.secs / n * 1e6, 2 * n / both);
}

int main(int argc, char **argv)
{
    qz_date_parse(&day_present, "2026-06-10");
    qz_date_parse(&day_away, "2026-03-10");
    double t0 = now();
    qz_rules *rules = NULL;
    for (int i = 0; i < 20; i++) {
        qz_rules_free(rules);
        rules = NULL;
        if (qz_rules_default(&rules) < 0)
            die("rules");
    }
    double t_rules = (now() - t0) / 20;
    qz_org *org = NULL;
    qz_calendar *cal = NULL;
    t0 = now();
    if ((argc > 1 ? qz_org_load_file(&org, argv[1]) : qz_org_default(&org)) < 0)
        die("org");
    double t_org = now() - t0;
    if (qz_calendar_default(&cal) < 0)
        die("calendar");
    t0 = now();
    for (int i = 0; i < 1000; i++) {
        qz_model_free(model);
        if (qz_model_new(&model, rules, org, cal) < 0)
            die("model");
    }
    double t_model = (now() - t0) / 1000;
    if (argc > 2)
        head = argv[2];
    if (argc > 3)
        portfolio = argv[3];
    printf("organisation %s: %zu posts, %zu people (loaded in %.1f ms)\n", argc > 1 ? argv[1] : "(demo)",
           qz_org_post_count(org), qz_org_person_count(org), t_org * 1e3);
    printf("rule set load %.3f ms; model build from loaded parts %.2f us\n", t_rules * 1e3, t_model * 1e6);
    long n = argc > 1 ? 50000 : 100000;
    measure("sign", 0, n);
    measure("sign+explanation", 4, n / 4);
    measure("meeting", 1, n / 4);
    measure("acting", 2, n);
    measure("plenary", 3, argc > 1 ? 100 : n / 8);
    qz_model_free(model);
    qz_rules_free(rules);
    qz_org_free(org);
    qz_calendar_free(cal);
    return 0;
}
