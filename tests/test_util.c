/* The utility layer (lib/util/): arena, buffer, error recording, files
 * (reading by kind, atomic writing), the XML reader's encoding checks and
 * qz__xml_fail_at, the optional qz_init cache, the allocator's version; and
 * the file hardening as the three loaders and savers see it. */
#include "support.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "quanze.h"
#include "alloc.h"
#include "arena.h"
#include "buf.h"
#include "embedded.h"
#include "error.h"
#include "file.h"
#include "json_string.h"
#include "xml.h"

#define CAL_FILE QZ_SOURCE_DIR "/data/cn-calendar.xml"
#define ORG_FILE QZ_SOURCE_DIR "/examples/data/yunxi-org.xml"
#define RULES_FILE QZ_SOURCE_DIR "/data/yunxi-rules.xml"

/* ---------- a temporary directory per test ---------- */

typedef struct tmpdir {
    char path[64];
} tmpdir;

static void tmp_make(tmpdir *t)
{
    snprintf(t->path, sizeof(t->path), "/tmp/qz-util-XXXXXX");
    assert_non_null(mkdtemp(t->path));
}

static const char *tmp_file(const tmpdir *t, const char *name)
{
    static char buf[2][256];
    static int which;
    which ^= 1;
    snprintf(buf[which], sizeof(buf[which]), "%s/%s", t->path, name);
    return buf[which];
}

/* Number of entries in the directory (to see that no temporary file is left). */
static int tmp_entries(const tmpdir *t)
{
    DIR *d = opendir(t->path);
    assert_non_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            n++;
    closedir(d);
    return n;
}

/* Removes everything in the directory (one level, plus one nested level for
 * the directory-target tests) and the directory. */
static void tmp_remove(tmpdir *t)
{
    DIR *d = opendir(t->path);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char p[512];
        snprintf(p, sizeof(p), "%s/%s", t->path, e->d_name);
        if (unlink(p) != 0)
            assert_int_equal(rmdir(p), 0);
    }
    closedir(d);
    assert_int_equal(rmdir(t->path), 0);
}

static void put_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fputs(text, f) >= 0, 1);
    assert_int_equal(fclose(f), 0);
}

static void assert_file_is(const char *path, const char *text)
{
    size_t len;
    char *data = qzt_read_file(path, &len);
    assert_int_equal(len, strlen(text));
    assert_memory_equal(data, text, len);
    free(data);
}

/* A FIFO with no writer: reading it would block forever. The alarm turns a
 * hang into a failure (a bound on the work, not a timed assertion). */
static const char *make_fifo(const tmpdir *t)
{
    const char *fifo = tmp_file(t, "fifo.xml");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    alarm(60);
    return fifo;
}

/* ---------- arena ---------- */

static void arena_allocates_zeroed_aligned_and_grows(void **state)
{
    (void)state;
    qz_arena a = QZ_ARENA_INIT;
    char *p = qz__arena_alloc(&a, 3);
    assert_non_null(p);
    assert_int_equal((uintptr_t)p % 16, 0);
    assert_int_equal(p[0] | p[1] | p[2], 0);
    char *big = qz__arena_alloc(&a, 100000); /* larger than a block */
    assert_non_null(big);
    assert_int_equal((uintptr_t)big % 16, 0);
    big[99999] = 'x';
    assert_string_equal(qz__arena_strdup(&a, "规则"), "规则");
    assert_null(qz__arena_strdup(&a, NULL));

    int *items = NULL;
    size_t cap = 0;
    for (int i = 0; i < 100; i++) {
        QZT_OK(qz__arena_grow(&a, (void **)&items, &cap, (size_t)i + 1, sizeof(*items)));
        items[i] = i;
    }
    assert_true(cap >= 100);
    for (int i = 0; i < 100; i++)
        assert_int_equal(items[i], i);
    qz__arena_free(&a);
    assert_null(a.head);
    qz__arena_free(&a); /* twice is harmless */
}

static void arena_out_of_memory(void **state)
{
    (void)state;
    qz_arena a = QZ_ARENA_INIT;
    qzt_alloc_install(1);
    assert_null(qz__arena_alloc(&a, 10));
    int *items = NULL;
    size_t cap = 0;
    assert_int_equal(qz__arena_grow(&a, (void **)&items, &cap, 1, sizeof(*items)), QZ_ENOMEM);
    assert_null(items);
    qz__arena_free(&a);
    assert_int_equal(qzt_alloc_live(), 0);
    qzt_alloc_uninstall();
    /* an impossible size is refused (rounding it up used to wrap to 16 bytes) */
    assert_null(qz__arena_alloc(&a, (size_t)-1 - 8));
    assert_int_equal(qz__arena_grow(&a, (void **)&items, &cap, (size_t)-1 / 2, 4), QZ_ENOMEM);
    qz__arena_free(&a);
}

