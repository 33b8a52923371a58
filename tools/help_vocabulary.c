/* The part of a command's help that depends on the rule set: the document
 * kinds, issuers, recipients and signing facts of the rule set the command
 * would load (--rules FILE, or the embedded one), not a fixed list. */
#include <string.h>
#include "cli.h"

static void list(FILE *f, const char *title, const qz_rules *r, qz_rules_section s)
{
    size_t i, n = qz_rules_count(r, s);
    fprintf(f, "  %-12s", title);
    for (i = 0; i < n; i++)
        fprintf(f, "%s%s (%s)", i ? ", " : "", qz_rules_entry_id(r, s, i), qz_rules_entry_label(r, s, i));
    fputs(n ? "\n" : "(none)\n", f);
}

void qzc_help_vocabulary(const qzc_globals *g, const char *command, FILE *f)
{
    qz_rules *r = NULL;
    size_t i, n;
    if (strcmp(command, "sign") != 0)
        return;
    if ((g && g->rules ? qz_rules_load_file(&r, g->rules) : qz_rules_default(&r)) != QZ_OK) {
        fprintf(f, "\n(the rule set %s could not be loaded to list its vocabulary)\n",
                g && g->rules ? g->rules : "(embedded)");
        return;
    }
    fprintf(f, "\nVocabulary of the rule set %s (%s):\n", qz_rules_id(r), qz_rules_title(r));
    list(f, "kinds", r, QZ_RULES_DOCUMENT_KIND);
    list(f, "issuers", r, QZ_RULES_ISSUER);
    list(f, "recipients", r, QZ_RULES_RECIPIENT);
    n = qz_rules_sign_fact_count(r);
    fprintf(f, "  %-12s", "flags");
    for (i = 0; i < n; i++)
        fprintf(f, "%s%s", i ? ", " : "", qz_rules_sign_fact(r, i));
    fputs(n ? "\n" : "(none)\n", f);
    qz_rules_free(r);
}
