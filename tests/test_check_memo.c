/* The checks' memo (lib/model_memo.c, lib/check_key.c): a check answered from what the model
 * remembers is exactly the check decided without it; the key takes in every
 * field of every request, by content; a stored outcome is what the check
 * answers, and only for its own inputs; inputs too long are not remembered;
 * threads share the memo; out of memory fails the model, never a check. */
#include <pthread.h>
#include <stdio.h>
#include "check.h"
#include "model.h"
#include "query_support.h"

static const char *const kinds[] = {"request", "report", "motion", "normative", "decision", "notice", "memo"};
static const char *const recips[] = {NULL, "city-government", "county-congress"};
static const char *const units[] = {"justice", "township-a", "finance", "inst-a"};
static const char *const days[] = {"2021-10-20", "2026-02-16", "2026-06-10", "2026-09-07"};
static const char *const types[] = {"plenary", "executive", "party-group", "banquet"};
static const char *const posts[] = {"county-head", "executive-deputy", "deputy-1", "deputy-3",
                                    "justice-principal"};
static const char *const matter_kinds[] = {NULL, "urgent", "major"};

/* One check: the action and its request. */
typedef struct input {
    qz_check_action action;
    qz_sign_request sign;
    qz_meeting_request meeting;
    qz_acting_request acting;
} input;

static size_t inputs_of(input *out, size_t cap)
{
    size_t n = 0;
    for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
        for (size_t t = 0; t < 3; t++)
            for (size_t np = 0; np <= 2; np++)
                for (size_t y = 0; y < 4; y++)
                    for (int a = 0; a < 4 && n < cap; a++) {
                        input *in = &out[n++];
                        in->action = a & 1 ? QZ_CHECK_COUNTERSIGN : QZ_CHECK_SIGN;
                        in->sign = (qz_sign_request)QZ_SIGN_REQUEST_INIT;
                        in->sign.kind = kinds[k];
                        in->sign.recipient = recips[t];
                        in->sign.portfolios = np == 2 ? units + (k + y) % 3 : units + (k + np) % 4;
                        in->sign.nportfolios = np;
                        in->sign.date = qzt_d(days[y]);
                        in->sign.major_policy = a >> 1;
                    }
    static const qz_check_action meeting_actions[] = {QZ_CHECK_CONVENE, QZ_CHECK_PRESIDE,
                                                      QZ_CHECK_SIGN_MINUTES};
    for (size_t t = 0; t < 4; t++)
        for (size_t y = 0; y < 4; y++)
            for (int major = 0; major <= 1; major++)
                for (size_t a = 0; a < 3 && n < cap; a++) {
                    input *in = &out[n++];
                    in->action = meeting_actions[a];
                    in->meeting = (qz_meeting_request)QZ_MEETING_REQUEST_INIT;
                    in->meeting.type = types[t];
                    in->meeting.date = qzt_d(days[y]);
                    in->meeting.major = major;
                    in->meeting.portfolio = (t + y) & 1 ? units[y] : NULL;
                }
    for (size_t p = 0; p < 5; p++)
        for (qz_date day = qzt_d("2026-01-01"); day <= qzt_d("2026-12-31"); day += 23)
            for (size_t mk = 0; mk < 3 && n < cap; mk++) {
                input *in = &out[n++];
                in->action = QZ_CHECK_ACT_FOR;
                in->acting = (qz_acting_request)QZ_ACTING_REQUEST_INIT;
                in->acting.post = posts[p];
                in->acting.date = day;
                in->acting.matter_kind = matter_kinds[mk];
            }
    return n;
}

static int run(qz_decision **d, const qz_model *m, const input *in, const char *actor)
{
    switch (in->action) {
    case QZ_CHECK_SIGN: return qz_check_sign(d, m, &in->sign, actor);
    case QZ_CHECK_COUNTERSIGN: return qz_check_countersign(d, m, &in->sign, actor);
    case QZ_CHECK_CONVENE: return qz_check_convene(d, m, &in->meeting, actor);
    case QZ_CHECK_PRESIDE: return qz_check_preside(d, m, &in->meeting, actor);
    case QZ_CHECK_SIGN_MINUTES: return qz_check_sign_minutes(d, m, &in->meeting, actor);
    default: return qz_check_act_for(d, m, &in->acting, actor);
    }
}

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* Everything a caller can read of two decisions is the same; with `deep`,
 * the full answers they ask too (each costs a query). */