/* ---------- buffer ---------- */

static void buf_appends_escapes_and_detaches(void **state)
{
    (void)state;
    qz_buf b = QZ_BUF_INIT;
    qz__buf_puts(&b, "<a");
    qz__buf_put_xml_attr(&b, "v", "x<&>\"'y");
    qz__buf_printf(&b, ">%d ", 42);
    qz__buf_put_xml(&b, "1 < 2");
    qz__buf_put(&b, "</a>", 4);
    qz__buf_put_date(&b, 0);
    char *out;
    size_t len;
    QZT_OK(qz__buf_detach(&b, &out, &len));
    assert_string_equal(out, "<a v=\"x&lt;&amp;&gt;&quot;&apos;y\">42 1 &lt; 2</a>1970-01-01");
    assert_int_equal(len, strlen(out));
    qz__free(out);
    assert_null(b.data);

    /* an empty buffer detaches as "" */
    QZT_OK(qz__buf_detach(&b, &out, &len));
    assert_string_equal(out, "");
    assert_int_equal(len, 0);
    qz__free(out);
}

static void buf_remembers_a_failed_append(void **state)
{
    (void)state;
    qz_buf b = QZ_BUF_INIT;
    qzt_alloc_install(1);
    qz__buf_puts(&b, "lost");
    assert_true(b.failed);
    qzt_alloc_uninstall();
    qz__buf_puts(&b, "later appends do nothing");
    char *out = (char *)"unset";
    size_t len = 7;
    qz_error_clear();
    assert_int_equal(qz__buf_detach(&b, &out, &len), QZ_ENOMEM);
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOMEM);
    qz__buf_free(&b);
}

/* ---------- error recording ---------- */

static void error_records_code_message_and_place(void **state)
{
    (void)state;
    qz_error_clear();
    QZT_OK(qz_error_code(qz_error_last()));
    assert_int_equal(qz__error(QZ_ENOTFOUND, "no post '%s'", "mayor"), QZ_ENOTFOUND);
    const qz_error *e = qz_error_last();
    assert_int_equal(qz_error_code(e), QZ_ENOTFOUND);
    assert_string_equal(qz_error_message(e), "no post 'mayor'");
    assert_null(qz_error_file(e));

    assert_int_equal(qz__error_at(QZ_EPARSE, "in.xml", 3, 7, "bad"), QZ_EPARSE);
    assert_string_equal(qz_error_file(e), "in.xml");
    assert_int_equal(qz_error_line(e), 3);
    assert_int_equal(qz_error_column(e), 7);

    /* a file name longer than the storage is cut, not overflowed */
    char longname[2000];
    memset(longname, 'n', sizeof(longname) - 1);
    longname[sizeof(longname) - 1] = '\0';
    qz__error_at(QZ_EIO, longname, 1, 1, "%s", longname);
    assert_true(strlen(qz_error_file(e)) < sizeof(longname) - 1);
    assert_true(strlen(qz_error_message(e)) < sizeof(longname) - 1);

    assert_int_equal(qz__error_nomem(), QZ_ENOMEM);
    assert_string_equal(qz_error_message(e), "out of memory");
    qz_error_clear();
    QZT_OK(qz_error_code(e));
    assert_string_equal(qz_strerror(QZ_ELIMIT), "input exceeds a limit");
}

/* ---------- reading files ---------- */

static void read_file_reads_and_limits(void **state)
{
    (void)state;
    tmpdir t;
    tmp_make(&t);
    const char *path = tmp_file(&t, "a.txt");
    put_file(path, "hello");
    char *data = (char *)"unset";
    size_t len = 9;
    QZT_OK(qz__read_file(path, &data, &len, 100));
    assert_int_equal(len, 5);
    assert_string_equal(data, "hello");
    qz__free(data);

    assert_int_equal(qz__read_file(path, &data, &len, 4), QZ_ELIMIT);
    assert_null(data);
    assert_int_equal(len, 0);
    assert_string_equal(qz_error_file(qz_error_last()), path);

    assert_int_equal(qz__read_file(tmp_file(&t, "missing"), &data, &len, 100), QZ_EIO);
    assert_null(data);
    assert_int_equal(qz__read_file(NULL, &data, &len, 100), QZ_EINVAL);

    qzt_alloc_install(1);
    assert_int_equal(qz__read_file(path, &data, &len, 100), QZ_ENOMEM);
    qzt_alloc_uninstall();
    tmp_remove(&t);
}

