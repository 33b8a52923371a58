/* The organisation: loading, every check (with its place), hostile input,
 * round trips, history and every lookup. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "quanze.h"

static qz_date D(const char *iso)
{
    qz_date d;
    QZT_OK(qz_date_parse(&d, iso));
    return d;
}

/* The predicates answer through an out parameter: these unwrap an answer
 * that must succeed (the call is made before its out value is read). */
static int yes(int rc, int out)
{
    if (rc != QZ_OK)
        fail_msg("predicate failed: %d: %s", rc, qz_error_message(qz_error_last()));
    return out;
}

static int away_on(const qz_org *org, const char *person, qz_date d, qz_org_absence *a)
{
    int away = -1;
    int rc = qz_org_person_away(&away, a, org, person, d);
    return yes(rc, away);
}

static int cpc_of(const qz_org *org, const char *person)
{
    int cpc = -1;
    int rc = qz_org_person_cpc(&cpc, org, person);
    return yes(rc, cpc);
}

static int member_on(const qz_org *org, const char *post, qz_date d)
{
    int m = -1;
    int rc = qz_org_party_group_is_member(&m, org, post, d);
    return yes(rc, m);
}

static int has_role(const qz_org *org, const char *post, const char *role, qz_date d)
{
    int h = -1;
    int rc = qz_org_post_has_role(&h, org, post, role, d);
    return yes(rc, h);
}

static int has_tag(const qz_org *org, const char *unit, const char *tag)
{
    int h = -1;
    int rc = qz_org_unit_has_tag(&h, org, unit, tag);
    return yes(rc, h);
}

static int single(const qz_org *org, const char *post)
{
    int s = -1;
    int rc = qz_org_post_single(&s, org, post);
    return yes(rc, s);
}

static int same_org(const qz_org *a, const qz_org *b)
{
    int s = -1;
    int rc = qz_org_equal(&s, a, b);
    return yes(rc, s);
}

static qz_org *load_data(const char *name)
{
    qz_org *org = NULL;
    int rc = qz_org_load_file(&org, qzt_data(name));
    if (rc != QZ_OK)
        fail_msg("%s: %s", name, qz_error_message(qz_error_last()));
    return org;
}

/* ------------------------------------------------------------------ */
/* The demo organisation */

static void test_default_shape(void **state)
{
    (void)state;
    qz_org *org;
    QZT_OK(qz_org_default(&org));
    qz_date d = D("2026-01-05");
    assert_string_equal(qz_org_id(org), "yunxi");
    assert_string_equal(qz_org_name(org), "郧西县人民政府");

    const char *leaders[] = {"county-head",
                             "executive-deputy",
                             "deputy-1",
                             "deputy-2",
                             "deputy-3",
                             "deputy-4",
                             "deputy-5",
                             "office-director",
                             "office-deputy-director-1",
                             "office-deputy-director-2",
                             "justice-principal",
                             "finance-deputy"};
    for (size_t i = 0; i < sizeof(leaders) / sizeof(*leaders); i++) {
        assert_int_equal(qz_org_kind_of(org, leaders[i]), QZ_ORG_POST);
        assert_non_null(qz_org_holder(org, leaders[i], d));
    }
    assert_string_equal(qz_org_post_role(org, "county-head"), "county-head");
    assert_string_equal(qz_org_post_role(org, "executive-deputy"), "executive-deputy");
    assert_int_equal(qz_org_role_post_count(org, "deputy", d), 5);
    assert_int_equal(qz_org_role_post_count(org, "office-deputy-director", d), 2);
    assert_int_equal(qz_org_role_post_count(org, "department-principal", d), 25);
    assert_int_equal(qz_org_role_post_count(org, "department-deputy", d), 25);
    assert_true(qz_org_role_post_count(org, "township-principal", d) >= 8);
    assert_true(qz_org_role_post_count(org, "institution-principal", d) >= 3);

    /* deputy-5 is the one deputy who is not a CPC member */
    for (int i = 1; i <= 5; i++) {
        char post[16];
        snprintf(post, sizeof(post), "deputy-%d", i);
        assert_int_equal(cpc_of(org, qz_org_holder(org, post, d)), i == 5 ? 0 : 1);
        assert_int_equal(member_on(org, post, d), i == 5 ? 0 : 1);
    }
    assert_string_equal(qz_org_ab_partner(org, "deputy-1", d), "deputy-2");
    assert_string_equal(qz_org_ab_partner(org, "deputy-4", d), "deputy-3");
    assert_null(qz_org_ab_partner(org, "deputy-5", d));

    /* every department has a leader in charge; each department has principal and deputy posts */
    size_t departments = 0;
    for (size_t i = 0; i < qz_org_unit_count(org); i++) {
        const char *u = qz_org_unit_at(org, i);
        if (strcmp(qz_org_unit_kind(org, u), "department") != 0)
            continue;
        departments++;
        if (qz_org_in_charge(org, u, d) == NULL)
            fail_msg("no leader in charge of %s", u);
        char post[160];
        snprintf(post, sizeof(post), "%s-principal", u);
        assert_string_equal(qz_org_post_role(org, post), "department-principal");
        snprintf(post, sizeof(post), "%s-deputy", u);
        assert_string_equal(qz_org_post_role(org, post), "department-deputy");
    }
    assert_int_equal(departments, 25);
    assert_string_equal(qz_org_tagged_unit_at(org, "legality-review", 0), "justice");
    assert_string_equal(qz_org_tagged_unit_at(org, "supervision", 0), "supervision-office");
    const char *outside[] = {"county-party-committee", "county-party-committee-office",
                             "county-congress",        "county-congress-standing-committee",
                             "county-cppcc",           "city-government",
                             "city-government-office", "city-party-committee-office"};
    for (size_t i = 0; i < sizeof(outside) / sizeof(*outside); i++)
        assert_string_equal(qz_org_unit_kind(org, outside[i]), "external");
    assert_string_equal(qz_org_party_group_secretary(org, d), "county-head");
    qz_org_free(org);
}

/* The demo's 2026 story: the county head away and entrusted, later away and
 * not entrusted; both AB partners away; a department principal away; a
 * mid-year change of holder. */