static void same_decision(const qz_decision *x, const qz_decision *y, int deep, const char *actor)
{
    if (qz_decision_allowed(x) != qz_decision_allowed(y) || qz_decision_action(x) != qz_decision_action(y) ||
        qz_decision_capacity(x) != qz_decision_capacity(y) || qz_decision_via(x) != qz_decision_via(y) ||
        qz_decision_citation(x) != qz_decision_citation(y) ||
        !same_str(qz_decision_post(x), qz_decision_post(y)) ||
        !same_str(qz_decision_person(x), qz_decision_person(y)) ||
        !same_str(qz_decision_for_post(x), qz_decision_for_post(y)) ||
        !same_str(qz_decision_for_person(x), qz_decision_for_person(y)) ||
        !same_str(qz_decision_reason(x), qz_decision_reason(y)))
        fail_msg("%s (%s): the decisions differ (allowed %d/%d, reason '%s'/'%s')", actor,
                 qz_check_action_name(qz_decision_action(x)), qz_decision_allowed(x), qz_decision_allowed(y),
                 qz_decision_reason(x), qz_decision_reason(y));
    if (!deep)
        return;
    size_t n = qz_decision_candidate_count(x);
    assert_int_equal(n, qz_decision_candidate_count(y));
    for (size_t i = 0; i < n; i++) {
        assert_true(same_str(qz_decision_candidate_post(x, i), qz_decision_candidate_post(y, i)));
        assert_true(same_str(qz_decision_candidate_person(x, i), qz_decision_candidate_person(y, i)));
    }
    const qz_answer *ax = qz_decision_answer(x), *ay = qz_decision_answer(y);
    assert_non_null(ax);
    assert_non_null(ay);
    assert_string_equal(qz_answer_explanation(ax), qz_answer_explanation(ay));
}

static const char *actor_at(const qz_model *m, size_t k)
{
    const qz_org *org = qz_model_org(m);
    size_t np = qz_org_post_count(org);
    return k < np ? qz_org_post_at(org, k) : qz_org_person_at(org, k - np);
}

static size_t actor_count(const qz_model *m)
{
    const qz_org *org = qz_model_org(m);
    return qz_org_post_count(org) + qz_org_person_count(org);
}

/* A key in its own room. */
typedef struct tkey {
    qz_check__key k;
    uint64_t buf[QZ_CHECK__KEY_BYTES / 8u];
} tkey;

/* The key of a check, as the check writes it: 1, or 0 when it is not
 * written or longer than the memo takes. */
static int key_of(tkey *t, qz_check_action action, qz_capacity cap, const void *req, const char *actor,
                  uint32_t *hash)
{
    t->k = (qz_check__key){0, sizeof(t->buf), 0, (unsigned char *)t->buf};
    if (!qz_check__key_write(&t->k, action, cap, req, actor) || t->k.len > t->k.cap)
        return 0;
    *hash = qz_check__key_hash(&t->k);
    return 1;
}

/* 1 when model `m` remembers the check of `in` by `actor`. */
static int remembered(const qz_model *m, const input *in, const char *actor)
{
    tkey t;
    uint32_t hash = 0;
    qz_check__outcome o;
    qz_capacity cap = in->action == QZ_CHECK_SIGN          ? QZ_CAP_SIGNER
                      : in->action == QZ_CHECK_COUNTERSIGN ? QZ_CAP_COUNTERSIGNER
                      : in->action == QZ_CHECK_CONVENE     ? QZ_CAP_CONVENER
                      : in->action == QZ_CHECK_PRESIDE     ? QZ_CAP_PRESIDER
                      : in->action == QZ_CHECK_ACT_FOR     ? QZ_CAP_ACTING
                      : in->meeting.major                  ? QZ_CAP_MINUTES_SIGNER_MAJOR
                                                           : QZ_CAP_MINUTES_SIGNER;
    const void *req = in->action == QZ_CHECK_ACT_FOR ? (const void *)&in->acting
                      : in->action == QZ_CHECK_SIGN || in->action == QZ_CHECK_COUNTERSIGN
                          ? (const void *)&in->sign
                          : (const void *)&in->meeting;
    return key_of(&t, in->action, cap, req, actor, &hash) && qz_model__memo_find(m, t.k.b, t.k.len, hash, &o);
}