static void read_file_refuses_what_is_not_a_regular_file(void **state)
{
    (void)state;
    tmpdir t;
    tmp_make(&t);
    char *data;
    size_t len;
    const char *fifo = make_fifo(&t);
    assert_int_equal(qz__read_file(fifo, &data, &len, 100), QZ_EIO);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "a FIFO"));
    assert_string_equal(qz_error_file(qz_error_last()), fifo);

    assert_int_equal(qz__read_file(t.path, &data, &len, 100), QZ_EIO);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "a directory"));
    alarm(0);
    tmp_remove(&t);
}

/* The descriptor of an opened file does not survive exec. */
static void file_open_is_close_on_exec(void **state)
{
    (void)state;
    int fd;
    long long size;
    QZT_OK(qz__file_open(CAL_FILE, &fd, &size));
    assert_true(size > 0);
    int flags = fcntl(fd, F_GETFD);
    assert_true(flags >= 0 && (flags & FD_CLOEXEC));
    close(fd);
    assert_int_equal(qz__file_open(QZ_SOURCE_DIR "/no/such/file", &fd, &size), QZ_EIO);
    assert_int_equal(fd, -1);
    assert_int_equal(size, 0);
}

static void loaders_refuse_a_fifo_at_once(void **state)
{
    (void)state;
    tmpdir t;
    tmp_make(&t);
    const char *fifo = make_fifo(&t);
    qz_calendar *cal = (qz_calendar *)1;
    qz_org *org = (qz_org *)1;
    qz_rules *rules = (qz_rules *)1;
    assert_int_equal(qz_calendar_load_file(&cal, fifo), QZ_EIO);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "a FIFO"));
    assert_null(cal);
    assert_int_equal(qz_org_load_file(&org, fifo), QZ_EIO);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "a FIFO"));
    assert_null(org);
    assert_int_equal(qz_rules_load_file(&rules, fifo), QZ_EIO);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "a FIFO"));
    qz_xml *x;
    assert_int_equal(qz__xml_open_file(&x, fifo, NULL), QZ_EIO);
    assert_null(x);
    alarm(0);
    tmp_remove(&t);
}

/* ---------- writing files ---------- */

static void write_file_creates_and_replaces(void **state)
{
    (void)state;
    tmpdir t;
    tmp_make(&t);
    const char *path = tmp_file(&t, "out.xml");
    QZT_OK(qz__write_file(path, "first", 5));
    assert_file_is(path, "first");
    assert_int_equal(chmod(path, 0640), 0);
    QZT_OK(qz__write_file(path, "second, longer", 14));
    assert_file_is(path, "second, longer");
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0640); /* permissions kept */
    QZT_OK(qz__write_file(path, "", 0));
    assert_file_is(path, "");
    assert_int_equal(tmp_entries(&t), 1); /* no temporary file left */

    /* a relative path is written in the current directory's terms */
    char cwd[512];
    assert_non_null(getcwd(cwd, sizeof(cwd)));
    assert_int_equal(chdir(t.path), 0);
    QZT_OK(qz__write_file("rel.xml", "r", 1));
    assert_int_equal(chdir(cwd), 0);
    assert_file_is(tmp_file(&t, "rel.xml"), "r");
    tmp_remove(&t);
}

static void write_file_refuses_other_targets(void **state)
{
    (void)state;
    tmpdir t;
    tmp_make(&t);
    /* a directory */
    const char *dir = tmp_file(&t, "sub");
    assert_int_equal(mkdir(dir, 0700), 0);
    assert_int_equal(qz__write_file(dir, "x", 1), QZ_EIO);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "a directory"));
    char slash[300];
    snprintf(slash, sizeof(slash), "%s/", dir);
    assert_int_equal(qz__write_file(slash, "x", 1), QZ_EIO);
    /* a FIFO: refused without opening it (which would block) */
    const char *fifo = make_fifo(&t);
    assert_int_equal(qz__write_file(fifo, "x", 1), QZ_EIO);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "a FIFO"));
    alarm(0);
    /* a symbolic link: replacing it would replace the link, not its target */
    const char *real = tmp_file(&t, "real.xml");
    put_file(real, "kept");
    const char *link = tmp_file(&t, "link.xml");
    assert_int_equal(symlink(real, link), 0);
    assert_int_equal(qz__write_file(link, "x", 1), QZ_EIO);
    assert_file_is(real, "kept");
    /* a missing directory */
    assert_int_equal(qz__write_file(tmp_file(&t, "none/x.xml"), "x", 1), QZ_EIO);
    assert_int_equal(qz__write_file("", "x", 1), QZ_EIO);
    assert_int_equal(qz__write_file(NULL, "x", 1), QZ_EINVAL);
    assert_int_equal(tmp_entries(&t), 4); /* sub, fifo, real, link: nothing new */
    tmp_remove(&t);
}