static void test_default_2026(void **state)
{
    (void)state;
    qz_org *org;
    QZT_OK(qz_org_default(&org));
    const char *head = qz_org_holder(org, "county-head", D("2026-03-10"));
    qz_org_absence a;
    assert_int_equal(away_on(org, head, D("2026-03-10"), &a), 1);
    assert_int_equal(a.away_from_county, 1);
    assert_string_equal(
        qz_org_entrusted_agent(org, "county-head", QZ_ORG_SCOPE_GOVERNMENT_WORK, NULL, D("2026-03-10")),
        "executive-deputy");
    assert_int_equal(away_on(org, head, D("2026-05-19"), NULL), 1);
    assert_null(
        qz_org_entrusted_agent(org, "county-head", QZ_ORG_SCOPE_GOVERNMENT_WORK, NULL, D("2026-05-19")));

    qz_date both = D("2026-04-15");
    assert_int_equal(away_on(org, qz_org_holder(org, "deputy-3", both), both, NULL), 1);
    assert_int_equal(away_on(org, qz_org_holder(org, "deputy-4", both), both, NULL), 1);
    assert_int_equal(
        away_on(org, qz_org_holder(org, "justice-principal", D("2026-06-09")), D("2026-06-09"), NULL), 1);

    const char *before = qz_org_holder(org, "finance-principal", D("2026-06-30"));
    const char *after = qz_org_holder(org, "finance-principal", D("2026-07-01"));
    assert_non_null(before);
    assert_non_null(after);
    assert_string_not_equal(before, after);
    assert_int_equal(qz_org_tenure_count(org, "finance-principal"), 2);
    qz_org_free(org);
}

/* ------------------------------------------------------------------ */
/* Lookups on the small fixture */

static void test_units_posts_people(void **state)
{
    (void)state;
    qz_org *org = load_data("org/small.xml");
    qz_date d = D("2026-01-05");
    assert_int_equal(qz_org_kind_of(org, "finance"), QZ_ORG_UNIT);
    assert_int_equal(qz_org_kind_of(org, "work-safety"), QZ_ORG_AREA);
    assert_int_equal(qz_org_kind_of(org, "deputy-1"), QZ_ORG_POST);
    assert_int_equal(qz_org_kind_of(org, "p1"), QZ_ORG_PERSON);
    assert_int_equal(qz_org_kind_of(org, "县长"), QZ_ORG_NONE); /* a name, not an id */
    assert_int_equal(qz_org_kind_of(org, "nothing"), QZ_ORG_NONE);
    assert_int_equal(qz_org_kind_of(org, NULL), QZ_ORG_NONE);

    assert_int_equal(qz_org_unit_count(org), 5);
    assert_string_equal(qz_org_unit_at(org, 0), "city-government"); /* sorted by id */
    assert_null(qz_org_unit_at(org, 5));
    assert_string_equal(qz_org_unit_name(org, "justice"), "县司法局");
    assert_string_equal(qz_org_unit_kind(org, "justice"), "department");
    assert_string_equal(qz_org_unit_parent(org, "justice"), "government");
    assert_null(qz_org_unit_parent(org, "government"));
    assert_null(qz_org_unit_name(org, "deputy-1")); /* a post, not a unit */
    assert_int_equal(qz_org_unit_tag_count(org, "justice"), 2);
    assert_string_equal(qz_org_unit_tag_at(org, "justice", 0), "legality-review");
    assert_string_equal(qz_org_unit_tag_at(org, "justice", 1), "normative-filing");
    assert_null(qz_org_unit_tag_at(org, "justice", 2));
    assert_int_equal(has_tag(org, "justice", "normative-filing"), 1);
    assert_int_equal(has_tag(org, "finance", "normative-filing"), 0);
    assert_int_equal(qz_org_tagged_unit_count(org, "superior-government"), 1);
    assert_string_equal(qz_org_tagged_unit_at(org, "superior-government", 0), "city-government");
    assert_int_equal(qz_org_tagged_unit_count(org, "nothing"), 0);
    assert_null(qz_org_tagged_unit_at(org, "nothing", 0));

    assert_int_equal(qz_org_unit_post_count(org, "government"), 4);
    assert_string_equal(qz_org_unit_post_at(org, "government", 0), "county-head");
    assert_string_equal(qz_org_unit_post_at(org, "government", 3), "executive-deputy");
    assert_int_equal(qz_org_unit_post_count(org, "city-government"), 0);
    assert_int_equal(qz_org_area_count(org), 1);
    assert_string_equal(qz_org_area_at(org, 0), "work-safety");
    assert_string_equal(qz_org_area_name(org, "work-safety"), "安全生产");

    assert_int_equal(qz_org_post_count(org), 8);
    assert_string_equal(qz_org_post_at(org, 0), "county-head");
    assert_string_equal(qz_org_post_name(org, "office-director"), "县政府办公室主任");
    assert_string_equal(qz_org_post_unit(org, "office-director"), "office");
    assert_int_equal(single(org, "office-director"), 1);
    assert_int_equal(single(org, "finance-staff"), 0);
    assert_int_equal(qz_org_role_post_count(org, "department-principal", d), 2);
    assert_string_equal(qz_org_role_post_at(org, "department-principal", d, 0), "finance-principal");
    assert_string_equal(qz_org_role_post_at(org, "department-principal", d, 1), "justice-principal");
    assert_null(qz_org_role_post_at(org, "department-principal", d, 2));
    assert_int_equal(qz_org_role_post_count(org, "no-such-role", d), 0);

    assert_int_equal(qz_org_person_count(org), 9);
    assert_string_equal(qz_org_person_at(org, 0), "p0");
    assert_string_equal(qz_org_person_name(org, "p4"), "丁四");
    assert_int_equal(cpc_of(org, "p4"), 0);
    assert_int_equal(cpc_of(org, "p3"), 1);
    int cpc = 7;
    assert_int_equal(qz_org_person_cpc(&cpc, org, "deputy-1"), QZ_ENOTFOUND);
    assert_int_equal(cpc, 0); /* an unknown id no longer tests true */
    assert_non_null(strstr(qz_error_message(qz_error_last()), "'deputy-1'"));
    assert_int_equal(qz_org_person_cpc(NULL, org, "p3"), QZ_EINVAL);
    qz_org_free(org);
}

