/* The hardened XML pull reader (lib/xml.c): positions, validation and every
 * kind of hostile input. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "quanze.h"
#include "xml.h"

static const char test_xsd[] =
    "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>"
    " <xs:element name='root'><xs:complexType><xs:sequence>"
    "  <xs:element name='item' minOccurs='0' maxOccurs='unbounded'><xs:complexType>"
    "   <xs:simpleContent><xs:extension base='xs:string'>"
    "    <xs:attribute name='id' type='xs:string' use='required'/>"
    "   </xs:extension></xs:simpleContent></xs:complexType></xs:element>"
    " </xs:sequence></xs:complexType></xs:element>"
    "</xs:schema>";

static const size_t test_xsd_size = sizeof(test_xsd) - 1;
static qz_xml_schema schema = QZ_XML_SCHEMA_INIT(test_xsd, test_xsd_size, "test.xsd");

/* Reads the whole document; returns the final status and counts nodes. */
static int read_all(const char *doc, size_t len, qz_xml_schema *s, int *nodes)
{
    qz_xml *x;
    const qz_xml_node *n;
    int rc = qz__xml_open_memory(&x, doc, len, "doc.xml", s);
    if (rc < 0)
        return rc;
    int count = 0;
    while ((rc = qz__xml_next(x, &n)) > 0)
        count++;
    qz__xml_close(x);
    if (nodes)
        *nodes = count;
    return rc;
}

static int read_str(const char *doc, qz_xml_schema *s)
{
    return read_all(doc, strlen(doc), s, NULL);
}

static void expect_error(const char *doc, int code, int line, int column)
{
    int rc = read_str(doc, NULL);
    const qz_error *e = qz_error_last();
    if (rc != code)
        fail_msg("expected %d, got %d: %s", code, rc, qz_error_message(e));
    assert_string_equal(qz_error_file(e), "doc.xml");
    if (line)
        assert_int_equal(qz_error_line(e), line);
    if (column)
        assert_int_equal(qz_error_column(e), column);
}

static void test_nodes_and_positions(void **state)
{
    (void)state;
    const char *doc = "<?xml version='1.0'?>\n<root a='1&amp;2'>\n  <item id='x'>文本 &lt;ok&gt;</item>\n"
                      "    <item id='y'/>\n</root>\n";
    qz_xml *x;
    const qz_xml_node *n;
    QZT_OK(qz__xml_open_memory(&x, doc, strlen(doc), "doc.xml", NULL));
    assert_int_equal(qz__xml_next(x, &n), 1);
    assert_int_equal(n->type, QZ_XML_START);
    assert_string_equal(n->name, "root");
    assert_int_equal(n->line, 2);
    assert_int_equal(n->column, 1);
    assert_int_equal(n->depth, 1);
    assert_string_equal(qz__xml_attr(n, "a"), "1&2");
    assert_null(qz__xml_attr(n, "b"));
    assert_int_equal(qz__xml_next(x, &n), 1);
    assert_string_equal(n->name, "item");
    assert_int_equal(n->line, 3);
    assert_int_equal(n->column, 3);
    assert_int_equal(n->depth, 2);
    assert_string_equal(qz__xml_attr(n, "id"), "x");
    assert_int_equal(qz__xml_next(x, &n), 1);
    assert_int_equal(n->type, QZ_XML_TEXT);
    assert_string_equal(n->text, "文本 <ok>");
    assert_int_equal(qz__xml_next(x, &n), 1);
    assert_int_equal(n->type, QZ_XML_END);
    assert_string_equal(n->name, "item");
    assert_int_equal(qz__xml_next(x, &n), 1);
    assert_string_equal(n->name, "item");
    assert_int_equal(n->line, 4);
    assert_int_equal(n->column, 5);
    assert_int_equal(qz__xml_next(x, &n), 1);
    assert_int_equal(n->type, QZ_XML_END);
    assert_int_equal(qz__xml_next(x, &n), 1);
    assert_int_equal(n->type, QZ_XML_END);
    assert_string_equal(n->name, "root");
    assert_int_equal(qz__xml_next(x, &n), 0);
    assert_int_equal(qz__xml_next(x, &n), 0);
    qz__xml_close(x);
}

static void test_column_after_multibyte(void **state)
{
    (void)state;
    const char *doc = "<root><item id='名'/>中文<item id='z' bad/></root>";
    expect_error(doc, QZ_EPARSE, 1, 0);
}