/* Runs save(path) in a child whose file size limit is `limit` bytes, so that
 * writing more fails with EFBIG; returns the child's status code. */
static int save_with_size_limit(int (*save)(const char *path, void *ctx), void *ctx, const char *path,
                                rlim_t limit)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN); /* write() then fails with EFBIG */
        struct rlimit rl = {limit, limit};
        if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
            _exit(100);
        _exit(-save(path, ctx));
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    return -WEXITSTATUS(status);
}

static int save_bytes(const char *path, void *ctx)
{
    const char *text = ctx;
    return qz__write_file(path, text, strlen(text));
}

static const char OLD[] = "<old>the previous file</old>\n";

static void write_file_failure_keeps_the_old_file(void **state)
{
    (void)state;
    tmpdir t;
    tmp_make(&t);
    const char *path = tmp_file(&t, "out.xml");
    put_file(path, OLD);
    char big[4096];
    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    assert_int_equal(save_with_size_limit(save_bytes, big, path, 1000), QZ_EIO);
    assert_file_is(path, OLD);
    assert_int_equal(tmp_entries(&t), 1); /* the temporary file was removed */
    /* the same within the limit succeeds */
    QZT_OK(save_with_size_limit(save_bytes, (void *)"small", path, 1000));
    assert_file_is(path, "small");
    tmp_remove(&t);
}

/* ---------- the three savers ---------- */

typedef struct loaded {
    qz_calendar *cal;
    qz_org *org;
    qz_rules *rules;
} loaded;

static int save_calendar(const char *path, void *ctx)
{
    return qz_calendar_save_file(((loaded *)ctx)->cal, path);
}
static int save_org(const char *path, void *ctx)
{
    return qz_org_save_file(((loaded *)ctx)->org, path);
}
static int save_rules(const char *path, void *ctx)
{
    return qz_rules_save_file(((loaded *)ctx)->rules, path);
}

static void savers_are_atomic(void **state)
{
    (void)state;
    loaded l;
    QZT_OK(qz_calendar_load_file(&l.cal, CAL_FILE));
    QZT_OK(qz_org_load_file(&l.org, ORG_FILE));
    QZT_OK(qz_rules_load_file(&l.rules, RULES_FILE));
    int (*savers[])(const char *, void *) = {save_calendar, save_org, save_rules};
    tmpdir t;
    tmp_make(&t);
    const char *path = tmp_file(&t, "saved.xml");
    for (size_t i = 0; i < 3; i++) {
        /* a write that fails half-way leaves the old file as it was */
        put_file(path, OLD);
        assert_int_equal(save_with_size_limit(savers[i], &l, path, 4096), QZ_EIO);
        assert_file_is(path, OLD);
        assert_int_equal(tmp_entries(&t), 1);
        /* a directory is refused */
        assert_int_equal(savers[i](t.path, &l), QZ_EIO);
        /* success replaces the content */
        QZT_OK(savers[i](path, &l));
        assert_int_equal(tmp_entries(&t), 1);
    }
    /* what was saved last (the rule set) loads again */
    qz_rules *again;
    QZT_OK(qz_rules_load_file(&again, path));
    qz_rules_free(again);
    QZT_OK(save_org(path, &l));
    qz_org *org2;
    QZT_OK(qz_org_load_file(&org2, path));
    int same = 0;
    QZT_OK(qz_org_equal(&same, org2, l.org));
    assert_int_equal(same, 1);
    qz_org_free(org2);
    tmp_remove(&t);
    qz_calendar_free(l.cal);
    qz_org_free(l.org);
    qz_rules_free(l.rules);
}

/* ---------- out of memory on the file paths ---------- */

typedef struct oom_ctx {
    tmpdir t;
    loaded l;
    int which;
    qz_calendar *cal;
    qz_org *org;
    qz_rules *rules;
    char *data;
} oom_ctx;

static int oom_read(void *p)
{
    oom_ctx *c = p;
    size_t len;
    return qz__read_file(CAL_FILE, &c->data, &len, 1 << 20);
}

static int oom_write(void *p)
{
    oom_ctx *c = p;
    return qz__write_file(tmp_file(&c->t, "w.xml"), "content", 7);
}

