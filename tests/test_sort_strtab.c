/* The utility layer's merge sort and string table (lib/util/sort.c,
 * lib/util/strtab.c), on their own: stability, sorted input, interning,
 * lookups, growth and out-of-memory behaviour. */
#include "support.h"

#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "quanze/errors.h"
#include "sort.h"
#include "strtab.h"

/* Rows compare by key only; equal keys must keep their order. */
static int cmp_key(const void *ctx, uint32_t a, uint32_t b)
{
    const int *keys = ctx;
    return qz__cmp_int(keys[a], keys[b]);
}

static void test_sort_stable(void **state)
{
    (void)state;
    enum { N = 1000 };
    static int keys[N];
    for (int i = 0; i < N; i++)
        keys[i] = (i * 7919) % 13; /* many equal keys, out of order */
    uint32_t *order = qz__sort(N, cmp_key, keys);
    assert_non_null(order);
    for (int i = 1; i < N; i++) {
        assert_true(keys[order[i - 1]] <= keys[order[i]]);
        if (keys[order[i - 1]] == keys[order[i]])
            assert_true(order[i - 1] < order[i]); /* stable */
    }
    assert_false(qz__sort_is_identity(order, N));
    qz__free(order);
    /* already sorted input comes back as the identity */
    for (int i = 0; i < N; i++)
        keys[i] = i / 3;
    order = qz__sort(N, cmp_key, keys);
    assert_non_null(order);
    assert_true(qz__sort_is_identity(order, N));
    qz__free(order);
    order = qz__sort(0, cmp_key, keys);
    assert_non_null(order);
    qz__free(order);
}

static void test_strtab(void **state)
{
    (void)state;
    qz__strtab t = QZ__STRTAB_INIT;
    char id[32];
    uint32_t *ref = NULL;
    /* enough strings to grow the slots several times */
    for (int i = 0; i < 5000; i++) {
        snprintf(id, sizeof(id), "id-%d", i);
        const char *s = qz__strtab_intern(&t, id, strlen(id), &ref);
        assert_non_null(s);
        assert_string_equal(s, id);
        assert_int_equal(*ref, 0);
        *ref = (uint32_t)i + 1;
    }
    assert_int_equal(t.n, 5000);
    for (int i = 0; i < 5000; i++) {
        snprintf(id, sizeof(id), "id-%d", i);
        const qz__strtab_slot *e = qz__strtab_find(&t, id);
        assert_non_null(e);
        assert_int_equal(e->ref, (uint32_t)i + 1);
        /* interning again gives the same copy */
        assert_ptr_equal(qz__strtab_intern(&t, id, strlen(id), NULL), e->s);
    }
    assert_int_equal(t.n, 5000);
    assert_null(qz__strtab_find(&t, "id-5000"));
    assert_null(qz__strtab_find(&t, NULL));
    /* a prefix of the bytes is its own string */
    const char *ab = qz__strtab_intern(&t, "abc", 2, NULL);
    assert_string_equal(ab, "ab");
    assert_non_null(qz__strtab_find(&t, "ab"));
    assert_null(qz__strtab_find(&t, "abc"));
    /* stored strings are not looked up */
    const char *note = qz__strtab_store(&t, "a note", 6);
    assert_string_equal(note, "a note");
    assert_null(qz__strtab_find(&t, "a note"));
    /* the one hash, either way of giving the length */
    assert_int_equal(qz__hash("deputy-1", 8), qz__hash("deputy-1", SIZE_MAX));
    qz__strtab_free(&t);
    assert_null(t.slots);
    qz__strtab_free(&t); /* twice is fine */
}

static int oom_intern(void *ctx)
{
    qz__strtab *t = ctx;
    char id[32];
    for (int i = 0; i < 600; i++) {
        snprintf(id, sizeof(id), "x%d", i);
        if (qz__strtab_intern(t, id, strlen(id), NULL) == NULL)
            return QZ_ENOMEM;
    }
    return QZ_OK;
}

static void oom_cleanup(void *ctx)
{
    qz__strtab_free(ctx);
}

static int oom_sort(void *ctx)
{
    (void)ctx;
    static int keys[50];
    uint32_t *order = qz__sort(50, cmp_key, keys);
    if (!order)
        return QZ_ENOMEM;
    qz__free(order);
    return QZ_OK;
}

static void test_oom(void **state)
{
    (void)state;
    qz__strtab t = QZ__STRTAB_INIT;
    assert_true(qzt_oom_loop(oom_intern, oom_cleanup, &t) > 1);
    assert_true(qzt_oom_loop(oom_sort, NULL, NULL) > 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sort_stable),
        cmocka_unit_test(test_strtab),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
