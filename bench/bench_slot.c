/* Publishing latency of the model slot: how long qz_model_slot_set takes
 * while reader threads keep calling qz_model_slot_get as fast as they can.
 *
 *   bench_slot [sets] [readers] [query]
 *
 * Prints the mean and worst wall-clock latency of one set, and the same in
 * the writer thread's own CPU time (which leaves out time the writer spent
 * preempted: on a machine with fewer cores than threads the wall-clock worst
 * case includes being descheduled). With "query" every reader also answers
 * one acting question per model it gets, as a server would. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "quanze.h"

static qz_model_slot *slot;
static atomic_int stop;
static atomic_long reads;
static int with_query;
static qz_date day;

static void *reader(void *arg)
{
    (void)arg;
    long n = 0;
    while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
        qz_model *m = qz_model_slot_get(slot);
        if (with_query) {
            qz_acting_request r = QZ_ACTING_REQUEST_INIT;
            r.post = "county-head";
            r.date = day;
            qz_answer *a = NULL;
            if (qz_query_acting(&a, m, &r) == QZ_OK)
                qz_answer_free(a);
        }
        qz_model_free(m);
        n++;
    }
    atomic_fetch_add(&reads, n);
    return NULL;
}

static double ns_between(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) * 1e9 + (double)(b->tv_nsec - a->tv_nsec);
}

int main(int argc, char **argv)
{
    int sets = argc > 1 ? atoi(argv[1]) : 500;
    int nreaders = argc > 2 ? atoi(argv[2]) : 8;
    with_query = argc > 3 && strcmp(argv[3], "query") == 0;
    if (sets <= 0 || nreaders <= 0 || nreaders > 64) {
        fprintf(stderr, "usage: bench_slot [sets] [readers 1..64] [query]\n");
        return 2;
    }
    qz_date_from_ymd(&day, 2026, 3, 10);
    qz_model *m[2] = {NULL, NULL};
    if (qz_model_default(&m[0]) != QZ_OK || qz_model_default(&m[1]) != QZ_OK ||
        qz_model_slot_new(&slot, m[0]) != QZ_OK) {
        fprintf(stderr, "bench_slot: setup failed\n");
        return 1;
    }
    pthread_t t[64];
    for (int i = 0; i < nreaders; i++)
        pthread_create(&t[i], NULL, reader, NULL);
    struct timespec pause = {0, 2000000}; /* 2 ms between publications */
    nanosleep(&pause, NULL);
    double sum = 0, worst = 0, cpu_sum = 0, cpu_worst = 0;
    for (int k = 0; k < sets; k++) {
        struct timespec a, b, ca, cb;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ca);
        clock_gettime(CLOCK_MONOTONIC, &a);
        qz_model_slot_set(slot, m[(k + 1) % 2]);
        clock_gettime(CLOCK_MONOTONIC, &b);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cb);
        double d = ns_between(&a, &b), c = ns_between(&ca, &cb);
        sum += d;
        cpu_sum += c;
        if (d > worst)
            worst = d;
        if (c > cpu_worst)
            cpu_worst = c;
        nanosleep(&pause, NULL);
    }
    atomic_store(&stop, 1);
    for (int i = 0; i < nreaders; i++)
        pthread_join(t[i], NULL);
    printf("slot set, %d readers%s, %d sets: mean %.3f ms, worst %.3f ms (wall); "
           "mean %.3f ms, worst %.3f ms (writer CPU); %ld reads\n",
           nreaders, with_query ? " answering queries" : " in a get/free loop", sets, sum / sets / 1e6,
           worst / 1e6, cpu_sum / sets / 1e6, cpu_worst / 1e6, (long)atomic_load(&reads));
    qz_model_slot_free(slot);
    qz_model_free(m[0]);
    qz_model_free(m[1]);
    return 0;
}