enum { MAX_INPUTS = 1600 };
static input grid[MAX_INPUTS];

/* Every check of the grid by every post and person, on a model that
 * remembers (asked once: noted; twice: remembered; a third time: answered
 * from the memo) and on one that does not. */
static void test_same_with_and_without(void **state)
{
    (void)state;
    qz_model *on = qzt_model(NULL, NULL), *off = qzt_model(NULL, NULL);
    qz_model__memo_enable(off, 0);
    size_t n = inputs_of(grid, MAX_INPUTS), actors = actor_count(on), checks = 0, hits = 0, allowed = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < actors; k++) {
            const char *actor = actor_at(on, k);
            qz_decision *first = NULL, *second = NULL, *third = NULL, *plain = NULL;
            int rc = run(&plain, off, &grid[i], actor);
            assert_int_equal(run(&first, on, &grid[i], actor), rc);
            assert_false(remembered(on, &grid[i], actor)); /* asked once: noted only */
            assert_int_equal(run(&second, on, &grid[i], actor), rc);
            hits += remembered(on, &grid[i], actor);
            assert_int_equal(run(&third, on, &grid[i], actor), rc);
            if (rc == QZ_OK) {
                int deep = checks % 13 == 0;
                same_decision(first, plain, deep, actor);
                same_decision(second, plain, deep, actor);
                same_decision(third, plain, deep, actor);
                allowed += (size_t)qz_decision_allowed(plain);
            } else {
                assert_null(first);
                assert_null(second);
                assert_null(third);
            }
            assert_false(remembered(off, &grid[i], actor));
            checks++;
            qz_decision_free(first);
            qz_decision_free(second);
            qz_decision_free(third);
            qz_decision_free(plain);
        }
    print_message("memo: %zu checks, %zu remembered when asked again, %zu allowed\n", checks, hits, allowed);
    assert_true(checks > 20000);
    assert_true(allowed > 200);
    assert_true(hits > checks / 2); /* a failed check is not remembered, nor one the memo could not write */
    qz_model_free(on);
    qz_model_free(off);
}

/* A request to sign, to the city government, in justice's portfolio: the
 * county head and the executive deputy sign, the other deputies may not. */
static input a_request(void)
{
    static const char *const pf[] = {"justice"};
    input in = {.action = QZ_CHECK_SIGN, .sign = QZ_SIGN_REQUEST_INIT};
    in.sign.kind = "request";
    in.sign.recipient = "city-government";
    in.sign.portfolios = pf;
    in.sign.nportfolios = 1;
    in.sign.date = qzt_d("2026-06-10");
    return in;
}

/* A remembered outcome is what the check answers, for its own inputs only:
 * an outcome planted for a deputy who may not sign makes the check say yes;
 * a day later, or with the memo off, the check decides again (no). */