static void test_tenure_history(void **state)
{
    (void)state;
    qz_org *org = load_data("org/small.xml");
    /* the day the Yunxi rules were adopted: the former county head */
    assert_string_equal(qz_org_holder(org, "county-head", D("2021-10-15")), "p0");
    assert_string_equal(qz_org_holder(org, "county-head", D("2022-01-09")), "p0");
    assert_string_equal(qz_org_holder(org, "county-head", D("2022-01-10")), "p1");
    assert_null(qz_org_holder(org, "county-head", D("2016-11-19")));
    assert_null(qz_org_holder(org, "executive-deputy", D("2021-05-31")));
    assert_string_equal(qz_org_holder(org, "finance-principal", D("2026-06-30")), "p7");
    assert_string_equal(qz_org_holder(org, "finance-principal", D("2026-07-01")), "p8");
    assert_null(qz_org_holder(org, "nothing", D("2026-07-01")));

    assert_int_equal(qz_org_tenure_count(org, "county-head"), 2);
    qz_org_tenure t;
    QZT_OK(qz_org_tenure_at(&t, org, "county-head", 0));
    assert_string_equal(t.person, "p0");
    assert_string_equal(t.post, "county-head");
    assert_int_equal(t.from, D("2016-11-20"));
    assert_int_equal(t.to, D("2022-01-09"));
    QZT_OK(qz_org_tenure_at(&t, org, "county-head", 1));
    assert_int_equal(t.to, QZ_ORG_DATE_MAX);
    assert_int_equal(qz_org_tenure_at(&t, org, "county-head", 2), QZ_ENOTFOUND);

    /* p7 moves from principal to staff on 2026-07-01 */
    assert_int_equal(qz_org_person_post_count(org, "p7", D("2026-06-30")), 1);
    assert_string_equal(qz_org_person_post_at(org, "p7", D("2026-06-30"), 0), "finance-principal");
    assert_int_equal(qz_org_person_post_count(org, "p7", D("2026-07-01")), 1);
    assert_string_equal(qz_org_person_post_at(org, "p7", D("2026-07-01"), 0), "finance-staff");
    assert_null(qz_org_person_post_at(org, "p7", D("2026-07-01"), 1));
    /* p6 holds two posts from 2026-07-01, listed by post id */
    assert_int_equal(qz_org_person_post_count(org, "p6", D("2026-07-01")), 2);
    assert_string_equal(qz_org_person_post_at(org, "p6", D("2026-07-01"), 0), "finance-staff");
    assert_string_equal(qz_org_person_post_at(org, "p6", D("2026-07-01"), 1), "justice-principal");

    /* a post with several holders */
    assert_int_equal(qz_org_holder_count(org, "finance-staff", D("2026-07-01")), 2);
    assert_string_equal(qz_org_holder_at(org, "finance-staff", D("2026-07-01"), 0), "p6");
    assert_string_equal(qz_org_holder_at(org, "finance-staff", D("2026-07-01"), 1), "p7");
    assert_null(qz_org_holder_at(org, "finance-staff", D("2026-07-01"), 2));
    assert_int_equal(qz_org_holder_count(org, "finance-staff", D("2026-06-30")), 0);
    assert_int_equal(qz_org_holder_count(org, "county-head", D("2026-06-30")), 1);
    qz_org_free(org);
}

static void test_absences(void **state)
{
    (void)state;
    qz_org *org = load_data("org/small.xml");
    qz_org_absence a;
    assert_int_equal(away_on(org, "p1", D("2026-03-08"), &a), 0);
    assert_int_equal(away_on(org, "p1", D("2026-03-09"), &a), 1);
    assert_string_equal(a.person, "p1");
    assert_int_equal(a.from, D("2026-03-09"));
    assert_int_equal(a.to, D("2026-03-13"));
    assert_int_equal(a.away_from_county, 1);
    assert_string_equal(a.reason, "赴外省考察");
    assert_int_equal(away_on(org, "p1", D("2026-03-13"), NULL), 1);
    assert_int_equal(away_on(org, "p1", D("2026-03-14"), NULL), 0);
    assert_int_equal(away_on(org, "p4", D("2026-04-16"), &a), 1);
    assert_int_equal(a.away_from_county, 0);
    assert_string_equal(a.reason, "");
    int away = 7;
    assert_int_equal(qz_org_person_away(&away, &a, org, "nobody", D("2026-04-16")), QZ_ENOTFOUND);
    assert_int_equal(away, 0);
    assert_null(a.person); /* zeroed on entry */
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOTFOUND);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "'nobody'"));
    assert_int_equal(qz_org_person_away(NULL, NULL, org, "p1", D("2026-04-16")), QZ_EINVAL);

    assert_int_equal(qz_org_absence_count(org, NULL), 3);
    assert_int_equal(qz_org_absence_count(org, "p3"), 1);
    assert_int_equal(qz_org_absence_count(org, "p2"), 0);
    QZT_OK(qz_org_absence_at(&a, org, NULL, 1));
    assert_string_equal(a.person, "p3");
    QZT_OK(qz_org_absence_at(&a, org, "p4", 0));
    assert_int_equal(a.from, D("2026-04-15"));
    assert_int_equal(qz_org_absence_at(&a, org, "p4", 1), QZ_ENOTFOUND);
    assert_int_equal(qz_org_absence_at(&a, org, NULL, 3), QZ_ENOTFOUND);
    qz_org_free(org);
}

static void test_portfolios_and_pairs(void **state)
{
    (void)state;
    qz_org *org = load_data("org/small.xml");
    qz_date d = D("2026-01-05");
    assert_string_equal(qz_org_in_charge(org, "finance", d), "executive-deputy");
    assert_string_equal(qz_org_in_charge(org, "work-safety", d), "deputy-1");
    assert_string_equal(qz_org_in_charge(org, "office", D("1999-01-01")), "office-director"); /* open start */
    assert_null(qz_org_in_charge(org, "finance", D("2021-05-31")));
    assert_null(qz_org_in_charge(org, "government", d));
    assert_null(qz_org_in_charge(org, "deputy-1", d));

    assert_int_equal(qz_org_portfolio_count(org, "deputy-1", d), 2);
    assert_string_equal(qz_org_portfolio_at(org, "deputy-1", d, 0), "justice");
    assert_string_equal(qz_org_portfolio_at(org, "deputy-1", d, 1), "work-safety");
    assert_null(qz_org_portfolio_at(org, "deputy-1", d, 2));
    assert_int_equal(qz_org_portfolio_count(org, "deputy-1", D("2020-01-01")), 0);
    assert_int_equal(qz_org_portfolio_count(org, "county-head", d), 0);

    assert_string_equal(qz_org_ab_partner(org, "deputy-1", d), "deputy-2");
    assert_string_equal(qz_org_ab_partner(org, "deputy-2", d), "deputy-1");
    assert_null(qz_org_ab_partner(org, "deputy-1", D("2021-05-31")));
    assert_null(qz_org_ab_partner(org, "executive-deputy", d));
    qz_org_free(org);
}

