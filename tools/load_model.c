/* Loading the model: rules, organisation and calendar bound together. */
#include "cli.h"

/* Loads the rule set or organisation named by @p path, or the default. */
static int load_rules(qz_rules **out, const char *path)
{
    return path ? qz_rules_load_file(out, path) : qz_rules_default(out);
}

static int load_org(qz_org **out, const char *path)
{
    return path ? qz_org_load_file(out, path) : qz_org_default(out);
}

int qzc_load_model(qzc_ctx *c, const qz_model **out)
{
    const qz_calendar *cal;
    qz_rules *rules = NULL;
    qz_org *org = NULL;
    int rc;

    if (c->model) {
        *out = c->model;
        return 0;
    }
    if ((rc = load_rules(&rules, c->g.rules)) != QZ_OK) {
        qzc_print_error(stderr, c->g.rules);
        return QZC_EXIT_DATA; /* any failure to load a data file is bad input data */
    }
    if ((rc = load_org(&org, c->g.org)) != QZ_OK) {
        qz_rules_free(rules);
        qzc_print_error(stderr, c->g.org);
        return QZC_EXIT_DATA; /* any failure to load a data file is bad input data */
    }
    if ((rc = qzc_load_calendar(c, &cal)) == 0) {
        int st = qz_model_new(&c->model, rules, org, cal);
        if (st != QZ_OK) {
            qzc_print_error(stderr, NULL);
            rc = QZC_EXIT_DATA; /* the files do not fit together */
        }
    }
    qz_rules_free(rules);
    qz_org_free(org);
    if (rc == 0)
        *out = c->model;
    return rc;
}

void qzc_model_free(qzc_ctx *c)
{
    qz_model_free(c->model);
    c->model = NULL;
}
