/* Hot reload: reader threads answer from the model in a slot while another
 * thread keeps publishing freshly rebuilt models. Run under ThreadSanitizer
 * (QZ_TSAN=ON) to check that the read path needs no lock. */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
#include "query_support.h"
#include "model.h" /* the reference count, to check that none is lost */

static qz_model_slot *slot;
static atomic_int stop;
static atomic_long answered;

static void *reader(void *arg)
{
    (void)arg;
    qz_date day = qzt_d("2026-03-10");
    while (!atomic_load(&stop)) {
        qz_model *m = qz_model_slot_get(slot);
        assert_non_null(m);
        qz_acting_request r = QZ_ACTING_REQUEST_INIT;
        r.post = "county-head";
        r.date = day;
        qz_answer *a = NULL;
        QZT_OK(qz_query_acting(&a, m, &r));
        qz_model_free(m); /* the answer keeps the model alive */
        assert_true(qz_answer_found(a));
        assert_string_equal(qz_answer_person_post(a, qz_answer_person_count(a) - 1), "executive-deputy");
        qz_answer_free(a);
        atomic_fetch_add(&answered, 1);
    }
    return NULL;
}

static void test_hot_reload(void **state)
{
    (void)state;
    qz_model *m = NULL;
    QZT_OK(qz_model_default(&m));
    QZT_OK(qz_model_slot_new(&slot, m));
    qz_model_free(m);
    size_t len;
    char *text = qzt_read_file(QZ_SOURCE_DIR "/data/yunxi-rules.xml", &len);
    qz_org *org = NULL;
    qz_calendar *cal = NULL;
    QZT_OK(qz_org_default(&org));
    QZT_OK(qz_calendar_default(&cal));
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        assert_int_equal(pthread_create(&t[i], NULL, reader, NULL), 0);
    for (int k = 0; k < 40; k++) {
        /* rebuild from the file, as a server would after an edit */
        qz_rules *r = NULL;
        QZT_OK(qz_rules_load_memory(&r, text, len, "reload"));
        QZT_OK(qz_model_new(&m, r, org, cal));
        qz_rules_free(r);
        QZT_OK(qz_model_slot_set(slot, m));
        qz_model_free(m);
    }
    atomic_store(&stop, 1);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    assert_true(atomic_load(&answered) > 0);
    qz_model_slot_free(slot);
    qz_org_free(org);
    qz_calendar_free(cal);
    free(text);
}

static void test_slot_basics(void **state)
{
    (void)state;
    qz_model_slot *s = NULL;
    QZT_OK(qz_model_slot_new(&s, NULL));
    assert_null(qz_model_slot_get(s));
    qz_model *m = NULL;
    QZT_OK(qz_model_default(&m));
    QZT_OK(qz_model_slot_set(s, m));
    qz_model *got = qz_model_slot_get(s);
    assert_ptr_equal(got, m);
    qz_model_free(got);
    qz_model_free(m);
    qz_model_slot_free(s);
    qz_model_slot_free(NULL);
    assert_int_equal(qz_model_slot_set(NULL, NULL), QZ_EINVAL);
}

static int refs(qz_model *m)
{
    return atomic_load(&m->ref);
}

/* A reader that got the old model keeps it after a set; the slot's own
 * reference is dropped at once, so the reader's is the last one. */