/* Columns count characters, after multi-byte text on the same line, and a
 * tag spread over several lines is placed at its '<'. */
static void test_columns_in_characters(void **state)
{
    (void)state;
    const char *doc = "<root><a>中文字</a><b/>\n  <c\n   x='1'/><d>é</d><e/></root>";
    qz_xml *x;
    const qz_xml_node *n;
    QZT_OK(qz__xml_open_memory(&x, doc, strlen(doc), "doc.xml", NULL));
    int seen = 0;
    while (qz__xml_next(x, &n) > 0) {
        if (n->type != QZ_XML_START)
            continue;
        if (strcmp(n->name, "b") == 0) {
            assert_int_equal(n->line, 1);
            assert_int_equal(n->column, 17);
            seen++;
        } else if (strcmp(n->name, "c") == 0) {
            assert_int_equal(n->line, 2);
            assert_int_equal(n->column, 3);
            seen++;
        } else if (strcmp(n->name, "e") == 0) {
            assert_int_equal(n->line, 3);
            assert_int_equal(n->column, 19);
            seen++;
        }
    }
    qz__xml_close(x);
    assert_int_equal(seen, 3);
}

/* A megabyte on one line: positions cost the tag's length, not the line's. */
static void test_long_line_is_linear(void **state)
{
    (void)state;
    size_t count = 100000;
    char *doc = malloc(count * 10 + 32);
    char *p = doc;
    p += sprintf(p, "<root>");
    for (size_t i = 0; i < count; i++)
        p += sprintf(p, "<m r='a'/>");
    sprintf(p, "</root>");
    int nodes = 0;
    assert_int_equal(read_all(doc, strlen(doc), NULL, &nodes), 0);
    assert_int_equal(nodes, (int)(2 * count + 2));
    qz_xml *x;
    const qz_xml_node *n = NULL;
    int last_column = 0;
    QZT_OK(qz__xml_open_memory(&x, doc, strlen(doc), "doc.xml", NULL));
    while (qz__xml_next(x, &n) > 0)
        if (n->type == QZ_XML_START)
            last_column = n->column;
    assert_int_equal(last_column, (int)(7 + 10 * (count - 1)));
    qz__xml_close(x);
    free(doc);
}

static void test_loader_failure_position(void **state)
{
    (void)state;
    const char *doc = "<root>\n\n     <item id='x'/></root>";
    qz_xml *x;
    const qz_xml_node *n;
    QZT_OK(qz__xml_open_memory(&x, doc, strlen(doc), "mine.xml", NULL));
    assert_int_equal(qz__xml_next(x, &n), 1);
    assert_int_equal(qz__xml_next(x, &n), 1);
    assert_int_equal(qz__xml_fail(x, n, QZ_ESCHEMA, "bad id '%s'", qz__xml_attr(n, "id")), QZ_ESCHEMA);
    const qz_error *e = qz_error_last();
    assert_int_equal(qz_error_line(e), 3);
    assert_int_equal(qz_error_column(e), 6);
    assert_non_null(strstr(qz_error_message(e), "mine.xml:3:6: bad id 'x'"));
    /* once failed, the reader keeps failing */
    assert_int_equal(qz__xml_next(x, &n), QZ_ESCHEMA);
    qz__xml_close(x);
}

static void test_schema_valid_and_invalid(void **state)
{
    (void)state;
    int nodes = 0;
    assert_int_equal(read_all("<root><item id='a'>t</item></root>", 34, &schema, &nodes), 0);
    assert_int_equal(nodes, 5);
    int rc = read_str("<root>\n  <item>t</item></root>", &schema);
    assert_int_equal(rc, QZ_ESCHEMA);
    assert_int_equal(qz_error_line(qz_error_last()), 2);
    assert_int_equal(qz_error_column(qz_error_last()), 3);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "id"));
    rc = read_str("<root><other/></root>", &schema);
    assert_int_equal(rc, QZ_ESCHEMA);
    assert_int_equal(qz_error_column(qz_error_last()), 7);
}

static void test_malformed(void **state)
{
    (void)state;
    expect_error("<root><a></root>", QZ_EPARSE, 1, 0);
    expect_error("", QZ_EPARSE, 0, 0);
    expect_error("<root>", QZ_EPARSE, 0, 0);
    expect_error("<root>&unknown;</root>", QZ_EPARSE, 1, 0);
    expect_error("<root/><second/>", QZ_EPARSE, 1, 0);
}