static void test_outcome_answers(void **state)
{
    (void)state;
    qz_model *m = qzt_model(NULL, NULL);
    input in = a_request();
    qz_decision *d = NULL;
    for (int asked = 0; asked < 2; asked++) { /* remembered when asked twice */
        assert_false(remembered(m, &in, "deputy-1"));
        QZT_OK(qz_check_sign(&d, m, &in.sign, "deputy-1"));
        assert_int_equal(qz_decision_allowed(d), 0);
        qz_decision_free(d);
    }
    assert_true(remembered(m, &in, "deputy-1"));

    tkey t;
    uint32_t hash = 0;
    assert_true(key_of(&t, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &in.sign, "deputy-1", &hash));
    qz_check__outcome o = {0};
    o.actor = o.post = "deputy-1";
    o.date = in.sign.date;
    o.allowed = o.found = o.lasting = 1;
    o.via = QZ_VIA_ENTRUSTED;
    o.citation = 0;
    qz_model__memo_store(m, t.k.b, t.k.len, hash,
                         &o); /* (this thread offered the key twice already: written) */
    QZT_OK(qz_check_sign(&d, m, &in.sign, "deputy-1"));
    assert_int_equal(qz_decision_allowed(d), 1);
    assert_int_equal(qz_decision_via(d), QZ_VIA_ENTRUSTED);
    assert_string_equal(qz_decision_post(d), "deputy-1");
    qz_decision_free(d);

    /* a key offered once is noted, not written; offered again, written */
    in.sign.date += 7;
    assert_true(key_of(&t, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &in.sign, "deputy-1", &hash));
    qz_model__memo_store(m, t.k.b, t.k.len, hash, &o);
    assert_false(remembered(m, &in, "deputy-1"));
    qz_model__memo_store(m, t.k.b, t.k.len, hash, &o);
    assert_true(remembered(m, &in, "deputy-1"));
    in.sign.date -= 7;

    in.sign.date++;
    QZT_OK(qz_check_sign(&d, m, &in.sign, "deputy-1"));
    assert_int_equal(qz_decision_allowed(d), 0);
    qz_decision_free(d);
    in.sign.date--;
    qz_model__memo_enable(m, 0);
    QZT_OK(qz_check_sign(&d, m, &in.sign, "deputy-1"));
    assert_int_equal(qz_decision_allowed(d), 0);
    qz_decision_free(d);
    qz_model_free(m);
}

/* ---- the key takes in every field ---- */

enum { MAX_KEYS = 64 };
typedef struct keys {
    tkey k[MAX_KEYS];
    size_t n;
} keys;

static void add_key(keys *ks, qz_check_action action, qz_capacity cap, const void *req, const char *actor)
{
    uint32_t hash = 0;
    assert_true(ks->n < MAX_KEYS);
    assert_true(key_of(&ks->k[ks->n], action, cap, req, actor, &hash));
    ks->n++;
}

/* No two keys of `ks` are equal. */
static void all_different(const keys *ks)
{
    for (size_t i = 0; i < ks->n; i++)
        for (size_t j = i + 1; j < ks->n; j++)
            if (ks->k[i].k.len == ks->k[j].k.len && memcmp(ks->k[i].buf, ks->k[j].buf, ks->k[i].k.len) == 0)
                fail_msg("keys %zu and %zu are equal", i, j);
}