static int oom_save(void *p)
{
    oom_ctx *c = p;
    const char *path = tmp_file(&c->t, "s.xml");
    switch (c->which) {
    case 0: return qz_calendar_save_file(c->l.cal, path);
    case 1: return qz_org_save_file(c->l.org, path);
    default: return qz_rules_save_file(c->l.rules, path);
    }
}

static int oom_load(void *p)
{
    oom_ctx *c = p;
    switch (c->which) {
    case 0: return qz_calendar_load_file(&c->cal, CAL_FILE);
    case 1: return qz_org_load_file(&c->org, ORG_FILE);
    default: return qz_rules_load_file(&c->rules, RULES_FILE);
    }
}

static void oom_cleanup(void *p)
{
    oom_ctx *c = p;
    qz__free(c->data);
    c->data = NULL;
    qz_calendar_free(c->cal);
    qz_org_free(c->org);
    qz_rules_free(c->rules);
    c->cal = NULL;
    c->org = NULL;
    c->rules = NULL;
}

/* Every failed allocation on the read, write, save and load_file paths is
 * QZ_ENOMEM with nothing leaked, and a failed save leaves no temporary file. */
static void file_paths_out_of_memory(void **state)
{
    (void)state;
    oom_ctx c;
    memset(&c, 0, sizeof(c));
    tmp_make(&c.t);
    QZT_OK(qz_calendar_load_file(&c.l.cal, CAL_FILE));
    QZT_OK(qz_org_load_file(&c.l.org, ORG_FILE));
    QZT_OK(qz_rules_load_file(&c.l.rules, RULES_FILE));
    assert_true(qzt_oom_loop(oom_read, oom_cleanup, &c) > 1);
    assert_true(qzt_oom_loop(oom_write, oom_cleanup, &c) > 1);
    for (c.which = 0; c.which < 3; c.which++) {
        assert_true(qzt_oom_loop(oom_save, oom_cleanup, &c) > 1);
        assert_true(qzt_oom_loop(oom_load, oom_cleanup, &c) > 1);
    }
    assert_int_equal(tmp_entries(&c.t), 2); /* w.xml and s.xml, no temporary file */
    qz_calendar_free(c.l.cal);
    qz_org_free(c.l.org);
    qz_rules_free(c.l.rules);
    tmp_remove(&c.t);
}

/* ---------- the XML reader ---------- */

static int read_memory(const char *data, size_t len)
{
    qz_xml *x;
    const qz_xml_node *n;
    int rc = qz__xml_open_memory(&x, data, len, "enc.xml", NULL);
    if (rc < 0)
        return rc;
    while ((rc = qz__xml_next(x, &n)) > 0)
        ;
    qz__xml_close(x);
    return rc;
}

static void xml_refuses_other_encodings_at_1_1(void **state)
{
    (void)state;
    static const struct {
        const char bytes[16];
        size_t len;
    } inputs[] = {
        {"\xFE\xFF\x00<\x00r\x00/\x00>", 10}, /* UTF-16BE with a mark */
        {"\xFF\xFE<\x00r\x00/\x00>\x00", 10}, /* UTF-16LE with a mark */
        {"\x00<\x00r\x00/\x00>", 8},          /* UTF-16BE */
        {"<\x00r\x00/\x00>\x00", 8},          /* UTF-16LE */
        {"\x00\x00\x00<\x00\x00\x00r", 8},    /* UTF-32BE */
        {"<\x00\x00\x00r\x00\x00\x00", 8},    /* UTF-32LE */
        {"\x00\x00\xFE\xFF\x00\x00\x00<", 8}, /* UTF-32BE with a mark */
        {"\xFF\xFE\x00\x00<\x00\x00\x00", 8}, /* UTF-32LE with a mark */
        {"\x00\x00<\x00\x00\x00r\x00", 8},    /* UCS-4 2143 */
        {"\x00<\x00\x00\x00r\x00\x00", 8},    /* UCS-4 3412 */
        {"\x4C\x6F\xA7\x94\x93\x40", 6},      /* EBCDIC "<?xml " */
        {"\x00", 1},                          /* a NUL */
    };
    for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
        qz_error_clear();
        int rc = read_memory(inputs[i].bytes, inputs[i].len);
        if (rc != QZ_EPARSE)
            fail_msg("input %zu: expected QZ_EPARSE, got %d", i, rc);
        const qz_error *e = qz_error_last();
        assert_int_equal(qz_error_line(e), 1);
        assert_int_equal(qz_error_column(e), 1);
        assert_string_equal(qz_error_file(e), "enc.xml");
        assert_non_null(strstr(qz_error_message(e), "UTF-8"));
    }
    /* UTF-8, with or without its mark, is read */
    assert_int_equal(read_memory("\xEF\xBB\xBF<r>\xE8\xA7\x84</r>", 13), 0);
    assert_int_equal(read_memory("<r/>", 4), 0);
    /* and the loaders refuse a wide encoding too */
    qz_org *org;
    assert_int_equal(qz_org_load_memory(&org, "<\x00o\x00/\x00>\x00", 8, "w.xml"), QZ_EPARSE);
}

