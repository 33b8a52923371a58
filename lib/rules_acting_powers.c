/* Two things a rule must say rather than leave to convention: whether a
 * quorum counts "at least" or "more than" its fraction (以上 includes the
 * number itself), and which powers a person acting for an absent post takes
 * over (presiding, signing, approving leave, general duties). */
#include <string.h>
#include "buf.h"
#include "error.h"
#include "rules.h"

static const struct {
    const char *name, *label;
    unsigned bit;
} powers[] = {
    {"preside", "召集和主持会议", QZ_POWER_PRESIDE},
    {"sign", "签发公文", QZ_POWER_SIGN},
    {"approve-leave", "听取请假报告和批准请假", QZ_POWER_APPROVE_LEAVE},
    {"general", "一般职责(政务活动)", QZ_POWER_GENERAL},
};
_Static_assert(sizeof(powers) / sizeof(powers[0]) == 4, "a name for every QZ_POWER_* bit");

static const struct {
    const char *name, *label;
    unsigned bit;
} matter_kinds[] = {
    {"temporary", "临时性工作", QZ_MATTER_KIND_TEMPORARY},
    {"urgent", "紧急性工作", QZ_MATTER_KIND_URGENT},
    {"routine", "日常工作", QZ_MATTER_KIND_ROUTINE},
    {"major", "重大事项", QZ_MATTER_KIND_MAJOR},
};
_Static_assert(sizeof(matter_kinds) / sizeof(matter_kinds[0]) == 4, "a name for every QZ_MATTER_KIND_* bit");

unsigned qz_rules__matter_kind(const char *id)
{
    for (size_t k = 0; id && k < sizeof(matter_kinds) / sizeof(matter_kinds[0]); k++)
        if (strcmp(matter_kinds[k].name, id) == 0)
            return matter_kinds[k].bit;
    return 0;
}

const char *qz_rules__matter_kind_label(unsigned bit)
{
    for (size_t k = 0; k < sizeof(matter_kinds) / sizeof(matter_kinds[0]); k++)
        if (matter_kinds[k].bit == bit)
            return matter_kinds[k].label;
    return NULL;
}

static int fail(const qz_rnode *n, const char *file, const char *fmt, const char *arg)
{
    return qz__error_at(QZ_ESCHEMA, file, n->line, n->column, fmt, arg ? arg : "");
}

int qz_rules__quorum_compare(const qz_rnode *n, const char *file, int *strict)
{
    const char *compare = qz_rules__attr(n, "compare");
    const char *old = qz_rules__attr(n, "strict");
    int from_old = qz_rules__bool(old);
    *strict = 0;
    if (!compare && !old)
        return fail(n, file, "a quorum needs compare=\"at-least\" or compare=\"more-than\"%s", NULL);
    if (!compare) { /* a rule set written before `compare`: strict is "more than" */
        *strict = from_old;
        return QZ_OK;
    }
    *strict = strcmp(compare, "more-than") == 0;
    if (old && from_old != *strict)
        return fail(n, file, "compare=\"%s\" contradicts the strict attribute", compare);
    return QZ_OK;
}

static int parse_powers(const qz_rnode *n, const char *file, unsigned *out)
{
    const char *s = qz_rules__attr(n, "powers");
    *out = 0;
    if (!s) {
        *out = QZ_POWER_ALL;
        return QZ_OK;
    }
    while (*s) {
        size_t len = strcspn(s, " \t\r\n");
        unsigned bit = 0;
        for (size_t k = 0; len && k < sizeof(powers) / sizeof(powers[0]); k++)
            if (strlen(powers[k].name) == len && strncmp(powers[k].name, s, len) == 0)
                bit = powers[k].bit;
        if (len && !bit)
            return fail(n, file, "'%s' is not an acting power (preside, sign, approve-leave, general)", s);
        *out |= bit;
        s += len;
        s += strspn(s, " \t\r\n");
    }
    if (!*out)
        return fail(n, file, "an acting rule's powers may not be empty%s", NULL);
    return QZ_OK;
}