static void test_key_every_field(void **state)
{
    (void)state;
    static const char *const pf[] = {"justice", "finance"}, *const pf_swapped[] = {"finance", "justice"};
    static const char *const flags[] = {"personnel"}, *const none[] = {NULL};
    keys ks = {.n = 0};
    const qz_sign_request base = {.version = 1,
                                  .kind = "request",
                                  .recipient = "city-government",
                                  .portfolios = pf,
                                  .nportfolios = 1,
                                  .date = 20000};
    qz_sign_request s = base;
    add_key(&ks, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s, "deputy-1");
    add_key(&ks, QZ_CHECK_COUNTERSIGN, QZ_CAP_COUNTERSIGNER, &s, "deputy-1");
    add_key(&ks, QZ_CHECK_SIGN, QZ_CAP_COUNTERSIGNER, &s, "deputy-1");
    add_key(&ks, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s, "deputy-2");
    add_key(&ks, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s, "");
/* The key of request `req` = `from` with FIELD set to VALUE, checked by "deputy-1". */
#define MUTATED_AS(req, from, action, cap, FIELD, VALUE) \
    do {                                                 \
        req = from;                                      \
        req.FIELD = VALUE;                               \
        add_key(&ks, action, cap, &req, "deputy-1");     \
    } while (0)
#define MUTATED(FIELD, VALUE) MUTATED_AS(s, base, QZ_CHECK_SIGN, QZ_CAP_SIGNER, FIELD, VALUE)
    MUTATED(kind, "report");
    MUTATED(kind, NULL);
    MUTATED(kind, "");
    MUTATED(issuer, "government-office");
    MUTATED(recipient, NULL);
    MUTATED(major_policy, 1);
    MUTATED(broad_scope, 1);
    MUTATED(decided_by_executive, 1);
    MUTATED(routine, 1);
    MUTATED(routine, 2);
    MUTATED(date, 20001);
    MUTATED(nportfolios, 2);
    MUTATED(nportfolios, 0);
    MUTATED(portfolios, NULL);
    s = base;
    s.portfolios = pf_swapped;
    s.nportfolios = 2;
    add_key(&ks, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s, "deputy-1");
    s.portfolios = NULL;
    s.nportfolios = 0;
    add_key(&ks, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s, "deputy-1");
    s.portfolios = none;
    s.nportfolios = 1;
    add_key(&ks, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s, "deputy-1");
    MUTATED(flags, flags);
    s.nflags = 1;
    add_key(&ks, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s, "deputy-1");
#undef MUTATED
    /* meetings, version 1 and 2 */
    static const char *const invitees[] = {"finance"};
    qz_meeting_request r = QZ_MEETING_REQUEST_INIT, r0;
    r.type = "executive";
    r.date = 20000;
    r0 = r;
    add_key(&ks, QZ_CHECK_CONVENE, QZ_CAP_CONVENER, &r, "deputy-1");
    add_key(&ks, QZ_CHECK_PRESIDE, QZ_CAP_PRESIDER, &r, "deputy-1");
    add_key(&ks, QZ_CHECK_SIGN_MINUTES, QZ_CAP_MINUTES_SIGNER, &r, "deputy-1");
    add_key(&ks, QZ_CHECK_SIGN_MINUTES, QZ_CAP_MINUTES_SIGNER_MAJOR, &r, "deputy-1");
#define MUTATED(FIELD, VALUE) MUTATED_AS(r, r0, QZ_CHECK_CONVENE, QZ_CAP_CONVENER, FIELD, VALUE)
    MUTATED(version, 1);
    MUTATED(type, "plenary");
    MUTATED(date, 20001);
    MUTATED(major, 1);
    MUTATED(portfolio, "justice");
    MUTATED(minutes, 30);
    MUTATED(held, 1);
    MUTATED(invitees, invitees);
    MUTATED(ninvitees, 1);
    r.invitees = invitees;
    add_key(&ks, QZ_CHECK_CONVENE, QZ_CAP_CONVENER, &r, "deputy-1");
#undef MUTATED
    /* acting, version 1 and 2 */
    qz_acting_request a = QZ_ACTING_REQUEST_INIT, a0;
    a.post = "county-head";
    a.date = 20000;
    a0 = a;
    add_key(&ks, QZ_CHECK_ACT_FOR, QZ_CAP_ACTING, &a, "deputy-1");
#define MUTATED(FIELD, VALUE) MUTATED_AS(a, a0, QZ_CHECK_ACT_FOR, QZ_CAP_ACTING, FIELD, VALUE)
    MUTATED(version, 1);
    MUTATED(post, "executive-deputy");
    MUTATED(date, 20001);
    MUTATED(matter, "executive");
    MUTATED(matter_kind, "urgent");
    MUTATED(instructed, 1);
#undef MUTATED
#undef MUTATED_AS
    all_different(&ks);

    /* by content, not by address: the same request in other memory has the same key */
    char kind[] = "request", to[] = "city-government", unit[] = "justice", actor[] = "deputy-1";
    const char *pf2[] = {unit};
    s = base;
    s.kind = kind;
    s.recipient = to;
    s.portfolios = pf2;
    keys same = {.n = 0};
    add_key(&same, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &base, "deputy-1");
    add_key(&same, QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s, actor);
    assert_int_equal(same.k[0].k.len, same.k[1].k.len);
    assert_memory_equal(same.k[0].buf, same.k[1].buf, same.k[0].k.len);

    /* versions no key function was written for are not remembered */
    uint32_t hash = 0;
    s.version = 2;
    assert_false(key_of(&same.k[0], QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s, actor, &hash));
    r.version = 3;
    assert_false(key_of(&same.k[0], QZ_CHECK_CONVENE, QZ_CAP_CONVENER, &r, actor, &hash));
    a.version = 0;
    assert_false(key_of(&same.k[0], QZ_CHECK_ACT_FOR, QZ_CAP_ACTING, &a, actor, &hash));
    /* nor the actions without a decide-only mode */
    qz_leave_request lr = QZ_LEAVE_REQUEST_INIT;
    assert_false(key_of(&same.k[0], QZ_CHECK_APPROVE_LEAVE, QZ_CAP_APPROVER, &lr, actor, &hash));
}

