/* Fuzz target: the organisation loader, every lookup on what it accepts, and
 * the round trip (what loads must save, reload and compare equal). */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>

#include "quanze.h"

static void lookups(const qz_org *org, qz_date d)
{
    qz_org_absence a;
    qz_org_entrustment e;
    for (size_t i = 0; i < qz_org_post_count(org); i++) {
        const char *post = qz_org_post_at(org, i);
        qz_org_holder(org, post, d);
        for (size_t k = 0; k < qz_org_holder_count(org, post, d); k++)
            qz_org_holder_at(org, post, d, k);
        qz_org_ab_partner(org, post, d);
        int has = 0;
        qz_org_post_has_role(&has, org, post, "party-group-member", d);
        for (size_t k = 0; k < qz_org_portfolio_count(org, post, d); k++)
            qz_org_in_charge(org, qz_org_portfolio_at(org, post, d, k), d);
        for (size_t k = 0; k < qz_org_entrusted_count(org, post, d); k++)
            qz_org_entrusted_at(&e, org, post, d, k);
        qz_org_entrusted_agent(org, post, QZ_ORG_SCOPE_MEETING, "executive", d);
        qz_org_role_post_count(org, qz_org_post_role(org, post), d);
    }
    for (size_t i = 0; i < qz_org_person_count(org); i++) {
        const char *person = qz_org_person_at(org, i);
        int away = 0;
        qz_org_person_away(&away, &a, org, person, d);
        for (size_t k = 0; k < qz_org_person_post_count(org, person, d); k++)
            qz_org_person_post_at(org, person, d, k);
    }
    for (size_t i = 0; i < qz_org_unit_count(org); i++) {
        const char *unit = qz_org_unit_at(org, i);
        qz_org_in_charge(org, unit, d);
        qz_org_unit_parent(org, unit);
        for (size_t k = 0; k < qz_org_unit_tag_count(org, unit); k++)
            qz_org_tagged_unit_count(org, qz_org_unit_tag_at(org, unit, k));
    }
    qz_org_party_group_secretary(org, d);
    qz_org_party_group_member_count(org, d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qz_org *org = NULL;
    if (qz_org_load_memory(&org, (const char *)data, size, "fuzz.xml") != QZ_OK)
        return 0;
    const qz_date dates[] = {QZ_ORG_DATE_MIN, 0, 20522, 20523, 20700, QZ_ORG_DATE_MAX};
    for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++)
        lookups(org, dates[i]);
    char *xml = NULL;
    size_t len = 0;
    if (qz_org_save(&xml, &len, org) == QZ_OK) {
        qz_org *again = NULL;
        int same = 0;
        if (qz_org_load_memory(&again, xml, len, "saved.xml") != QZ_OK ||
            qz_org_equal(&same, org, again) != QZ_OK || !same)
            abort(); /* what loads must round-trip */
        qz_org_free(again);
        qz_free(xml);
    }
    qz_org_free(org);
    return 0;
}