static void test_party_group_and_roles(void **state)
{
    (void)state;
    qz_org *org = load_data("org/small.xml");
    qz_date d = D("2026-01-05"), later = D("2027-01-01");
    assert_string_equal(qz_org_party_group_name(org), "示例县人民政府党组");
    assert_string_equal(qz_org_party_group_secretary(org, d), "county-head");
    assert_int_equal(qz_org_party_group_member_count(org, d), 4);
    assert_string_equal(qz_org_party_group_member_at(org, d, 0), "county-head");
    assert_string_equal(qz_org_party_group_member_at(org, d, 1), "deputy-1");
    assert_null(qz_org_party_group_member_at(org, d, 4));
    assert_int_equal(qz_org_party_group_member_count(org, later), 3); /* deputy-1 left on 2026-12-31 */
    assert_int_equal(member_on(org, "deputy-1", d), 1);
    assert_int_equal(member_on(org, "deputy-1", later), 0);
    assert_int_equal(member_on(org, "deputy-2", d), 0);

    assert_int_equal(has_role(org, "county-head", "county-head", d), 1);
    assert_int_equal(has_role(org, "county-head", "party-group-secretary", d), 1);
    assert_int_equal(has_role(org, "county-head", "party-group-member", d), 1);
    assert_int_equal(has_role(org, "executive-deputy", "party-group-secretary", d), 0);
    assert_int_equal(has_role(org, "executive-deputy", "party-group-member", d), 1);
    assert_int_equal(has_role(org, "deputy-1", "party-group-member", later), 0);
    assert_int_equal(has_role(org, "deputy-1", "deputy", later), 1);
    assert_int_equal(has_role(org, "deputy-1", "county-head", d), 0);
    assert_int_equal(qz_org_role_post_count(org, "party-group-secretary", d), 1);
    assert_string_equal(qz_org_role_post_at(org, "party-group-secretary", d, 0), "county-head");
    assert_int_equal(qz_org_role_post_count(org, "party-group-member", d), 4);
    qz_org_free(org);
}

static void test_entrustments(void **state)
{
    (void)state;
    qz_org *org = load_data("org/small.xml");
    qz_date trip = D("2026-03-10");
    assert_string_equal(qz_org_entrusted_agent(org, "county-head", QZ_ORG_SCOPE_GOVERNMENT_WORK, NULL, trip),
                        "executive-deputy");
    assert_null(
        qz_org_entrusted_agent(org, "county-head", QZ_ORG_SCOPE_GOVERNMENT_WORK, NULL, D("2026-03-14")));
    assert_null(qz_org_entrusted_agent(org, "county-head", QZ_ORG_SCOPE_MEETING, "executive", trip));
    /* a subject limits the entrustment; a query without subject takes any */
    assert_string_equal(qz_org_entrusted_agent(org, "county-head", QZ_ORG_SCOPE_SIGNING, "notice", trip),
                        "office-director");
    assert_null(qz_org_entrusted_agent(org, "county-head", QZ_ORG_SCOPE_SIGNING, "decision", trip));
    assert_string_equal(qz_org_entrusted_agent(org, "county-head", QZ_ORG_SCOPE_SIGNING, NULL, trip),
                        "office-director");

    assert_int_equal(qz_org_entrusted_count(org, "county-head", trip), 2);
    assert_int_equal(qz_org_entrusted_count(org, "county-head", D("2026-03-14")), 1);
    qz_org_entrustment e;
    QZT_OK(qz_org_entrusted_at(&e, org, "county-head", trip, 0));
    assert_string_equal(e.by, "county-head");
    assert_string_equal(e.agent, "office-director"); /* starts first */
    assert_int_equal(e.scope, QZ_ORG_SCOPE_SIGNING);
    assert_string_equal(e.subject, "notice");
    assert_int_equal(e.to, QZ_ORG_DATE_MAX);
    assert_string_equal(e.note, "");
    QZT_OK(qz_org_entrusted_at(&e, org, "county-head", trip, 1));
    assert_string_equal(e.agent, "executive-deputy");
    assert_null(e.subject);
    assert_string_equal(e.note, "县长外出期间");
    assert_int_equal(e.from, D("2026-03-09"));
    assert_int_equal(e.to, D("2026-03-13"));
    assert_int_equal(qz_org_entrusted_at(&e, org, "county-head", trip, 2), QZ_ENOTFOUND);
    assert_int_equal(qz_org_entrustment_count(org), 2);
    QZT_OK(qz_org_entrustment_at(&e, org, 1));
    assert_int_equal(qz_org_entrustment_at(&e, org, 2), QZ_ENOTFOUND);

    assert_string_equal(qz_org_scope_name(QZ_ORG_SCOPE_GOVERNMENT_WORK), "government-work");
    assert_string_equal(qz_org_scope_name(QZ_ORG_SCOPE_OTHER), "other");
    assert_null(qz_org_scope_name(0));
    assert_null(qz_org_scope_name(5));
    qz_org_free(org);
}