/* ---- a key reads back into the request it was written from ---- */

static void key_whole(qz_check__key *k, uint64_t *buf, size_t cap, qz_check_action action, qz_capacity cap_,
                      const void *req)
{
    *k = (qz_check__key){0, cap, 0, (unsigned char *)buf};
    assert_true(qz_check__key_write(k, action, cap_, req, "deputy-1"));
    assert_true(k->len <= k->cap);
}

static void same_list(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    assert_int_equal(na, nb);
    assert_true((a == NULL) == (b == NULL));
    for (size_t i = 0; a && i < na; i++)
        assert_true(same_str(a[i], b[i]));
}

static void test_key_reads_back(void **state)
{
    (void)state;
    static uint64_t buf[4096];
    static const char *const pf[] = {"justice", NULL, "finance"}, *const fl[] = {"personnel"};
    qz_check__key k;
    qz_check__request back;
    const char **room = NULL;

    qz_sign_request s = {1, "request", "government-office", NULL, 1, 2, 3, 4, pf, 3, 20001, fl, 1};
    key_whole(&k, buf, sizeof(buf), QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s);
    QZT_OK(qz_check__key_read(k.b, k.len, k.items, qz_check__walk_of(QZ_CHECK_SIGN), &back, &room));
    assert_true(same_str(back.sign.kind, s.kind) && same_str(back.sign.issuer, s.issuer) &&
                !back.sign.recipient);
    assert_int_equal(back.sign.version, 1);
    assert_int_equal(back.sign.major_policy, 1);
    assert_int_equal(back.sign.broad_scope, 2);
    assert_int_equal(back.sign.decided_by_executive, 3);
    assert_int_equal(back.sign.routine, 4);
    assert_int_equal(back.sign.date, 20001);
    same_list(back.sign.portfolios, back.sign.nportfolios, pf, 3);
    same_list(back.sign.flags, back.sign.nflags, fl, 1);
    free(room);
    s.portfolios = NULL; /* a NULL list keeps its count (the query refuses it) */
    key_whole(&k, buf, sizeof(buf), QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s);
    QZT_OK(qz_check__key_read(k.b, k.len, k.items, qz_check__walk_of(QZ_CHECK_SIGN), &back, &room));
    same_list(back.sign.portfolios, back.sign.nportfolios, NULL, 3);
    free(room);

    static const char *const inv[] = {"finance", "inst-a"};
    qz_meeting_request r = {2, "executive", 20002, 1, "justice", inv, 2, 90, 3};
    key_whole(&k, buf, sizeof(buf), QZ_CHECK_CONVENE, QZ_CAP_CONVENER, &r);
    QZT_OK(qz_check__key_read(k.b, k.len, k.items, qz_check__walk_of(QZ_CHECK_CONVENE), &back, &room));
    assert_true(same_str(back.meeting.type, "executive") && same_str(back.meeting.portfolio, "justice"));
    assert_int_equal(back.meeting.date, 20002);
    assert_int_equal(back.meeting.major, 1);
    assert_int_equal(back.meeting.minutes, 90);
    assert_int_equal(back.meeting.held, 3);
    same_list(back.meeting.invitees, back.meeting.ninvitees, inv, 2);
    free(room);
    r.version = 1; /* version 1: the fields of version 2 read back as the _INIT macro has them */
    key_whole(&k, buf, sizeof(buf), QZ_CHECK_CONVENE, QZ_CAP_CONVENER, &r);
    QZT_OK(qz_check__key_read(k.b, k.len, k.items, qz_check__walk_of(QZ_CHECK_CONVENE), &back, &room));
    assert_int_equal(back.meeting.version, 1);
    assert_null(back.meeting.invitees);
    assert_int_equal(back.meeting.minutes, 0);
    free(room);

    qz_acting_request a = {2, "county-head", 20003, "executive", "urgent", 1};
    key_whole(&k, buf, sizeof(buf), QZ_CHECK_ACT_FOR, QZ_CAP_ACTING, &a);
    QZT_OK(qz_check__key_read(k.b, k.len, k.items, qz_check__walk_of(QZ_CHECK_ACT_FOR), &back, &room));
    assert_true(same_str(back.acting.post, "county-head") && same_str(back.acting.matter, "executive") &&
                same_str(back.acting.matter_kind, "urgent"));
    assert_int_equal(back.acting.date, 20003);
    assert_int_equal(back.acting.instructed, 1);
    free(room);

    /* a key cut short, or with bytes changed, reads back or is refused: never read past */
    s.portfolios = pf;
    key_whole(&k, buf, sizeof(buf), QZ_CHECK_SIGN, QZ_CAP_SIGNER, &s);
    size_t refused = 0;
    for (size_t len = 0; len < k.len; len++) {
        unsigned char *cut = malloc(len ? len : 1);
        memcpy(cut, k.b, len);
        int rc = qz_check__key_read(cut, len, k.items, qz_check__walk_of(QZ_CHECK_SIGN), &back, &room);
        refused += rc == QZ_EINVAL;
        assert_true(rc == QZ_OK || rc == QZ_EINVAL);
        free(room);
        free(cut);
    }
    assert_true(refused >= k.len - strlen("deputy-1") - 2); /* all but the cuts within the actor */
    for (size_t at = 0; at < k.len; at++)
        for (unsigned v = 0; v < 256; v += 51) {
            unsigned char *bent = malloc(k.len);
            memcpy(bent, k.b, k.len);
            bent[at] = (unsigned char)v;
            int rc = qz_check__key_read(bent, k.len, k.items, qz_check__walk_of(QZ_CHECK_SIGN), &back, &room);
            assert_true(rc == QZ_OK || rc == QZ_EINVAL);
            free(room);
            free(bent);
        }
}