static void xml_fail_at_records_the_place(void **state)
{
    (void)state;
    static const char doc[] = "<r>\n  <a/>\n</r>";
    qz_xml *x;
    const qz_xml_node *n;
    QZT_OK(qz__xml_open_memory(&x, doc, sizeof(doc) - 1, "where.xml", NULL));
    assert_int_equal(qz__xml_next(x, &n), 1);
    assert_int_equal(qz__xml_fail_at(x, 2, 3, QZ_ESCHEMA, "wrong %s", "thing"), QZ_ESCHEMA);
    const qz_error *e = qz_error_last();
    assert_int_equal(qz_error_code(e), QZ_ESCHEMA);
    assert_string_equal(qz_error_file(e), "where.xml");
    assert_int_equal(qz_error_line(e), 2);
    assert_int_equal(qz_error_column(e), 3);
    assert_string_equal(qz_error_message(e), "where.xml:2:3: wrong thing");
    /* the reader keeps returning the first error */
    assert_int_equal(qz__xml_next(x, &n), QZ_ESCHEMA);
    assert_int_equal(qz__xml_fail_at(x, 9, 9, QZ_EPARSE, "later"), QZ_EPARSE);
    assert_int_equal(qz__xml_next(x, &n), QZ_ESCHEMA);
    qz__xml_close(x);
}

/* ---------- qz_init and the schema cache ---------- */

static void init_is_idempotent_and_optional(void **state)
{
    (void)state;
    qz_calendar *cal;
    for (int round = 0; round < 2; round++) {
        QZT_OK(qz_init());
        QZT_OK(qz_init());
        QZT_OK(qz_calendar_load_file(&cal, CAL_FILE));
        qz_calendar_free(cal);
        /* a reader holding a cached schema outlives the shutdown */
        qz_xml *x;
        static const qz_xml_schema s =
            QZ_XML_SCHEMA_INIT(qz__embedded_calendar_xsd, qz__embedded_calendar_xsd_size, "calendar.xsd");
        QZT_OK(qz__xml_open_file(&x, CAL_FILE, &s));
        qz_shutdown();
        const qz_xml_node *n;
        int rc;
        while ((rc = qz__xml_next(x, &n)) > 0)
            ;
        assert_int_equal(rc, 0);
        qz__xml_close(x);
        qz_shutdown();
        QZT_OK(qz_calendar_load_file(&cal, CAL_FILE));
        qz_calendar_free(cal);
    }
}

static void *init_and_load(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        if (qz_init() != QZ_OK)
            return (void *)1;
        qz_org *org;
        if (qz_org_load_file(&org, ORG_FILE) != QZ_OK)
            return (void *)2;
        qz_org_free(org);
    }
    return NULL;
}

static void init_is_thread_safe(void **state)
{
    (void)state;
    pthread_t th[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&th[i], NULL, init_and_load, NULL), 0);
    for (int i = 0; i < 4; i++) {
        void *res;
        assert_int_equal(pthread_join(th[i], &res), 0);
        assert_null(res);
    }
    qz_shutdown();
}

/* A failed qz_init (out of memory in quanze's own allocations) is not
 * remembered: the next call succeeds. */
static void init_failure_is_retried(void **state)
{
    (void)state;
    qzt_alloc_install(1);
    assert_int_equal(qz_init(), QZ_ENOMEM);
    qzt_alloc_uninstall();
    QZT_OK(qz_init());
    qz_shutdown();
}

/* ---------- libxml2's allocations, opt-in ---------- */

static long allocations_for_a_small_read(void)
{
    static const char doc[] = "<r><a x='1'>text</a><b/></r>";
    qzt_alloc_install(0);
    assert_int_equal(read_memory(doc, sizeof(doc) - 1), 0);
    long n = qzt_alloc_count();
    qzt_alloc_uninstall();
    return n;
}

static void xml_allocator_is_opt_in(void **state)
{
    (void)state;
    long own = allocations_for_a_small_read();
    QZT_OK(qz_set_xml_allocator(1));
    assert_int_equal(qz_set_xml_allocator(1), QZ_OK); /* twice is once */
    long routed = allocations_for_a_small_read();
    QZT_OK(qz_set_xml_allocator(0));
    long own_again = allocations_for_a_small_read();
    /* with routing on, libxml2's parser context, dictionary and buffers are
     * counted too */
    assert_true(routed > own);
    assert_int_equal(own_again, own);
    QZT_OK(qz_set_xml_allocator(0));
}

