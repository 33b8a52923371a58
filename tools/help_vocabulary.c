/* The part of a command's help that depends on the rule set: the document
 * kinds, issuers, recipients and signing facts (sign), the periodic
 * obligations (periodic), the meetings and substitution rules (substitute),
 * the facts of the normative checks (normative) of the rule set the command
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

static void facts(FILE *f, const char *title, const qz_rules *r, size_t (*count)(const qz_rules *),
                  const char *(*fact)(const qz_rules *, size_t))
{
    size_t i, n = count(r);
    fprintf(f, "  %-12s", title);
    for (i = 0; i < n; i++)
        fprintf(f, "%s%s", i ? ", " : "", fact(r, i));
    fputs(n ? "\n" : "(none)\n", f);
}

static int has_vocabulary(const char *command)
{
    static const char *const commands[] = {"sign", "periodic", "substitute", "normative"};
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        if (strcmp(command, commands[i]) == 0)
            return 1;
    return 0;
}

void qzc_help_vocabulary(const qzc_globals *g, const char *command, FILE *f)
{
    qz_rules *r = NULL;
    if (!has_vocabulary(command))
        return;
    if ((g && g->rules ? qz_rules_load_file(&r, g->rules) : qz_rules_default(&r)) != QZ_OK) {
        fprintf(f, "\n(the rule set %s could not be loaded to list its vocabulary)\n",
                g && g->rules ? g->rules : "(embedded)");
        return;
    }
    fprintf(f, "\nVocabulary of the rule set %s (%s):\n", qz_rules_id(r), qz_rules_title(r));
    if (strcmp(command, "sign") == 0) {
        list(f, "kinds", r, QZ_RULES_DOCUMENT_KIND);
        list(f, "issuers", r, QZ_RULES_ISSUER);
        list(f, "recipients", r, QZ_RULES_RECIPIENT);
        facts(f, "flags", r, qz_rules_sign_fact_count, qz_rules_sign_fact);
    } else if (strcmp(command, "periodic") == 0) {
        list(f, "obligations", r, QZ_RULES_PERIODIC);
    } else if (strcmp(command, "substitute") == 0) {
        list(f, "meetings", r, QZ_RULES_MEETING);
        list(f, "rules", r, QZ_RULES_SUBSTITUTION);
    } else {
        list(f, "meetings", r, QZ_RULES_MEETING);
        facts(f, "facts", r, qz_rules_check_fact_count, qz_rules_check_fact);
    }
    qz_rules_free(r);
}