/* Every accessor takes NULL and unknown ids without crashing. */
static void test_null_and_unknown(void **state)
{
    (void)state;
    qz_org_absence a;
    qz_org_tenure t;
    qz_org_entrustment e;
    assert_null(qz_org_id(NULL));
    assert_int_equal(qz_org_unit_count(NULL), 0);
    assert_null(qz_org_holder(NULL, "county-head", 0));
    int yes_no = 7;
    assert_int_equal(qz_org_person_away(&yes_no, &a, NULL, "p1", 0), QZ_EINVAL);
    assert_int_equal(qz_error_code(qz_error_last()), QZ_EINVAL);
    assert_int_equal(yes_no, 0);
    assert_int_equal(qz_org_tenure_at(&t, NULL, "x", 0), QZ_EINVAL);
    assert_int_equal(qz_org_entrustment_at(&e, NULL, 0), QZ_EINVAL);
    assert_int_equal(qz_org_equal(&yes_no, NULL, NULL), QZ_EINVAL);
    assert_int_equal(qz_org_equal(NULL, NULL, NULL), QZ_EINVAL);
    assert_null(qz_org_in_charge(NULL, "x", 0));
    assert_null(qz_org_party_group_secretary(NULL, 0));
    assert_int_equal(qz_org_role_post_count(NULL, "deputy", 0), 0);
    assert_null(qz_org_ref(NULL));
    qz_org_free(NULL);

    qz_org *org = load_data("org/small.xml");
    assert_null(qz_org_holder(org, NULL, 0));
    assert_null(qz_org_post_role(org, "p1"));
    assert_int_equal(qz_org_holder_count(org, "nothing", 0), 0);
    assert_int_equal(qz_org_person_post_count(org, "nothing", 0), 0);
    assert_int_equal(qz_org_unit_tag_count(org, "nothing"), 0);
    assert_int_equal(qz_org_portfolio_count(org, "nothing", 0), 0);
    assert_int_equal(qz_org_entrusted_count(org, "nothing", 0), 0);
    assert_int_equal(qz_org_entrusted_at(&e, org, "nothing", 0, 0), QZ_ENOTFOUND);
    assert_null(e.by);
    yes_no = 7;
    assert_int_equal(qz_org_post_has_role(&yes_no, org, "county-head", NULL, 0), QZ_EINVAL);
    assert_int_equal(yes_no, 0);
    assert_int_equal(qz_org_post_has_role(&yes_no, org, "nothing", "deputy", 0), QZ_ENOTFOUND);
    assert_int_equal(qz_org_party_group_is_member(&yes_no, org, "nothing", 0), QZ_ENOTFOUND);
    assert_int_equal(qz_org_unit_has_tag(&yes_no, org, "nothing", "x"), QZ_ENOTFOUND);
    assert_int_equal(qz_org_post_single(&yes_no, org, "nothing"), QZ_ENOTFOUND);
    /* past the end and NULL organisations are recorded too */
    assert_null(qz_org_unit_at(org, 999));
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOTFOUND);
    assert_null(qz_org_holder_at(org, "county-head", D("2026-03-10"), 5));
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOTFOUND);
    assert_int_equal(qz_org_post_count(NULL), 0);
    assert_int_equal(qz_error_code(qz_error_last()), QZ_EINVAL);
    /* every unknown id is recorded, naming the id */
    assert_null(qz_org_post_name(org, "no-such-post"));
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOTFOUND);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "'no-such-post'"));
    assert_null(qz_org_in_charge(org, "no-such-matter", 0));
    assert_non_null(strstr(qz_error_message(qz_error_last()), "'no-such-matter'"));
    assert_int_equal(qz_org_tenure_at(&t, org, "county-head", 99), QZ_ENOTFOUND);
    assert_null(t.post);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "'county-head'"));
    assert_null(qz_org_ab_partner(org, "p1", 0));

    /* a reference keeps the organisation alive */
    qz_org *again = qz_org_ref(org);
    assert_ptr_equal(again, org);
    qz_org_free(org);
    assert_string_equal(qz_org_id(again), "small");
    qz_org_free(again);
}

/* ------------------------------------------------------------------ */
/* Every check: code, line, column and message */

typedef struct bad_case {
    const char *file;
    int code;
    int line, column; /* column 0: not checked */
    const char *message;
} bad_case;

static const bad_case bad_cases[] = {
    {"bad-duplicate-id", QZ_ESCHEMA, 33, 5, "duplicate id 'deputy-1' (first defined at line 16, column 5)"},
    {"bad-unknown-person", QZ_ESCHEMA, 46, 5, "unknown person 'p99'"},
    {"bad-wrong-kind", QZ_ESCHEMA, 46, 5, "'finance' is a unit, not a post"},
    {"bad-unknown-parent", QZ_ESCHEMA, 7, 5, "unknown parent unit 'nowhere'"},
    {"bad-parent-cycle", QZ_ESCHEMA, 4, 5, "its own ancestor"},
    {"bad-unknown-matter", QZ_ESCHEMA, 54, 7, "unknown unit or area 'nothing'"},
    {"bad-two-holders", QZ_ESCHEMA, 46, 5,
     "post 'county-head' would have two holders on 2026-01-01 ('p2' and another) (clashes with line 36, "
     "column 5)"},
    {"bad-tenure-backwards", QZ_ESCHEMA, 43, 5, "ends on 2026-06-30 before it starts on 2026-07-01"},
    {"bad-same-person-twice", QZ_ESCHEMA, 46, 5, "'p6' would hold post 'finance-staff' twice on 2026-08-01"},
    {"bad-ab-two-pairs", QZ_ESCHEMA, 61, 5,
     "post 'deputy-1' would be in two AB pairs on 2026-01-01 (clashes with line 60, column 5)"},
    {"bad-ab-self", QZ_ESCHEMA, 60, 5, "AB pair of 'deputy-1' with itself"},
    {"bad-entrust-cycle", QZ_ESCHEMA, 71, 5,
     "entrustment cycle on 2026-03-10: executive-deputy -> county-head -> executive-deputy (scope "
     "government-work) (clashes with line 69, column 5)"},
    {"bad-entrust-cycle3", QZ_ESCHEMA, 73, 5,
     "entrustment cycle on 2026-05-01: deputy-1 -> county-head -> office-director -> executive-deputy -> "
     "deputy-1 (scope signing) (clashes with line 72, column 5)"},
    {"bad-entrust-self", QZ_ESCHEMA, 71, 5, "'deputy-1' entrusts itself"},
    {"bad-absence-overlap", QZ_ESCHEMA, 76, 5,
     "two absences of 'p1' overlap from 2026-03-12 to 2026-03-13 (clashes with line 73, column 5)"},
    {"bad-impossible-date", QZ_ESCHEMA, 75, 5, "'2026-02-29' in 'from' is not a date that exists"},
    {"bad-two-leaders", QZ_ESCHEMA, 59, 7,
     "'finance' would have two leaders in charge on 2026-01-01 ('deputy-2' and another)"},
    {"bad-two-secretaries", QZ_ESCHEMA, 64, 5, "the party group would have two secretaries on 2026-06-01"},
    {"bad-member-twice", QZ_ESCHEMA, 67, 5,
     "post 'deputy-1' is listed twice in the party group on 2026-12-01"},
    {"bad-reserved-role", QZ_ESCHEMA, 21, 5, "role 'party-group-member' comes from <party-group>"},
    {"bad-utf8", QZ_EPARSE, 27, 0, ""},
    {"bad-schema", QZ_ESCHEMA, 27, 0, ""},
    {"bad-id-syntax", QZ_ESCHEMA, 27, 0, ""},
    {"bad-version", QZ_ESCHEMA, 2, 0, ""},
};

