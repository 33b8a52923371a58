/* The organisation on a province-sized input: load speed beside a bare
 * libxml2 reader pass over the same file, memory per person, lookup time.
 *
 *     bench/gen_org.py /tmp/province-org.xml
 *     bench_org [/tmp/province-org.xml]
 *
 * Without a file it measures the embedded demo organisation only. Times are
 * CPU times; each figure is the best of a few runs, since on a machine shared
 * with other work the slower runs measure the neighbours. The load is split
 * into the library's reader alone, the reader with the schema validating,
 * and the whole load (reader, schema, building and checking). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "embedded.h"
#include "org.h"
#include "quanze.h"
#include "xml.h"

/* CPU time of this (single-threaded) process: steadier than wall time on a
 * machine shared with other work. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A counting allocator: every block carries its size so that live bytes
 * are known at any time. */
static size_t live_bytes;

typedef union header {
    size_t size;
    max_align_t align;
} header;

static void *count_malloc(size_t size, void *user)
{
    (void)user;
    header *h = malloc(sizeof(*h) + size);
    if (!h)
        return NULL;
    h->size = size;
    live_bytes += size;
    return h + 1;
}

static void count_free(void *ptr, void *user)
{
    (void)user;
    if (!ptr)
        return;
    header *h = (header *)ptr - 1;
    live_bytes -= h->size;
    free(h);
}

static void *count_realloc(void *ptr, size_t size, void *user)
{
    if (!ptr)
        return count_malloc(size, user);
    header *h = (header *)ptr - 1;
    size_t old = h->size;
    header *n = realloc(h, sizeof(*n) + size);
    if (!n)
        return NULL;
    n->size = size;
    live_bytes = live_bytes - old + size;
    return n + 1;
}

/* Ids to look up, spread over the organisation. */
typedef struct sample {
    const char **posts, **people, **units;
    int32_t *post_index; /* the index of each sampled post */
    size_t n;
} sample;

static void take_sample(sample *s, const qz_org *org, size_t n)
{
    s->n = n;
    s->posts = malloc(n * sizeof(*s->posts));
    s->people = malloc(n * sizeof(*s->people));
    s->units = malloc(n * sizeof(*s->units));
    s->post_index = malloc(n * sizeof(*s->post_index));
    unsigned long x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 6364136223846793005ul + 1442695040888963407ul;
        s->post_index[i] = (int32_t)((x >> 33) % qz_org_post_count(org));
        s->posts[i] = qz_org_post_at(org, (size_t)s->post_index[i]);
        s->people[i] = qz_org_person_at(org, (x >> 17) % qz_org_person_count(org));
        s->units[i] = qz_org_unit_at(org, (x >> 7) % qz_org_unit_count(org));
    }
}

static void free_sample(sample *s)
{
    free(s->posts);
    free(s->people);
    free(s->units);
    free(s->post_index);
}

static volatile size_t sink;

#define ROUNDS 400000 /* timed lookups of each kind, per try */
#define TRIES 5       /* tries of each kind of lookup (the best counts) */
#define LOAD_TRIES 3  /* tries of each load pass */

static void lookups(const qz_org *org)
{
    sample s;
    take_sample(&s, org, 4096);
    qz_date d = 20600; /* 2026-05-27 */
    struct {
        const char *what;
        int which;
    } kinds[] = {{"holder of a post (by id)", 0},
                 {"is a person away (by id)", 1},
                 {"leader in charge of a unit (by id)", 2},
                 {"AB partner (by id)", 3},
                 {"entrusted agent (by id)", 4},
                 {"holder of a post (by index)", 5},
                 {"party group member (by id)", 6}};
    for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
        double best = 0;
        for (int t = 0; t < TRIES; t++) {
            size_t acc = 0;
            double t0 = 0;
            for (size_t r = 0; r < ROUNDS + s.n; r++) {
                if (r == s.n)
                    t0 = now(); /* after one untimed pass over the sample */
                size_t i = r & (s.n - 1);
                switch (kinds[k].which) {
                case 0: acc += qz_org_holder(org, s.posts[i], d) != NULL; break;
                case 1: {
                    int away = 0;
                    qz_org_person_away(&away, NULL, org, s.people[i], d);
                    acc += (size_t)away;
                    break;
                }
                case 2: acc += qz_org_in_charge(org, s.units[i], d) != NULL; break;
                case 3: acc += qz_org_ab_partner(org, s.posts[i], d) != NULL; break;
                case 4:
                    acc += qz_org_entrusted_agent(org, s.posts[i], QZ_ORG_SCOPE_GOVERNMENT_WORK, NULL, d) !=
                           NULL;
                    break;
                case 5: acc += (size_t)qz_org__holder(org, s.post_index[i], d); break;
                case 6: {
                    int m = 0;
                    qz_org_party_group_is_member(&m, org, s.posts[i], d);
                    acc += (size_t)m;
                    break;
                }
                }
            }
            double ns = (now() - t0) * 1e9 / ROUNDS;
            sink = acc;
            if (t == 0 || ns < best)
                best = ns;
        }
        printf("  %-38s %7.1f ns\n", kinds[k].what, best);
    }
    free_sample(&s);
}

