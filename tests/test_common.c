/* Errors, the allocator hook, versions and buffers: the plumbing every module uses. */
#include "support.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "quanze.h"

static void test_version(void **state)
{
    (void)state;
    assert_int_equal(qz_version(), QZ_VERSION_NUMBER);
    assert_int_equal(QZ_VERSION_NUMBER, QZ_VERSION_MAJOR * 10000 + QZ_VERSION_MINOR * 100 + QZ_VERSION_PATCH);
    assert_string_equal(qz_version_string(), QZ_VERSION_STRING);
}

static void test_strerror_names_every_code(void **state)
{
    (void)state;
    int codes[] = {QZ_OK,        QZ_ENOMEM, QZ_EINVAL, QZ_EPARSE, QZ_ESCHEMA,
                   QZ_ENOTFOUND, QZ_ERANGE, QZ_EIO,    QZ_ELIMIT};
    for (size_t i = 0; i < sizeof(codes) / sizeof(*codes); i++) {
        assert_non_null(qz_strerror(codes[i]));
        assert_string_not_equal(qz_strerror(codes[i]), "unknown error");
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(qz_strerror(codes[i]), qz_strerror(codes[j]));
    }
    assert_string_equal(qz_strerror(-999), "unknown error");
}

static void test_last_error(void **state)
{
    (void)state;
    qz_error_clear();
    const qz_error *e = qz_error_last();
    assert_non_null(e);
    QZT_OK(qz_error_code(e));
    assert_string_equal(qz_error_message(e), "");
    assert_null(qz_error_file(e));
    assert_int_equal(qz_error_line(e), 0);

    assert_int_equal(qz__error_at(QZ_ESCHEMA, "a.xml", 12, 5, "bad %s", "thing"), QZ_ESCHEMA);
    assert_int_equal(qz_error_code(e), QZ_ESCHEMA);
    assert_string_equal(qz_error_message(e), "bad thing");
    assert_string_equal(qz_error_file(e), "a.xml");
    assert_int_equal(qz_error_line(e), 12);
    assert_int_equal(qz_error_column(e), 5);

    assert_int_equal(qz__error(QZ_EINVAL, "no place"), QZ_EINVAL);
    assert_null(qz_error_file(e));
    assert_int_equal(qz_error_line(e), 0);

    /* a message longer than the storage is cut, not overflowed */
    char big[4000];
    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    qz__error(QZ_EINVAL, "%s", big);
    assert_true(strlen(qz_error_message(e)) < sizeof(big));

    qz_error_clear();
    QZT_OK(qz_error_code(qz_error_last()));
    /* accessors accept NULL */
    QZT_OK(qz_error_code(NULL));
    assert_string_equal(qz_error_message(NULL), "");
}

static void *other_thread(void *arg)
{
    (void)arg;
    qz__error_at(QZ_EPARSE, "thread.xml", 1, 1, "in the other thread");
    return NULL;
}

static void test_last_error_is_per_thread(void **state)
{
    (void)state;
    qz__error(QZ_ENOTFOUND, "mine");
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, other_thread, NULL), 0);
    pthread_join(t, NULL);
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOTFOUND);
    assert_string_equal(qz_error_message(qz_error_last()), "mine");
}

static void test_allocator_hook(void **state)
{
    (void)state;
    qz_allocator bad = {QZ_ALLOCATOR_VERSION + 1, NULL, NULL, NULL, NULL};
    assert_int_equal(qz_set_allocator(&bad), QZ_EINVAL);
    qzt_alloc_install(0);
    char *s = NULL;
    size_t len = 0;
    qz_buf b = QZ_BUF_INIT;
    qz__buf_puts(&b, "a<b & \"c\"");
    QZT_OK(qz__buf_detach(&b, &s, &len));
    assert_true(qzt_alloc_count() >= 1);
    assert_int_equal(qzt_alloc_live(), 1);
    qz_free(s);
    assert_int_equal(qzt_alloc_live(), 0);
    qzt_alloc_uninstall();
    qz_free(NULL);
}

static void test_buffer_escapes_and_fails_once(void **state)
{
    (void)state;
    qz_buf b = QZ_BUF_INIT;
    qz__buf_put_xml_attr(&b, "name", "a<b & 'c' \"d\"\n");
    qz__buf_printf(&b, "|%d|", 42);
    qz__buf_put_date(&b, 0);
    char *s;
    QZT_OK(qz__buf_detach(&b, &s, NULL));
    assert_string_equal(s, " name=\"a&lt;b &amp; &apos;c&apos; &quot;d&quot;&#10;\"|42|1970-01-01");
    qz_free(s);

    /* a buffer nothing was written to hands out an empty string */
    qz_buf empty = QZ_BUF_INIT;
    size_t len = 99;
    QZT_OK(qz__buf_detach(&empty, &s, &len));
    assert_string_equal(s, "");
    assert_int_equal(len, 0);
    qz_free(s);

    qzt_alloc_install(1);
    qz__buf_puts(&b, "x");
    qz__buf_puts(&b, "y");
    assert_int_equal(qz__buf_detach(&b, &s, NULL), QZ_ENOMEM);
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOMEM);
    assert_int_equal(qzt_alloc_live(), 0);
    qzt_alloc_uninstall();
}

/* What QZT_OK prints when a call fails: the code, its name and the recorded
 * error with its place. */
static void test_status_text_names_the_error(void **state)
{
    (void)state;
    qz_error_clear();
    QZT_OK(QZ_OK);
    char want[200];
    snprintf(want, sizeof(want), "returned %d (%s), no error recorded", QZ_EINVAL, qz_strerror(QZ_EINVAL));
    assert_string_equal(qzt_status_text(QZ_EINVAL, qz_error_last()), want);
    int rc = qz__error_at(QZ_ESCHEMA, "a.xml", 12, 5, "bad %s", "thing");
    const char *text = qzt_status_text(rc, qz_error_last());
    assert_non_null(strstr(text, qz_strerror(QZ_ESCHEMA)));
    assert_non_null(strstr(text, ": bad thing [at a.xml:12:5]"));
    assert_null(strstr(text, "recorded as"));
    qz__error(QZ_ENOTFOUND, "no such id");
    text = qzt_status_text(QZ_EIO, qz_error_last());
    assert_non_null(strstr(text, ": no such id (recorded as "));
    assert_null(strstr(text, "[at"));
    qz_error_clear();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_strerror_names_every_code),
        cmocka_unit_test(test_last_error),
        cmocka_unit_test(test_last_error_is_per_thread),
        cmocka_unit_test(test_allocator_hook),
        cmocka_unit_test(test_buffer_escapes_and_fails_once),
        cmocka_unit_test(test_status_text_names_the_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