static void expect_refused(const bad_case *c, int rc, const qz_org *org, const char *file)
{
    const qz_error *e = qz_error_last();
    if (rc != c->code || org)
        fail_msg("%s: rc %d (want %d): %s", c->file, rc, c->code, qz_error_message(e));
    assert_int_equal(qz_error_code(e), c->code);
    if (qz_error_line(e) != c->line || (c->column && qz_error_column(e) != c->column))
        fail_msg("%s: at %d:%d, want %d:%d: %s", c->file, qz_error_line(e), qz_error_column(e), c->line,
                 c->column, qz_error_message(e));
    if (strstr(qz_error_message(e), c->message) == NULL)
        fail_msg("%s: message '%s' lacks '%s'", c->file, qz_error_message(e), c->message);
    assert_non_null(qz_error_file(e));
    assert_non_null(strstr(qz_error_file(e), file));
}

static void test_checks(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(bad_cases) / sizeof(*bad_cases); i++) {
        const bad_case *c = &bad_cases[i];
        char name[128];
        snprintf(name, sizeof(name), "org/%s.xml", c->file);
        qz_org *org = (qz_org *)1;
        int rc = qz_org_load_file(&org, qzt_data(name));
        expect_refused(c, rc, org, c->file);
        /* the same from memory, under the name given */
        size_t len;
        char *text = qzt_read_file(qzt_data(name), &len);
        org = (qz_org *)1;
        rc = qz_org_load_memory(&org, text, len, "upload.xml");
        expect_refused(c, rc, org, "upload.xml");
        free(text);
    }
}

static void test_bad_arguments(void **state)
{
    (void)state;
    qz_org *org = (qz_org *)1;
    assert_int_equal(qz_org_load_file(&org, "/nonexistent/org.xml"), QZ_EIO);
    assert_null(org);
    assert_int_equal(qz_org_load_file(&org, NULL), QZ_EINVAL);
    assert_int_equal(qz_org_load_file(NULL, "x"), QZ_EINVAL);
    assert_int_equal(qz_org_load_memory(&org, NULL, 5, NULL), QZ_EINVAL);
    assert_int_equal(qz_org_load_memory(&org, "", 0, NULL), QZ_EPARSE);
    assert_string_equal(qz_error_file(qz_error_last()), "<memory>");
    char *text;
    assert_int_equal(qz_org_save(&text, NULL, NULL), QZ_EINVAL);
    assert_int_equal(qz_org_save_file(NULL, "/tmp/x"), QZ_EINVAL);
    qz_org *small = load_data("org/small.xml");
    assert_int_equal(qz_org_save_file(small, "/nonexistent/dir/org.xml"), QZ_EIO);
    qz_org_free(small);
    /* another format's root element */
    const char *calendar = "<?xml version='1.0'?>\n<calendar region='cn'/>\n";
    assert_true(qz_org_load_memory(&org, calendar, strlen(calendar), NULL) < 0);
    assert_null(org);
}

/* ------------------------------------------------------------------ */
/* Hostile input: each refused quickly, nothing opened */

/* Hostile input is bounded by the work it causes, not by a clock (which a slow
 * or busy machine would trip): the loader's allocations are counted. Tables
 * grow geometrically, so a refused document needs a few dozen, whatever its
 * size, and a valid one fewer than one per ten rows. */
static long allocations_while_loading(qz_org **org, const char *text, size_t len, int *rc)
{
    qzt_alloc_install(0);
    *rc = qz_org_load_memory(org, text, len, "hostile.xml");
    long n = qzt_alloc_count();
    qzt_alloc_uninstall();
    return n;
}

static int load_text(const char *text, size_t len)
{
    qz_org *org = (qz_org *)1;
    int rc;
    assert_true(allocations_while_loading(&org, text, len, &rc) <= 1000);
    assert_null(org);
    assert_true(rc < 0);
    assert_true(qz_error_line(qz_error_last()) > 0 || rc == QZ_ELIMIT);
    return rc;
}

static void test_hostile_doctype_and_entities(void **state)
{
    (void)state;
    const char *doctype = "<?xml version='1.0'?>\n<!DOCTYPE organisation>\n"
                          "<organisation version='1' id='x' name='x'/>\n";
    assert_int_equal(load_text(doctype, strlen(doctype)), QZ_EPARSE);
    assert_int_equal(qz_error_line(qz_error_last()), 2);
    size_t len;
    char *laughs = qzt_read_file(qzt_data("org/hostile-billion-laughs.xml"), &len);
    assert_int_equal(load_text(laughs, len), QZ_EPARSE);
    free(laughs);
    qz_org *org;
    assert_int_equal(qz_org_load_file(&org, qzt_data("org/hostile-doctype.xml")), QZ_EPARSE);
}

/* An external entity (and an external DTD) aimed at a local file: refused,
 * and an inotify watch proves the file was never opened. */
static void test_hostile_xxe_opens_nothing(void **state)
{
    (void)state;
    qzt_watched w;
    qzt_watch_begin(&w, "/tmp/qz-org-xxe-XXXXXX");

    char doc[1024];
    snprintf(doc, sizeof(doc),
             "<?xml version='1.0'?>\n<!DOCTYPE organisation [<!ENTITY xxe SYSTEM 'file://%s'>]>\n"
             "<organisation version='1' id='x' name='&xxe;'/>\n",
             w.path);
    assert_int_equal(load_text(doc, strlen(doc)), QZ_EPARSE);
    snprintf(doc, sizeof(doc),
             "<?xml version='1.0'?>\n<!DOCTYPE organisation SYSTEM '%s'>\n"
             "<organisation version='1' id='x' name='x'/>\n",
             w.path);
    assert_int_equal(load_text(doc, strlen(doc)), QZ_EPARSE);
    /* and the same through a file the library reads */
    char xxe_file[300];
    snprintf(xxe_file, sizeof(xxe_file), "%s/xxe.xml", w.dir);
    FILE *f = fopen(xxe_file, "w");
    assert_non_null(f);
    fprintf(f,
            "<?xml version='1.0'?>\n<!DOCTYPE organisation [<!ENTITY xxe SYSTEM 'file://%s'>]>\n"
            "<organisation version='1' id='x' name='&xxe;'/>\n",
            w.path);
    fclose(f);
    qz_org *org;
    assert_int_equal(qz_org_load_file(&org, xxe_file), QZ_EPARSE);

    qzt_watch_assert_unopened(&w);
    unlink(xxe_file);
    qzt_watch_end(&w);
}