/* Inputs longer than a key holds decide the long way, and alike. */
static void test_long_inputs(void **state)
{
    (void)state;
    qz_model *m = qzt_model(NULL, NULL), *off = qzt_model(NULL, NULL);
    qz_model__memo_enable(off, 0);
    const char *pf[40];
    for (size_t i = 0; i < 40; i++)
        pf[i] = i % 2 ? "justice" : "finance";
    input in = a_request();
    in.sign.portfolios = pf;
    in.sign.nportfolios = 40;
    char actor[400];
    memset(actor, 'x', sizeof(actor) - 1);
    actor[sizeof(actor) - 1] = '\0';
    for (size_t k = 0; k < actor_count(m); k++) {
        qz_decision *x = NULL, *y = NULL;
        QZT_OK(run(&x, m, &in, actor_at(m, k)));
        QZT_OK(run(&y, off, &in, actor_at(m, k)));
        same_decision(x, y, k % 9 == 0, actor_at(m, k));
        assert_false(remembered(m, &in, actor_at(m, k)));
        qz_decision_free(x);
        qz_decision_free(y);
    }
    in.sign.nportfolios = 1;
    qz_decision *d = NULL;
    assert_int_equal(qz_check_sign(&d, m, &in.sign, actor), QZ_ENOTFOUND);
    assert_null(d);
    assert_false(remembered(m, &in, actor));
    qz_model_free(m);
    qz_model_free(off);
}

/* ---- threads ---- */

enum { NTHREADS = 4, THREAD_INPUTS = 600 };
static const qz_model *shared_model;
static int expected[THREAD_INPUTS][2]; /* allowed, via; for actors "executive-deputy" and "deputy-1" */

static void *checker(void *arg)
{
    size_t start = (size_t)(uintptr_t)arg, wrong = 0;
    for (size_t round = 0; round < 4; round++)
        for (size_t j = 0; j < THREAD_INPUTS; j++) {
            size_t i = (start * 131 + j * 7 + round) % THREAD_INPUTS;
            const char *actor = (i + round) & 1 ? "deputy-1" : "executive-deputy";
            size_t who = (i + round) & 1;
            qz_decision *d = NULL;
            if (run(&d, shared_model, &grid[i], actor) != QZ_OK ||
                qz_decision_allowed(d) != (expected[i][who] >> 8) ||
                (int)qz_decision_via(d) != (expected[i][who] & 0xff))
                wrong++;
            qz_decision_free(d);
        }
    return (void *)(uintptr_t)wrong;
}