/* The powers of `bits` joined: ids with spaces or labels with 、. */
static const char *join(qz_arena *a, unsigned bits, int label)
{
    qz_buf b = QZ_BUF_INIT;
    for (size_t k = 0; k < sizeof(powers) / sizeof(powers[0]); k++)
        if (bits & powers[k].bit)
            qz__buf_printf(&b, "%s%s", b.size ? (label ? "、" : " ") : "",
                           label ? powers[k].label : powers[k].name);
    const char *out = b.failed || !b.data ? NULL : qz__arena_strdup(a, b.data);
    qz__buf_free(&b);
    return out;
}

/* matter-kinds="temporary urgent": the kinds of matters the rule is limited
 * to, as bits, and their labels joined with 、 ("临时性、紧急性工作"). */
static int parse_matter_kinds(const qz_rnode *n, const char *file, qz_arena *a, qz_acting *ac)
{
    const char *s = qz_rules__attr(n, "matter-kinds");
    const char *ip = qz_rules__attr(n, "instructions-prevail");
    ac->instructions_prevail = qz_rules__bool(ip);
    ac->matter_kinds = 0;
    ac->matter_kinds_label = NULL;
    if (!s)
        return QZ_OK;
    qz_buf b = QZ_BUF_INIT;
    while (*s) {
        size_t len = strcspn(s, " \t\r\n");
        unsigned bit = 0;
        for (size_t k = 0; len && k < sizeof(matter_kinds) / sizeof(matter_kinds[0]); k++)
            if (strlen(matter_kinds[k].name) == len && strncmp(matter_kinds[k].name, s, len) == 0) {
                bit = matter_kinds[k].bit;
                /* "临时性、紧急性工作": the shared 工作 once */
                const char *lab = matter_kinds[k].label;
                size_t ll = strlen(lab);
                if (ll > 6 && strcmp(lab + ll - 6, "工作") == 0)
                    ll -= 6;
                if (!(ac->matter_kinds & bit))
                    qz__buf_printf(&b, "%s%.*s", b.size ? "、" : "", (int)ll, lab);
            }
        if (len && !bit) {
            qz__buf_free(&b);
            return fail(n, file, "'%s' is not a kind of matter (temporary, urgent, routine, major)", s);
        }
        ac->matter_kinds |= bit;
        s += len;
        s += strspn(s, " \t\r\n");
    }
    if (!ac->matter_kinds) {
        qz__buf_free(&b);
        return fail(n, file, "an acting rule's matter-kinds may not be empty%s", NULL);
    }
    qz__buf_puts(&b, "工作");
    ac->matter_kinds_label = b.failed || !b.data ? NULL : qz__arena_strdup(a, b.data);
    qz__buf_free(&b);
    return ac->matter_kinds_label ? QZ_OK : qz__error_nomem();
}

int qz_rules__acting_powers(const qz_rnode *n, const char *file, qz_arena *a, qz_acting *ac)
{
    int rc = parse_powers(n, file, &ac->powers);
    if (rc < 0 || (rc = parse_matter_kinds(n, file, a, ac)) < 0)
        return rc;
    ac->powers_ids = join(a, ac->powers, 0);
    ac->powers_label = join(a, ac->powers, 1);
    if (!ac->powers_ids || !ac->powers_label)
        return qz__error_nomem();
    return QZ_OK;
}

unsigned qz_rules__power_of_capacity(int cap)
{
    switch (cap) {
    case QZ_CAP_CONVENER:
    case QZ_CAP_PRESIDER: return QZ_POWER_PRESIDE;
    case QZ_CAP_SIGNER:
    case QZ_CAP_COUNTERSIGNER:
    case QZ_CAP_MINUTES_SIGNER:
    case QZ_CAP_MINUTES_SIGNER_MAJOR: return QZ_POWER_SIGN;
    case QZ_CAP_REPORT_TO:
    case QZ_CAP_APPROVER: return QZ_POWER_APPROVE_LEAVE;
    default: return QZ_POWER_GENERAL;
    }
}

const char *qz_rules__power_label(unsigned bit)
{
    for (size_t k = 0; k < sizeof(powers) / sizeof(powers[0]); k++)
        if (powers[k].bit == bit)
            return powers[k].label;
    return NULL;
}
