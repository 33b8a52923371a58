/* What a rule set says about its own jurisdiction and the wording that
 * follows from it: the word for leaving the jurisdiction (<jurisdiction
 * leave-word="离市"/>; 离县 when the rule set says nothing, as the Yunxi rules
 * do), and which meetings issue minutes only when their presider decides to
 * (minutes="optional"). Read after qz_rules__compile(), from the same tree. */
#include <string.h>
#include "error.h"
#include "rules.h"

/* The word a county's rules use; a rule set without <jurisdiction> keeps it. */
static const char county_leave_word[] = "离县";

static const qz_rnode *kid(const qz_rnode *n, const char *name)
{
    for (size_t i = 0; n && i < n->nkids; i++)
        if (strcmp(n->kids[i]->name, name) == 0)
            return n->kids[i];
    return NULL;
}

/* minutes="optional" on meeting i (the meetings were compiled in document order). */
static int meeting_minutes(qz_rules *r, const char *name)
{
    const qz_rnode *sec = kid(r->root, "meetings");
    size_t i = 0;
    for (size_t k = 0; sec && k < sec->nkids && i < r->nmeetings; k++) {
        const qz_rnode *n = sec->kids[k];
        if (strcmp(n->name, "meeting") != 0)
            continue;
        const char *m = qz_rules__attr(n, "minutes");
        if (m && strcmp(m, "optional") != 0 && strcmp(m, "required") != 0)
            return qz__error_at(QZ_ESCHEMA, name, n->line, n->column,
                                "minutes=\"%s\" is neither \"required\" nor \"optional\"", m);
        r->meetings[i++].minutes_optional = m && strcmp(m, "optional") == 0;
    }
    return QZ_OK;
}

int qz_rules__jurisdiction(qz_rules *r, const char *name)
{
    const qz_rnode *j = kid(r->root, "jurisdiction");
    const char *word = j ? qz_rules__attr(j, "leave-word") : NULL;
    if (j && (!word || !*word))
        return qz__error_at(QZ_ESCHEMA, name, j->line, j->column, "<jurisdiction> needs a leave-word");
    r->leave_word = word ? word : county_leave_word;
    return meeting_minutes(r, name);
}