static void test_hostile_sizes(void **state)
{
    (void)state;
    /* 10,000-deep nesting */
    size_t depth = 10000;
    char *doc = malloc(depth * 16 + 128), *p = doc;
    p += sprintf(p, "<organisation version='1' id='x' name='x'>");
    for (size_t i = 0; i < depth; i++)
        p += sprintf(p, "<units>");
    for (size_t i = 0; i < depth; i++)
        p += sprintf(p, "</units>");
    p += sprintf(p, "</organisation>");
    assert_true(load_text(doc, (size_t)(p - doc)) < 0);
    free(doc);

    /* a 2 MiB name, and 1 MiB of text */
    size_t n = 2u << 20;
    doc = malloc(n + 256);
    p = doc + sprintf(doc, "<organisation version='1' id='x' name='");
    memset(p, 'x', n);
    p += n;
    p += sprintf(p, "'/>");
    assert_true(load_text(doc, (size_t)(p - doc)) < 0);
    p = doc + sprintf(doc, "<organisation version='1' id='x' name='x'><units>");
    memset(p, 'y', n / 2);
    p += n / 2;
    p += sprintf(p, "</units></organisation>");
    assert_true(load_text(doc, (size_t)(p - doc)) < 0);

    /* a 1 MiB file of many small valid rows loads, with fewer allocations than a tenth of its rows */
    p = doc + sprintf(doc, "<organisation version='1' id='x' name='x'><people>\n");
    long rows = 0;
    for (; (size_t)(p - doc) < (1u << 20) - 64; rows++)
        p += sprintf(p, "<person id='p%ld' name='n' cpc='true'/>\n", rows);
    p += sprintf(p, "</people></organisation>");
    qz_org *org;
    int rc;
    assert_true(allocations_while_loading(&org, doc, (size_t)(p - doc), &rc) < rows / 10);
    QZT_OK(rc);
    assert_true(qz_org_person_count(org) > 20000);
    qz_org_free(org);

    /* 1 MiB of one matter listed again and again: refused */
    p = doc + sprintf(doc, "<organisation version='1' id='x' name='x'><units><unit id='a' kind='k' name='n'/>"
                           "</units><posts><post id='p' unit='a' role='r' name='n'/></posts><portfolios>"
                           "<portfolio post='p'>\n");
    while ((size_t)(p - doc) < (1u << 20) - 64)
        p += sprintf(p, "<matter ref='a'/>\n");
    p += sprintf(p, "</portfolio></portfolios></organisation>");
    assert_int_equal(load_text(doc, (size_t)(p - doc)), QZ_ESCHEMA);
    assert_non_null(
        strstr(qz_error_message(qz_error_last()), "'a' would have two leaders in charge on any day"));

    /* a unit with 100,000 tags, and one given twice */
    p = doc +
        sprintf(doc,
                "<organisation version='1' id='x' name='x'><units><unit id='a' kind='k' name='n' tags='");
    for (int i = 0; i < 100000; i++)
        p += sprintf(p, "t%d ", i);
    p += sprintf(p, "'/></units></organisation>");
    assert_int_equal(load_text(doc, (size_t)(p - doc)), QZ_ELIMIT);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "more than 64 tags"));
    const char *twice = "<organisation version='1' id='x' name='x'><units>"
                        "<unit id='a' kind='k' name='n' tags='x y x'/></units></organisation>";
    assert_int_equal(load_text(twice, strlen(twice)), QZ_ESCHEMA);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "tag 'x' is given twice"));
    free(doc);
}

static void test_hostile_encoding(void **state)
{
    (void)state;
    const char bad_utf8[] = "<organisation version='1' id='x' name='\xc3\x28'/>";
    assert_int_equal(load_text(bad_utf8, sizeof(bad_utf8) - 1), QZ_EPARSE);
    const char overlong[] = "<organisation version='1' id='x' name='\xc0\xaf'/>";
    assert_int_equal(load_text(overlong, sizeof(overlong) - 1), QZ_EPARSE);
    const char with_nul[] = "<organisation version='1' id='x' name='a\0b'/>";
    assert_int_equal(load_text(with_nul, sizeof(with_nul) - 1), QZ_EPARSE);
    const char nul_after[] = "<organisation version='1' id='x' name='x'/>\0\0";
    assert_int_equal(load_text(nul_after, sizeof(nul_after) - 1), QZ_EPARSE);
    qz_org *org;
    assert_int_equal(qz_org_load_file(&org, qzt_data("org/bad-utf8.xml")), QZ_EPARSE);
}

/* ------------------------------------------------------------------ */
/* Round trips */

static char *save(const qz_org *org, size_t *len)
{
    char *text;
    QZT_OK(qz_org_save(&text, len, org));
    assert_int_equal(strlen(text), *len);
    return text;
}

static void round_trip(qz_org *org)
{
    size_t len1, len2;
    char *first = save(org, &len1);
    qz_org *again;
    if (qz_org_load_memory(&again, first, len1, "saved.xml") != QZ_OK)
        fail_msg("reload: %s", qz_error_message(qz_error_last()));
    assert_int_equal(same_org(org, again), 1);
    char *second = save(again, &len2);
    assert_int_equal(len1, len2);
    assert_memory_equal(first, second, len1);
    qz_free(first);
    qz_free(second);
    qz_org_free(again);
}

static void test_round_trip(void **state)
{
    (void)state;
    qz_org *def;
    QZT_OK(qz_org_default(&def));
    round_trip(def);
    qz_org *small = load_data("org/small.xml");
    round_trip(small);
    assert_int_equal(same_org(small, def), 0);

    /* another order of the same rows is the same organisation */
    qz_org *reordered = load_data("org/small-reordered.xml");
    assert_int_equal(same_org(small, reordered), 1);

    /* through a file */
    char path[] = "/tmp/qz-org-save-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    QZT_OK(qz_org_save_file(small, path));
    qz_org *from_file;
    QZT_OK(qz_org_load_file(&from_file, path));
    assert_int_equal(same_org(small, from_file), 1);
    unlink(path);

    /* special characters survive */
    const char *text = "<organisation version='1' id='x' name='a&amp;b &lt;&quot;&apos;&gt;&#10;c'>"
                       "<people><person id='p' name='张&#9;三' cpc='false'/></people></organisation>";
    qz_org *odd;
    QZT_OK(qz_org_load_memory(&odd, text, strlen(text), NULL));
    assert_string_equal(qz_org_name(odd), "a&b <\"'>\nc");
    round_trip(odd);

    qz_org_free(odd);
    qz_org_free(from_file);
    qz_org_free(reordered);
    qz_org_free(small);
    qz_org_free(def);
}