static void test_slot_old_model_outlives_set(void **state)
{
    (void)state;
    qz_model *a = NULL, *b = NULL;
    QZT_OK(qz_model_default(&a));
    QZT_OK(qz_model_default(&b));
    qz_model_slot *s = NULL;
    QZT_OK(qz_model_slot_new(&s, a));
    assert_int_equal(refs(a), 2);
    qz_model *got = qz_model_slot_get(s);
    assert_ptr_equal(got, a);
    assert_int_equal(refs(a), 3);
    QZT_OK(qz_model_slot_set(s, b));
    assert_int_equal(refs(a), 2); /* the slot let go without waiting for the reader */
    assert_int_equal(refs(b), 2);
    qz_model_free(a);
    assert_int_equal(refs(got), 1);
    qz_model_free(got); /* freed here, by its last reader (ASan checks) */
    QZT_OK(qz_model_slot_set(s, NULL));
    assert_null(qz_model_slot_get(s));
    qz_model_slot__set_renew_at(s, 2); /* renewing an empty slot keeps it empty */
    for (int i = 0; i < 5; i++)
        assert_null(qz_model_slot_get(s));
    qz_model_slot__set_renew_at(s, 0);
    assert_int_equal(refs(b), 1);
    QZT_OK(qz_model_slot_set(s, b));
    assert_int_equal(qz_model_slot_set(s, b), QZ_OK); /* the same model twice */
    assert_int_equal(refs(b), 2);
    qz_model_slot_free(s);
    assert_int_equal(refs(b), 1);
    qz_model_free(b);
    assert_int_equal(qz_model_slot_new(NULL, NULL), QZ_EINVAL);
    assert_int_equal(qz_error_code(qz_error_last()), QZ_EINVAL);
}

/* ---- bounded stress: readers and a writer, each doing a fixed amount ---- */
enum { STRESS_READERS = 4, STRESS_READS = 20000, STRESS_SETS = 3000, STRESS_MODELS = 3 };

typedef struct stress {
    qz_model_slot *slot;
    qz_model *models[STRESS_MODELS];
    atomic_long bad;
} stress;

static void *stress_reader(void *arg)
{
    stress *st = arg;
    for (int i = 0; i < STRESS_READS; i++) {
        qz_model *m = qz_model_slot_get(st->slot);
        int known = 0;
        for (int k = 0; k < STRESS_MODELS; k++)
            known |= m == st->models[k];
        /* the model is alive: its count includes our reference */
        if (!known || refs(m) < 2)
            atomic_fetch_add(&st->bad, 1);
        if (i % 64 == 0 && qz_model_org(m) == NULL)
            atomic_fetch_add(&st->bad, 1);
        qz_model_free(m);
    }
    return NULL;
}

static void run_stress(uint64_t renew_at)
{
    stress st = {0};
    for (int k = 0; k < STRESS_MODELS; k++)
        QZT_OK(qz_model_default(&st.models[k]));
    QZT_OK(qz_model_slot_new(&st.slot, st.models[0]));
    qz_model_slot__set_renew_at(st.slot, renew_at);
    pthread_t t[STRESS_READERS];
    for (int i = 0; i < STRESS_READERS; i++)
        assert_int_equal(pthread_create(&t[i], NULL, stress_reader, &st), 0);
    for (int k = 0; k < STRESS_SETS; k++)
        QZT_OK(qz_model_slot_set(st.slot, st.models[(k + 1) % STRESS_MODELS]));
    for (int i = 0; i < STRESS_READERS; i++)
        pthread_join(t[i], NULL);
    assert_int_equal(atomic_load(&st.bad), 0);
    /* every reference taken was dropped: only ours and the slot's remain */
    qz_model *cur = qz_model_slot_get(st.slot);
    assert_ptr_equal(cur, st.models[STRESS_SETS % STRESS_MODELS]);
    qz_model_free(cur);
    for (int k = 0; k < STRESS_MODELS; k++)
        assert_int_equal(refs(st.models[k]), st.models[k] == cur ? 2 : 1);
    /* cells in use never exceed the threads inside the slot, plus one */
    assert_int_equal(qz_model_slot__cells(st.slot), 64);
    qz_model_slot_free(st.slot);
    for (int k = 0; k < STRESS_MODELS; k++) {
        assert_int_equal(refs(st.models[k]), 1);
        qz_model_free(st.models[k]);
    }
}

static void test_slot_stress(void **state)
{
    (void)state;
    run_stress(0);
}

/* The same with the readers renewing the cell every few entries, the path a
 * long-running server takes once per 2^46 reads. */
static void test_slot_stress_renewing(void **state)
{
    (void)state;
    run_stress(3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slot_basics), cmocka_unit_test(test_slot_old_model_outlives_set),
        cmocka_unit_test(test_slot_stress), cmocka_unit_test(test_slot_stress_renewing),
        cmocka_unit_test(test_hot_reload)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