static void test_doctype_refused(void **state)
{
    (void)state;
    expect_error("<?xml version='1.0'?>\n<!DOCTYPE root>\n<root/>", QZ_EPARSE, 2, 1);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "DOCTYPE"));
}

static void test_billion_laughs(void **state)
{
    (void)state;
    const char *doc = "<?xml version='1.0'?>\n<!DOCTYPE lolz [\n <!ENTITY lol 'lol'>\n"
                      " <!ENTITY lol1 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>\n"
                      " <!ENTITY lol2 '&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;'>\n"
                      " <!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>\n"
                      " <!ENTITY lol4 '&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;'>\n"
                      " <!ENTITY lol5 '&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;'>\n"
                      " <!ENTITY lol6 '&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;'>\n"
                      " <!ENTITY lol7 '&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;'>\n"
                      " <!ENTITY lol8 '&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;'>\n"
                      " <!ENTITY lol9 '&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;'>\n"
                      "]>\n<root>&lol9;</root>\n";
    expect_error(doc, QZ_EPARSE, 2, 1);
}

/* An external entity aimed at a local file: refused, and the file is never
 * opened (an inotify watch would see IN_OPEN). */
static void test_xxe_opens_no_file(void **state)
{
    (void)state;
    qzt_watched w;
    qzt_watch_begin(&w, "/tmp/qz-xxe-XXXXXX");

    char doc[1024];
    snprintf(doc, sizeof(doc),
             "<?xml version='1.0'?>\n<!DOCTYPE root [<!ENTITY xxe SYSTEM 'file://%s'>]>\n<root>&xxe;</root>",
             w.path);
    expect_error(doc, QZ_EPARSE, 2, 1);
    snprintf(doc, sizeof(doc), "<?xml version='1.0'?>\n<!DOCTYPE root SYSTEM '%s'>\n<root/>", w.path);
    expect_error(doc, QZ_EPARSE, 2, 1);
    snprintf(doc, sizeof(doc),
             "<root xmlns:xi='http://www.w3.org/2001/XInclude'><xi:include href='%s' parse='text'/></root>",
             w.path);
    int nodes = 0;
    assert_int_equal(read_all(doc, strlen(doc), NULL, &nodes), 0);
    assert_int_equal(nodes, 4); /* the include is an ordinary element, not followed */

    qzt_watch_assert_unopened(&w);
    qzt_watch_end(&w);
}

static void test_deep_nesting(void **state)
{
    (void)state;
    size_t depth = 10000;
    char *doc = malloc(depth * 7 + 16);
    char *p = doc;
    for (size_t i = 0; i < depth; i++)
        p += sprintf(p, "<a>");
    for (size_t i = 0; i < depth; i++)
        p += sprintf(p, "</a>");
    int rc = read_all(doc, strlen(doc), NULL, NULL);
    assert_int_equal(rc, QZ_ELIMIT);
    assert_int_equal(qz_error_line(qz_error_last()), 1);
    free(doc);
}

static void test_huge_text(void **state)
{
    (void)state;
    size_t n = 3u << 20;
    char *doc = malloc(n + 32);
    strcpy(doc, "<root>");
    memset(doc + 6, 'x', n);
    strcpy(doc + 6 + n, "</root>");
    assert_int_equal(read_all(doc, strlen(doc), NULL, NULL), QZ_ELIMIT);
    free(doc);
}

static void test_invalid_utf8_and_nul(void **state)
{
    (void)state;
    expect_error("<root>\xff\xfe</root>", QZ_EPARSE, 1, 0);
    expect_error("<root a='\xc3\x28'/>", QZ_EPARSE, 1, 0);
    static const char with_nul[] = "<root>a\0b</root>";
    assert_int_equal(read_all(with_nul, sizeof(with_nul) - 1, NULL, NULL), QZ_EPARSE);
}

