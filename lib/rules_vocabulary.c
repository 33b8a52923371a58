/* The rule set's own vocabularies of facts: the signing facts (the `flags`
 * of <when> beyond the four built-in ones) and the facts the normative checks
 * name, for programs that list what a request may name (the CLI's help,
 * `sign --flag`, `normative --fact`). */
#include "rules.h"

size_t qz_rules_sign_fact_count(const qz_rules *rules)
{
    return rules ? rules->sign_facts.n : 0;
}

const char *qz_rules_sign_fact(const qz_rules *rules, size_t i)
{
    return rules && i < rules->sign_facts.n ? rules->sign_facts.ids[i] : NULL;
}

size_t qz_rules_check_fact_count(const qz_rules *rules)
{
    return rules ? rules->flags.n : 0;
}

const char *qz_rules_check_fact(const qz_rules *rules, size_t i)
{
    return rules && i < rules->flags.n ? rules->flags.ids[i] : NULL;
}