/* Threads asking overlapping questions at once (more than the slots, so
 * that they overwrite each other's) all get the answers decided alone. */
static void test_threads(void **state)
{
    (void)state;
    qz_model *m = qzt_model(NULL, NULL), *off = qzt_model(NULL, NULL);
    qz_model__memo_enable(off, 0);
    size_t n = inputs_of(grid, MAX_INPUTS);
    assert_true(n >= THREAD_INPUTS);
    static const char *const actors[2] = {"executive-deputy", "deputy-1"};
    for (size_t i = 0; i < THREAD_INPUTS; i++)
        for (size_t who = 0; who < 2; who++) {
            qz_decision *d = NULL;
            if (run(&d, off, &grid[i], actors[who]) != QZ_OK) { /* a failing question: asked of no thread */
                grid[i] = grid[0];
                assert_int_equal(run(&d, off, &grid[i], actors[who]), QZ_OK);
            }
            expected[i][who] = qz_decision_allowed(d) << 8 | (int)qz_decision_via(d);
            qz_decision_free(d);
        }
    shared_model = m;
    pthread_t t[NTHREADS];
    for (size_t i = 0; i < NTHREADS; i++)
        assert_int_equal(pthread_create(&t[i], NULL, checker, (void *)(uintptr_t)i), 0);
    size_t wrong = 0;
    for (size_t i = 0; i < NTHREADS; i++) {
        void *r = NULL;
        assert_int_equal(pthread_join(t[i], &r), 0);
        wrong += (size_t)(uintptr_t)r;
    }
    assert_int_equal(wrong, 0);
    qz_model_free(m);
    qz_model_free(off);
}

/* ---- out of memory ---- */

static qz_rules *oom_rules;
static qz_org *oom_org;
static qz_calendar *oom_cal;
static qz_model *oom_model;

static int oom_new_model(void *ctx)
{
    (void)ctx;
    return qz_model_new(&oom_model, oom_rules, oom_org, oom_cal);
}

static void oom_free_model(void *ctx)
{
    (void)ctx;
    qz_model_free(oom_model);
    oom_model = NULL;
}

static qz_model *remembering_model;
enum { WRONG_DECISION = -100 }; /* not a status of the library */
static int oom_remembered_check(void *ctx)
{
    const input *in = ctx;
    qz_decision *d = NULL;
    int rc = qz_check_sign(&d, remembering_model, &in->sign, "executive-deputy");
    if (rc == QZ_OK && (!qz_decision_allowed(d) || !qz_decision_post(d)))
        rc = WRONG_DECISION;
    if (rc != QZ_OK && d)
        rc = WRONG_DECISION;
    qz_decision_free(d);
    return rc;
}

/* The memo is allocated with the model: out of memory fails the model's
 * creation (QZ_ENOMEM, nothing leaked), never a check; a check answered
 * from the memo fails only for its own allocation. */
static void test_oom(void **state)
{
    (void)state;
    QZT_OK(qz_rules_default(&oom_rules));
    QZT_OK(qz_org_default(&oom_org));
    QZT_OK(qz_calendar_default(&oom_cal));
    assert_true(qzt_oom_loop(oom_new_model, oom_free_model, NULL) > 2);
    qz_rules_free(oom_rules);
    qz_org_free(oom_org);
    qz_calendar_free(oom_cal);

    remembering_model = qzt_model(NULL, NULL);
    input in = a_request();
    QZT_OK(oom_remembered_check(&in));
    QZT_OK(oom_remembered_check(&in));
    assert_true(remembered(remembering_model, &in, "executive-deputy"));
    assert_int_equal(qzt_oom_loop(oom_remembered_check, NULL, &in),
                     2); /* the decision is the one allocation */
    qz_model_free(remembering_model);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_with_and_without),
        cmocka_unit_test(test_outcome_answers),
        cmocka_unit_test(test_key_every_field),
        cmocka_unit_test(test_key_reads_back),
        cmocka_unit_test(test_long_inputs),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