static void test_only_utf8(void **state)
{
    (void)state;
    expect_error("<?xml version='1.0' encoding='UTF-7'?>\n<root>+AGEAYgBj-</root>", QZ_EPARSE, 1, 0);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "utf-7"));
    expect_error("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><root>\xe9</root>", QZ_EPARSE, 1, 31);
    static const char utf16[] = "\xff\xfe<\0r\0/\0>\0";
    assert_int_equal(read_all(utf16, sizeof(utf16) - 1, NULL, NULL), QZ_EPARSE);
    int nodes = 0;
    const char *ok = "\xef\xbb\xbf<?xml version='1.0' encoding='utf-8'?><root>\xe6\x96\x87</root>";
    assert_int_equal(read_all(ok, strlen(ok), NULL, &nodes), 0);
    assert_int_equal(nodes, 3);
}

static void test_file_reader(void **state)
{
    (void)state;
    char path[] = "/tmp/qz-xml-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    /* larger than one chunk, so positions survive chunk boundaries */
    FILE *f = fdopen(fd, "w");
    fputs("<root>\n", f);
    for (int i = 0; i < 5000; i++)
        fprintf(f, "  <item id='i%d'>第%d项</item>\n", i, i);
    fputs("  <item id='last'/>\n</root>\n", f);
    fclose(f);
    qz_xml *x;
    const qz_xml_node *n;
    QZT_OK(qz__xml_open_file(&x, path, &schema));
    int items = 0, rc, last_line = 0;
    while ((rc = qz__xml_next(x, &n)) > 0) {
        if (n->type == QZ_XML_START && strcmp(n->name, "item") == 0) {
            items++;
            assert_int_equal(n->line, items + 1);
            assert_int_equal(n->column, 3);
            last_line = n->line;
        }
    }
    assert_int_equal(rc, 0);
    assert_int_equal(items, 5001);
    assert_int_equal(last_line, 5002);
    qz__xml_close(x);
    unlink(path);

    assert_int_equal(qz__xml_open_file(&x, "/nonexistent/file.xml", NULL), QZ_EIO);
    assert_string_equal(qz_error_file(qz_error_last()), "/nonexistent/file.xml");
    assert_int_equal(qz__xml_open_file(&x, "/tmp", NULL), QZ_EIO);
}

/* The library never prints: libxml2's messages go to the reader's handlers. */
static void test_nothing_printed(void **state)
{
    (void)state;
    fflush(stderr);
    fflush(stdout);
    int saved_err = dup(2), saved_out = dup(1);
    char path[] = "/tmp/qz-stderr-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    dup2(fd, 2);
    dup2(fd, 1);
    const char *bad[] = {"<?xml version='1.0' encoding='UTF-7'?><root>+AGE-\xff</root>",
                         "<root><item id='a'></root>",
                         "<root>&nope;</root>",
                         "<!DOCTYPE r>\n<root/>",
                         "<root><x/></root>",
                         "<root>\xff</root>",
                         "<root a='1' a='2'/>",
                         ""};
    for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
        read_str(bad[i], &schema);
        read_str(bad[i], NULL);
    }
    fflush(stderr);
    fflush(stdout);
    dup2(saved_err, 2);
    dup2(saved_out, 1);
    close(saved_err);
    close(saved_out);
    off_t size = lseek(fd, 0, SEEK_END);
    close(fd);
    unlink(path);
    assert_int_equal(size, 0);
}

typedef struct oom_ctx {
    int nodes;
} oom_ctx;

static int oom_body(void *ctx)
{
    oom_ctx *c = ctx;
    const char *doc = "<root><item id='a'>one</item><item id='b'>two</item></root>";
    return read_all(doc, strlen(doc), &schema, &c->nodes);
}

static void test_out_of_memory(void **state)
{
    (void)state;
    oom_ctx ctx = {0};
    long runs = qzt_oom_loop(oom_body, NULL, &ctx);
    assert_true(runs > 3);
    assert_int_equal(ctx.nodes, 8);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nodes_and_positions),
        cmocka_unit_test(test_column_after_multibyte),
        cmocka_unit_test(test_columns_in_characters),
        cmocka_unit_test(test_long_line_is_linear),
        cmocka_unit_test(test_loader_failure_position),
        cmocka_unit_test(test_schema_valid_and_invalid),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_doctype_refused),
        cmocka_unit_test(test_billion_laughs),
        cmocka_unit_test(test_xxe_opens_no_file),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_huge_text),
        cmocka_unit_test(test_invalid_utf8_and_nul),
        cmocka_unit_test(test_only_utf8),
        cmocka_unit_test(test_file_reader),
        cmocka_unit_test(test_nothing_printed),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