/* Out of memory while compiling a schema is QZ_ENOMEM, not QZ_ESCHEMA, and is
 * not remembered: the next attempt compiles. (Only allocations early in the
 * compile are failed: libxml2 2.9.14's xmlSchemaParse can crash on later
 * ones, see docs/security.md; a server calls qz_init() at start-up.) */
static void schema_compile_out_of_memory_is_retried(void **state)
{
    (void)state;
    QZT_OK(qz_set_xml_allocator(1));
    static const long fail_at[] = {1, 2, 3, 5, 10, 50};
    for (size_t i = 0; i < sizeof(fail_at) / sizeof(fail_at[0]); i++) {
        qzt_alloc_install(fail_at[i]);
        int rc = qz_init();
        qzt_alloc_uninstall();
        if (rc != QZ_ENOMEM)
            fail_msg("allocation %ld failing: expected QZ_ENOMEM, got %d (%s)", fail_at[i], rc,
                     qz_error_message(qz_error_last()));
        QZT_OK(qz_init());
        qz_shutdown();
    }
    QZT_OK(qz_set_xml_allocator(0));
    /* and a load afterwards compiles for itself */
    qz_calendar *cal;
    QZT_OK(qz_calendar_load_file(&cal, CAL_FILE));
    qz_calendar_free(cal);
}

/* ---------- the allocator's version ---------- */

static void *my_malloc(size_t n, void *u)
{
    (void)u;
    return malloc(n);
}
static void *my_realloc(void *p, size_t n, void *u)
{
    (void)u;
    return realloc(p, n);
}
static void my_free(void *p, void *u)
{
    (void)u;
    free(p);
}

static void allocator_accepts_versions_1_to_current(void **state)
{
    (void)state;
    qz_allocator a = QZ_ALLOCATOR_INIT;
    assert_int_equal(a.version, QZ_ALLOCATOR_VERSION);
    assert_int_equal(qz_allocator_init(&a, 0), QZ_EINVAL);
    assert_int_equal(qz_error_code(qz_error_last()), QZ_EINVAL);
    assert_int_equal(qz_allocator_init(&a, QZ_ALLOCATOR_VERSION + 1), QZ_EINVAL);
    assert_int_equal(qz_allocator_init(NULL, 1), QZ_EINVAL);
    for (unsigned v = 1; v <= QZ_ALLOCATOR_VERSION; v++) {
        QZT_OK(qz_allocator_init(&a, v));
        assert_int_equal(a.version, v);
        assert_null(a.malloc);
        assert_int_equal(qz_set_allocator(&a), QZ_EINVAL); /* functions missing */
        a.malloc = my_malloc;
        a.realloc = my_realloc;
        a.free = my_free;
        QZT_OK(qz_set_allocator(&a));
        qz_free(qz__strdup("through my allocator"));
    }
    a.version = 0;
    assert_int_equal(qz_set_allocator(&a), QZ_EINVAL);
    a.version = QZ_ALLOCATOR_VERSION + 1;
    assert_int_equal(qz_set_allocator(&a), QZ_EINVAL);
    QZT_OK(qz_set_allocator(NULL));
}

/* The one JSON string decoder: what it accepts, each refusal with the byte
 * where it is, in place, and its limit. */