static double best_of(double best, double t, int try_)
{
    return try_ == 0 || t < best ? t : best;
}

/* The organisation format's schema, as the loader uses it. */
static qz_xml_schema org_schema =
    QZ_XML_SCHEMA_INIT(qz__embedded_org_xsd, qz__embedded_org_xsd_size, "org.xsd");

/* Reads every node of `path` through the library's reader (validating when
 * `schema` is given) and does nothing with them. */
static int reader_pass(const char *path, qz_xml_schema *schema)
{
    qz_xml *x;
    int rc = qz__xml_open_file(&x, path, schema);
    if (rc < 0)
        return rc;
    const qz_xml_node *node;
    size_t n = 0;
    while ((rc = qz__xml_next(x, &node)) > 0)
        n += node->nattrs;
    qz__xml_close(x);
    sink = n;
    return rc < 0 ? rc : QZ_OK;
}

static void report_memory(const qz_org *org, size_t bytes)
{
    size_t people = qz_org_person_count(org), posts = qz_org_post_count(org);
    printf(
        "  memory: %.1f MiB for %zu people and %zu posts: %.0f bytes per person (posts, tenures and all)\n",
        bytes / 1048576.0, people, posts, people ? (double)bytes / (double)people : 0.0);
}

int main(int argc, char **argv)
{
    qz_allocator a = {QZ_ALLOCATOR_VERSION, count_malloc, count_realloc, count_free, NULL};
    qz_set_allocator(&a);

    qz_org *org;
    double t0 = now();
    if (qz_org_default(&org) != QZ_OK)
        return fprintf(stderr, "%s\n", qz_error_message(qz_error_last())), 1;
    printf("demo organisation: loaded in %.2f ms\n", (now() - t0) * 1e3);
    report_memory(org, live_bytes);
    lookups(org);
    qz_org_free(org);
    if (argc < 2) {
        printf("(for the province-sized figures: bench/gen_org.py FILE, then bench_org FILE)\n");
        return 0;
    }

    const char *path = argv[1];
    struct stat st;
    if (stat(path, &st) != 0)
        return fprintf(stderr, "%s: cannot stat\n", path), 1;
    double mb = st.st_size / 1e6;
    long nodes = 0;
    double bare = 0, plain = 0, valid = 0, load = 0;
    size_t bytes = 0;
    for (int t = 0; t < LOAD_TRIES; t++) {
        t0 = now();
        if (qz__xml_bare_pass(path, &nodes) != QZ_OK)
            return fprintf(stderr, "%s\n", qz_error_message(qz_error_last())), 1;
        bare = best_of(bare, now() - t0, t);
        t0 = now();
        if (reader_pass(path, NULL) != QZ_OK)
            return fprintf(stderr, "%s\n", qz_error_message(qz_error_last())), 1;
        plain = best_of(plain, now() - t0, t);
        t0 = now();
        if (reader_pass(path, &org_schema) != QZ_OK)
            return fprintf(stderr, "%s\n", qz_error_message(qz_error_last())), 1;
        valid = best_of(valid, now() - t0, t);
        size_t before = live_bytes;
        t0 = now();
        if (qz_org_load_file(&org, path) != QZ_OK)
            return fprintf(stderr, "%s\n", qz_error_message(qz_error_last())), 1;
        load = best_of(load, now() - t0, t);
        bytes = live_bytes - before;
        if (t + 1 < LOAD_TRIES)
            qz_org_free(org);
    }
    printf("%s: %.1f MB, %ld reader nodes (best of %d passes)\n", path, mb, nodes, LOAD_TRIES);
    printf("  bare libxml2 reader pass:   %7.1f MB/s (%.2f s)\n", mb / bare, bare);
    printf("  library reader, no schema:  %7.1f MB/s (%.2f s) = %.2f x the bare pass\n", mb / plain, plain,
           plain / bare);
    printf("  library reader with schema: %7.1f MB/s (%.2f s) = %.2f x the bare pass\n", mb / valid, valid,
           valid / bare);
    printf("  qz_org_load_file:           %7.1f MB/s (%.2f s) = %.2f x the bare pass\n", mb / load, load,
           load / bare);
    printf("  split of the load: reader %.0f%%, schema %.0f%%, building and checking %.0f%%\n",
           100 * plain / load, 100 * (valid - plain) / load, 100 * (load - valid) / load);
    report_memory(org, bytes);
    lookups(org);
    qz_org_free(org);
    qz_set_allocator(NULL);
    return 0;
}