static void test_empty_organisation(void **state)
{
    (void)state;
    const char *text = "<organisation version='1' id='empty' name='空'/>";
    qz_org *org;
    QZT_OK(qz_org_load_memory(&org, text, strlen(text), NULL));
    assert_int_equal(qz_org_unit_count(org), 0);
    assert_null(qz_org_party_group_name(org));
    assert_null(qz_org_party_group_secretary(org, 0));
    assert_int_equal(qz_org_party_group_member_count(org, 0), 0);
    assert_int_equal(qz_org_tagged_unit_count(org, "x"), 0);
    round_trip(org);
    qz_org_free(org);
}

/* ------------------------------------------------------------------ */
/* Out of memory: every failing allocation gives QZ_ENOMEM and leaks nothing */

typedef struct oom_ctx {
    const char *text;
    size_t len;
    qz_org *org;
    char *saved;
} oom_ctx;

static int oom_load(void *p)
{
    oom_ctx *c = p;
    int rc = qz_org_load_memory(&c->org, c->text, c->len, "oom.xml");
    if (rc == QZ_OK)
        assert_non_null(c->org);
    else
        assert_null(c->org);
    return rc;
}

static int oom_save(void *p)
{
    oom_ctx *c = p;
    size_t len;
    return qz_org_save(&c->saved, &len, c->org);
}

static void oom_cleanup(void *p)
{
    oom_ctx *c = p;
    qz_org_free(c->org);
    c->org = NULL;
}

static void oom_cleanup_saved(void *p)
{
    oom_ctx *c = p;
    qz_free(c->saved);
    c->saved = NULL;
}

static void test_oom(void **state)
{
    (void)state;
    size_t len;
    char *text = qzt_read_file(qzt_data("org/small.xml"), &len);
    oom_ctx c = {text, len, NULL, NULL};
    long runs = qzt_oom_loop(oom_load, oom_cleanup, &c);
    assert_true(runs > 10);

    /* a refused document under memory pressure still fails cleanly */
    size_t bad_len;
    char *bad = qzt_read_file(qzt_data("org/bad-entrust-cycle3.xml"), &bad_len);
    oom_ctx b = {bad, bad_len, NULL, NULL};
    for (long n = 1; n < 400; n++) {
        qzt_alloc_install(n);
        int rc = oom_load(&b);
        int refused = qzt_alloc_failed();
        oom_cleanup(&b);
        long live = qzt_alloc_live();
        qzt_alloc_uninstall();
        assert_true(rc == QZ_ENOMEM || rc == QZ_ESCHEMA);
        assert_int_equal(live, 0);
        if (!refused)
            break;
    }
    free(bad);

    if (qz_org_load_memory(&c.org, text, len, NULL) != QZ_OK)
        fail_msg("%s", qz_error_message(qz_error_last()));
    qzt_oom_loop(oom_save, oom_cleanup_saved, &c);
    qz_org_free(c.org);
    free(text);
}

/* rank: the published order of leaders. A role's posts are listed by rank
 * (unranked last, by id), the rank survives a save, and it is checked. */
static void test_post_rank(void **state)
{
    (void)state;
    qz_org *o = NULL, *o2 = NULL;
    char *text = NULL;
    size_t len = 0;
    int rank = -1, same = 0;
    QZT_OK(qz_org_load_file(&o, qzt_data("rules/third-county-org.xml")));
    QZT_OK(qz_org_post_rank(&rank, o, "deputy-b"));
    assert_int_equal(rank, 3);
    QZT_OK(qz_org_post_rank(&rank, o, "deputy-c"));
    assert_int_equal(rank, 0);
    qz_date d = 0;
    QZT_OK(qz_date_parse(&d, "2025-03-01"));
    assert_int_equal(qz_org_role_post_count(o, "deputy", d), 3);
    assert_string_equal(qz_org_role_post_at(o, "deputy", d, 0), "deputy-b");
    assert_string_equal(qz_org_role_post_at(o, "deputy", d, 1), "deputy-a");
    assert_string_equal(qz_org_role_post_at(o, "deputy", d, 2), "deputy-c");
    assert_int_equal(qz_org_post_rank(&rank, o, "nobody"), QZ_ENOTFOUND);
    assert_int_equal(rank, 0);
    assert_int_equal(qz_org_post_rank(NULL, o, "deputy-b"), QZ_EINVAL);

    QZT_OK(qz_org_save(&text, &len, o));
    assert_non_null(strstr(text, "rank=\"3\""));
    QZT_OK(qz_org_load_memory(&o2, text, len, "saved.xml"));
    QZT_OK(qz_org_equal(&same, o, o2));
    assert_true(same);
    qz_free(text);
    qz_org_free(o2);
    o2 = NULL;

    static const char bad[] = "<organisation version=\"1\" id=\"x\" name=\"x\">\n"
                              "<units><unit id=\"g\" kind=\"government\" name=\"g\"/></units>\n"
                              "<posts><post id=\"p\" unit=\"g\" role=\"r\" name=\"p\" rank=\"0\"/></posts>\n"
                              "</organisation>\n";
    assert_int_equal(qz_org_load_memory(&o2, bad, sizeof(bad) - 1, "bad.xml"), QZ_ESCHEMA);
    assert_null(o2);
    assert_int_equal(qz_error_line(qz_error_last()), 3);
    qz_org_free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_shape),
        cmocka_unit_test(test_default_2026),
        cmocka_unit_test(test_units_posts_people),
        cmocka_unit_test(test_tenure_history),
        cmocka_unit_test(test_absences),
        cmocka_unit_test(test_portfolios_and_pairs),
        cmocka_unit_test(test_party_group_and_roles),
        cmocka_unit_test(test_entrustments),
        cmocka_unit_test(test_null_and_unknown),
        cmocka_unit_test(test_checks),
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_hostile_doctype_and_entities),
        cmocka_unit_test(test_hostile_xxe_opens_nothing),
        cmocka_unit_test(test_hostile_sizes),
        cmocka_unit_test(test_hostile_encoding),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_empty_organisation),
        cmocka_unit_test(test_oom),
        cmocka_unit_test(test_post_rank),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