static void json_string_is_strict(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        const char *out; /* NULL: refused */
        int code;
        size_t at; /* the offending byte (refusals) or the end (accepted) */
    } cases[] = {
        {"\"abc\"", "abc", QZ_OK, 5},
        {"\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\" tail", "a\"\\/\b\f\n\r\t", QZ_OK, 19},
        {"\"\\u0064\\u00e9\\u4e2d\"", "d\xc3\xa9\xe4\xb8\xad", QZ_OK, 20},
        {"\"\\ud83d\\ude00\"", "\xf0\x9f\x98\x80", QZ_OK, 14},
        {"\"\xe8\xa5\xbf\xe6\x94\xbf\xe5\x8f\x91\"", "\xe8\xa5\xbf\xe6\x94\xbf\xe5\x8f\x91", QZ_OK, 11},
        {"\"\xf4\x8f\xbf\xbf\"", "\xf4\x8f\xbf\xbf", QZ_OK, 6}, /* U+10FFFF */
        {"\"ab\\ud800\"", NULL, QZ_EPARSE, 3},                  /* a lone high surrogate */
        {"\"ab\\ud800\\u0041\"", NULL, QZ_EPARSE, 3},           /* not followed by a low one */
        {"\"\\udc00\"", NULL, QZ_EPARSE, 1},                    /* a lone low surrogate */
        {"\"\\u0000\"", NULL, QZ_EPARSE, 1},                    /* NUL */
        {"\"\\u12g4\"", NULL, QZ_EPARSE, 1},
        {"\"\\x\"", NULL, QZ_EPARSE, 1},
        {"\"ab\xff\"", NULL, QZ_EPARSE, 3},
        {"\"ab\xc0\xaf\"", NULL, QZ_EPARSE, 3},         /* overlong '/' */
        {"\"ab\xe0\x80\xaf\"", NULL, QZ_EPARSE, 3},     /* overlong, 3 bytes */
        {"\"ab\xed\xa0\x80\"", NULL, QZ_EPARSE, 3},     /* an encoded surrogate */
        {"\"ab\xf4\x90\x80\x80\"", NULL, QZ_EPARSE, 3}, /* above U+10FFFF */
        {"\"ab\xe8\xa5\"", NULL, QZ_EPARSE, 3},         /* cut short */
        {"\"ab\x01\"", NULL, QZ_EPARSE, 3},             /* a control character */
        {"\"abc", NULL, QZ_EPARSE, 4},
        {"abc\"", NULL, QZ_EPARSE, 0},
    };
    for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
        char out[64];
        size_t pos = 0, len = 99, n = strlen(cases[k].in);
        int rc = qz__json_string(cases[k].in, n, &pos, out, sizeof(out), &len);
        print_message("%zu: %d at %zu %s\n", k, rc, pos, rc ? qz_error_message(qz_error_last()) : "");
        assert_int_equal(rc, cases[k].code);
        assert_int_equal(pos, cases[k].at);
        if (cases[k].out) {
            assert_int_equal(len, strlen(cases[k].out));
            assert_memory_equal(out, cases[k].out, len);
            /* in place: the same text */
            char in[64];
            memcpy(in, cases[k].in, n + 1);
            pos = 0;
            QZT_OK(qz__json_string(in, n, &pos, in, n, &len));
            assert_memory_equal(in, cases[k].out, len);
        } else {
            assert_int_equal(qz_error_code(qz_error_last()), cases[k].code);
        }
    }
    /* the limit: exactly fitting, then one byte over */
    char out[4];
    size_t pos = 0, len;
    QZT_OK(qz__json_string("\"ab\\n\"", 6, &pos, out, 3, &len));
    assert_int_equal(len, 3);
    pos = 0;
    assert_int_equal(qz__json_string("\"ab\\u4e2d\"", 10, &pos, out, 4, &len), QZ_ELIMIT);
    assert_int_equal(qz__utf8_sequence((const unsigned char *)"\xe4\xb8\xad", 3), 3);
    assert_int_equal(qz__utf8_sequence((const unsigned char *)"\xe4\xb8\xad", 2), 0);
    assert_int_equal(qz__utf8_sequence((const unsigned char *)"\x80", 1), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_allocates_zeroed_aligned_and_grows),
        cmocka_unit_test(json_string_is_strict),
        cmocka_unit_test(arena_out_of_memory),
        cmocka_unit_test(buf_appends_escapes_and_detaches),
        cmocka_unit_test(buf_remembers_a_failed_append),
        cmocka_unit_test(error_records_code_message_and_place),
        cmocka_unit_test(read_file_reads_and_limits),
        cmocka_unit_test(read_file_refuses_what_is_not_a_regular_file),
        cmocka_unit_test(file_open_is_close_on_exec),
        cmocka_unit_test(loaders_refuse_a_fifo_at_once),
        cmocka_unit_test(write_file_creates_and_replaces),
        cmocka_unit_test(write_file_refuses_other_targets),
        cmocka_unit_test(write_file_failure_keeps_the_old_file),
        cmocka_unit_test(savers_are_atomic),
        cmocka_unit_test(file_paths_out_of_memory),
        cmocka_unit_test(xml_refuses_other_encodings_at_1_1),
        cmocka_unit_test(xml_fail_at_records_the_place),
        cmocka_unit_test(init_is_idempotent_and_optional),
        cmocka_unit_test(init_is_thread_safe),
        cmocka_unit_test(init_failure_is_retried),
        cmocka_unit_test(xml_allocator_is_opt_in),
        cmocka_unit_test(schema_compile_out_of_memory_is_retried),
        cmocka_unit_test(allocator_accepts_versions_1_to_current),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
