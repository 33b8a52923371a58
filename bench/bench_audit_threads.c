/* Audit throughput across threads in one process, the way a host audits a
 * country partitioned by county: each partition has its own model (here the
 * embedded demo county, built once per partition) and its own audit, and the
 * threads take partitions from a shared counter. Every partition audits the
 * records file given (e.g. a year written by bench/gen_records.py), so the
 * work per partition is the same. Prints, per thread count, the records per
 * second of wall time (what the threads did together), the records per CPU
 * second, and the speed-up over one thread.
 *
 *     bench_audit_threads RECORDS.csv [PARTITIONS [MAX-THREADS]]
 *
 * On a machine shared with other work the wall-time figures understate what
 * idle cores would do; the CPU-second figure does not depend on that.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "quanze.h"

static const char *path;
static qz_model **models; /* one per partition */
static int npart;
static atomic_int next_part;

static double clock_of(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what)
{
    fprintf(stderr, "%s: %s\n", what, qz_error_message(qz_error_last()));
    exit(1);
}

static int ignore(const qz_finding *f, void *ud)
{
    (void)f;
    (void)ud;
    return 0;
}

typedef struct worker {
    pthread_t t;
    unsigned long long records;
} worker;

static void *work(void *p)
{
    worker *w = p;
    for (int i; (i = atomic_fetch_add(&next_part, 1)) < npart;) {
        qz_audit *au = NULL;
        qz_audit_summary s;
        if (qz_audit_new(&au, models[i], 0) != QZ_OK || qz_audit_file(au, path, ignore, NULL) != QZ_OK ||
            qz_audit_finish(au, ignore, NULL) != QZ_OK)
            die("audit");
        qz_audit_get_summary(au, &s);
        w->records += s.read;
        qz_audit_free(au);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_audit_threads RECORDS.csv [PARTITIONS [MAX-THREADS]]\n");
        return 2;
    }
    path = argv[1];
    npart = argc > 2 ? atoi(argv[2]) : 4;
    int maxt = argc > 3 ? atoi(argv[3]) : 2;
    if (npart < 1 || maxt < 1 || maxt > 64)
        die("arguments");
    models = calloc((size_t)npart, sizeof(*models));
    if (!models)
        die("memory");
    for (int i = 0; i < npart; i++)
        if (qz_model_default(&models[i]) != QZ_OK)
            die("model");
    double base = 0;
    printf("%d partitions of %s, one model each\n", npart, path);
    printf("threads  records  wall s  records/s (wall)  CPU s  records/CPU s  speed-up\n");
    for (int t = 1; t <= maxt; t++) {
        worker w[64] = {{0}};
        atomic_store(&next_part, 0);
        double t0 = clock_of(CLOCK_MONOTONIC), c0 = clock_of(CLOCK_PROCESS_CPUTIME_ID);
        for (int k = 0; k < t; k++)
            if (pthread_create(&w[k].t, NULL, work, &w[k]) != 0)
                die("thread");
        unsigned long long records = 0;
        for (int k = 0; k < t; k++) {
            pthread_join(w[k].t, NULL);
            records += w[k].records;
        }
        double wall = clock_of(CLOCK_MONOTONIC) - t0, cpu = clock_of(CLOCK_PROCESS_CPUTIME_ID) - c0;
        double rate = (double)records / wall;
        if (t == 1)
            base = rate;
        printf("%7d  %7llu  %6.2f  %16.0f  %5.2f  %13.0f  %7.2fx\n", t, records, wall, rate, cpu,
               (double)records / cpu, rate / base);
    }
    for (int i = 0; i < npart; i++)
        qz_model_free(models[i]);
    free(models);
    return 0;
}
