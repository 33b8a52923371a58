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
 *     bench_check N again|new THREADS  (check sign in THREADS threads sharing
 *                                       the model: checks per second of wall time)
 */
#include <pthread.h>
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

/* ---- threads sharing the model ---- */

typedef struct worker {
    pthread_t thread;
    long n, first;
    int fresh;
    double cpu;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    double t0 = thread_cpu();
    for (long i = 0; i < w->n; i++)
        one(1, w->first + i, w->fresh);
    w->cpu = thread_cpu() - t0;
    return NULL;
}

static double wall(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* `threads` threads ask `n` sign checks each (each its own dates when fresh). */
static void in_threads(long n, int fresh, int threads)
{
    worker w[64];
    if (threads < 1 || threads > 64)
        die("threads (1 to 64)");
    double t0 = wall();
    for (int t = 0; t < threads; t++) {
        w[t] = (worker){.n = n, .first = (long)t * 1400, .fresh = fresh};
        if (pthread_create(&w[t].thread, NULL, work, &w[t]) != 0)
            die("thread");
    }
    double cpu = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(w[t].thread, NULL);
        cpu += w[t].cpu;
    }
    double t = wall() - t0;
    printf("check sign, %s, %d threads: %.2f M checks/s wall, %.0f ns/check of thread CPU\n",
           fresh ? "a new date every time" : "asked again", threads, (double)threads * (double)n / t / 1e6,
           cpu / ((double)threads * (double)n) * 1e9);
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
    if (argc > 3) {
        in_threads(n, only && strcmp(only, "new") == 0, atoi(argv[3]));
        qz_model_free(model);
        return 0;
    }
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
