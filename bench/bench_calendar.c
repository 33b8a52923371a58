/* Cost of the working-day queries on the built-in calendar.
 *
 *   build/bench/bench_calendar
 *
 * Prints nanoseconds per call of qz_calendar_add_workdays for several n and
 * of qz_calendar_workdays_between for several spans (both should cost the
 * same whatever n or the span), a day-by-day walk for comparison, and the
 * time to build the default calendar. Each figure is the best of ROUNDS
 * rounds, so that other work on a shared machine disturbs it less. */
#include <stdio.h>
#include <time.h>

#include "quanze.h"

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static volatile long sink;

/* Starting days cycle through up to 4,000 days so that the data is read
 * from many places, while every answer stays inside 2004-2026 (an answer
 * outside coverage would time the error path instead). */
#define STARTS 4000
#define COVERED_DAYS 8401
#define ROUNDS 5

static double time_add(const qz_calendar *cal, qz_date first, int n, long calls)
{
    long sum = 0;
    double t0 = now_ns();
    for (long i = 0; i < calls; i++) {
        qz_date r;
        if (qz_calendar_add_workdays(&r, cal, first + (qz_date)(i % STARTS), n) != QZ_OK)
            return -1;
        sum += r;
    }
    double t = (now_ns() - t0) / (double)calls;
    sink += sum;
    return t;
}

static double time_between(const qz_calendar *cal, qz_date first, int span, long calls)
{
    long sum = 0;
    long starts = COVERED_DAYS - span < STARTS ? COVERED_DAYS - span : STARTS;
    double t0 = now_ns();
    for (long i = 0; i < calls; i++) {
        int k;
        qz_date a = first + (qz_date)(i % starts);
        if (qz_calendar_workdays_between(&k, cal, a, a + span) != QZ_OK)
            return -1;
        sum += k;
    }
    double t = (now_ns() - t0) / (double)calls;
    sink += sum;
    return t;
}

/* What the libraries that walk do: test each day in turn. */
static qz_date walk(const qz_calendar *cal, qz_date d, int n)
{
    while (n > 0) {
        int w = 0;
        d++;
        qz_calendar_is_workday(&w, cal, d);
        n -= w;
    }
    return d;
}

static double time_walk(const qz_calendar *cal, qz_date first, int n, long calls)
{
    long sum = 0;
    double t0 = now_ns();
    for (long i = 0; i < calls; i++)
        sum += walk(cal, first + (qz_date)(i % STARTS), n);
    double t = (now_ns() - t0) / (double)calls;
    sink += sum;
    return t;
}

/* One line of the table: which query, from which first start day, with
 * which n (add_workdays, walk) or span in days (workdays_between). */
typedef struct job {
    enum { ADD, BETWEEN, WALK } query;
    qz_date first;
    int arg;
    long calls;
} job;

/* The best of ROUNDS runs, in ns per call (negative if a call failed). */
static double best(const qz_calendar *cal, const job *j)
{
    double min = -1;
    for (int r = 0; r < ROUNDS; r++) {
        double t = j->query == ADD       ? time_add(cal, j->first, j->arg, j->calls)
                   : j->query == BETWEEN ? time_between(cal, j->first, j->arg, j->calls)
                                         : time_walk(cal, j->first, j->arg, j->calls);
        if (t < 0)
            return t;
        if (min < 0 || t < min)
            min = t;
    }
    return min;
}

int main(void)
{
    qz_calendar *cal;
    double t0 = now_ns();
    const int loads = 20;
    for (int i = 0; i < loads; i++) {
        if (qz_calendar_default(&cal) != QZ_OK) {
            fprintf(stderr, "bench_calendar: %s\n", qz_error_message(qz_error_last()));
            return 1;
        }
        if (i + 1 < loads)
            qz_calendar_free(cal);
    }
    double load_ns = (now_ns() - t0) / loads;
    qz_date first;
    qz_date_from_ymd(&first, 2004, 1, 1);
    const long calls = 1000000;

    printf("quanze calendar benchmark (built-in calendar 2004-2026; best of %d rounds of %ld calls)\n",
           ROUNDS, calls);
    printf("%-36s %10s\n", "query", "ns/call");
    char label[64];
    const int ns[] = {1, 5, 20, 250, 2500};
    for (size_t i = 0; i < sizeof(ns) / sizeof(*ns); i++) {
        job j = {ADD, first, ns[i], calls};
        snprintf(label, sizeof(label), "add_workdays n=%d", ns[i]);
        printf("%-36s %10.1f\n", label, best(cal, &j));
    }
    for (size_t i = 0; i < sizeof(ns) / sizeof(*ns); i++) {
        job j = {ADD, first + COVERED_DAYS - STARTS, -ns[i], calls};
        snprintf(label, sizeof(label), "add_workdays n=-%d", ns[i]);
        printf("%-36s %10.1f\n", label, best(cal, &j));
    }
    const struct {
        const char *name;
        int days;
    } spans[] = {{"a week", 7}, {"a month", 30}, {"a year", 365}, {"5 years", 1826}, {"20 years", 7305}};
    for (size_t i = 0; i < sizeof(spans) / sizeof(*spans); i++) {
        job j = {BETWEEN, first, spans[i].days, calls};
        snprintf(label, sizeof(label), "workdays_between, %s", spans[i].name);
        printf("%-36s %10.1f\n", label, best(cal, &j));
    }
    job walk_job = {WALK, first, 2500, 2000};
    printf("%-36s %10.1f\n", "day-by-day walk n=2500 (comparison)", best(cal, &walk_job));
    printf("%-36s %10.0f\n", "qz_calendar_default (build, ns)", load_ns);
    qz_calendar_free(cal);
    return 0;
}
