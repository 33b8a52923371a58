/* Hot reload: reader threads answer from the model in a slot while another
 * thread keeps publishing freshly rebuilt models. Run under ThreadSanitizer
 * (QZ_TSAN=ON) to check that the read path needs no lock. */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
#include "query_support.h"

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
        assert_int_equal(qz_query_acting(&a, m, &r), QZ_OK);
        qz_model_free(m);   /* the answer keeps the model alive */
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
    assert_int_equal(qz_model_default(&m), QZ_OK);
    assert_int_equal(qz_model_slot_new(&slot, m), QZ_OK);
    qz_model_free(m);
    size_t len;
    char *text = qzt_read_file(QZ_SOURCE_DIR "/data/yunxi-rules.xml", &len);
    qz_org *org = NULL;
    qz_calendar *cal = NULL;
    assert_int_equal(qz_org_default(&org), QZ_OK);
    assert_int_equal(qz_calendar_default(&cal), QZ_OK);
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        assert_int_equal(pthread_create(&t[i], NULL, reader, NULL), 0);
    for (int k = 0; k < 40; k++) {
        /* rebuild from the file, as a server would after an edit */
        qz_rules *r = NULL;
        assert_int_equal(qz_rules_load_memory(&r, text, len, "reload"), QZ_OK);
        assert_int_equal(qz_model_new(&m, r, org, cal), QZ_OK);
        qz_rules_free(r);
        assert_int_equal(qz_model_slot_set(slot, m), QZ_OK);
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
    assert_int_equal(qz_model_slot_new(&s, NULL), QZ_OK);
    assert_null(qz_model_slot_get(s));
    qz_model *m = NULL;
    assert_int_equal(qz_model_default(&m), QZ_OK);
    assert_int_equal(qz_model_slot_set(s, m), QZ_OK);
    qz_model *got = qz_model_slot_get(s);
    assert_ptr_equal(got, m);
    qz_model_free(got);
    qz_model_free(m);
    qz_model_slot_free(s);
    qz_model_slot_free(NULL);
    assert_int_equal(qz_model_slot_set(NULL, NULL), QZ_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_slot_basics), cmocka_unit_test(test_hot_reload)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
