/* The quanze command-line tool: what every command shares.
 *
 * The tool is a client of the public API like any other program: it
 * includes only <quanze.h>. Each command lives in its own cmd_*.c file and
 * is listed in the table in main.c. */
#ifndef QZ_TOOLS_CLI_H
#define QZ_TOOLS_CLI_H

#include <stddef.h>
#include <stdio.h>

#include <quanze.h>

#include "json.h"
#include "text.h"

/* Exit statuses, a fixed contract documented in docs/cli.md. */
enum {
    QZC_EXIT_OK = 0,     /* answered (including "no one may act") */
    QZC_EXIT_FAILED = 1, /* a check failed: leave late, quorum not met, validate found problems */
    QZC_EXIT_USAGE = 2,  /* the command line is wrong */
    QZC_EXIT_DATA = 3    /* bad input data, or a date outside the calendar */
};

/* The options accepted by every command, before or after its own. */
typedef struct qzc_globals {
    const char *rules;    /* --rules FILE */
    const char *org;      /* --org FILE */
    const char *calendar; /* --calendar FILE, an overlay on the official calendar */
    int json;             /* --json */
    int help;             /* --help, -h */
    int version;          /* --version */
    int provisional;      /* --provisional: the statutory baseline past the last notice */
    const char *region;   /* --region NAME: a regional layer from the calendar path */
} qzc_globals;

typedef struct qzc_ctx {
    qzc_globals g;
    const char *command;   /* for messages: "workdays add", "meeting" ... */
    qz_calendar *calendar; /* loaded on first use */
    qz_model *model;       /* loaded on first use */
} qzc_ctx;

/* ---- command-line parsing (args.c) ---- */

/* A list option's values, e.g. --present a b c or --portfolio x --portfolio y. */
typedef struct qzc_list {
    const char **items;
    size_t n, cap;
} qzc_list;

typedef enum qzc_optkind {
    QZC_OPT_FLAG,  /* dest: int*, set to 1 */
    QZC_OPT_VALUE, /* dest: const char**, the one value (--name VALUE or --name=VALUE) */
    QZC_OPT_LIST   /* dest: qzc_list*, every following value up to the next option,
                      commas also separating; the option may repeat */
} qzc_optkind;

typedef struct qzc_opt {
    const char *name; /* "--date", "-o" */
    qzc_optkind kind;
    void *dest;
} qzc_opt;

/* Moves the global options out of argv (in place), leaving the command and
 * its own arguments in order in argv[0..*argc). Returns 0 or an exit status
 * after printing the reason. */
int qzc_take_globals(qzc_globals *g, int *argc, char **argv);

/* Parses a command's own arguments against @p spec (terminated by a zero
 * entry). Positional arguments go to pos[0..*npos); between @p min_pos and
 * @p max_pos of them are accepted. Returns 0 or QZC_EXIT_USAGE after
 * printing the reason. */
int qzc_parse(qzc_ctx *c, int argc, char **argv, const qzc_opt *spec, const char **pos, int min_pos,
              int max_pos, int *npos);

void qzc_list_free(qzc_list *l);

/* ---- messages and errors (main.c) ---- */

/* Prints "quanze: <message>" and a hint to stderr; returns QZC_EXIT_USAGE. */
int qzc_usage(const qzc_ctx *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Prints the library's last error to stderr, as "file:line:column: message"
 * when it has a place; returns the exit status its code calls for. */
int qzc_fail(const qzc_ctx *c, int code);

/* A query's status through the usual error handling: 0 for QZ_OK, else
 * the library's message printed and the matching exit status. */
int qzc_query_failed(const qzc_ctx *c, int rc);

/* Prints the last error as "file:line:column: message" (or "file: message")
 * to @p f, naming @p fallback_file when the error does not name one. */
void qzc_print_error(FILE *f, const char *fallback_file);

/* Prints "file:line:column: message", leaving out a line or column that is
 * 0, or "quanze: message" when @p file is NULL; control bytes escaped. */
void qzc_print_at(FILE *f, const char *file, int line, int column, const char *msg);

/* Writes @p s with control bytes (below 0x20, and 0x7f) as \xNN, so that a
 * file name or a message cannot move the cursor or rewrite the terminal. */
void qzc_put_escaped(FILE *f, const char *s);

/* @p msg without the "file:line:column: " the library puts before it. */
const char *qzc_error_bare(const char *msg, const char *file);

/* The exit status for a library status code. */
int qzc_exit_for(int code);

/* Parses a YYYY-MM-DD argument; a usage error names @p what ("--date"). */
int qzc_date_arg(const qzc_ctx *c, const char *s, const char *what, qz_date *out);

/* As qzc_date_arg(), but today (in China) when @p s is NULL: the default
 * of every --date. */
int qzc_date_or_today(const qzc_ctx *c, const char *s, const char *what, qz_date *out);

/* Parses an integer argument (optionally signed). */
int qzc_int_arg(const qzc_ctx *c, const char *s, const char *what, int *out);

/* Formats a date as YYYY-MM-DD into a static buffer (one of four in turn). */
const char *qzc_date_str(qz_date d);

/* Chinese day of the week: 星期一 ... 星期日. */
const char *qzc_weekday_cn(qz_date d);

/* ---- data loading (load.c) ---- */

/* The calendar: the official one, with the overlays of $QZ_CALENDAR_PATH and
 * then --calendar laid over it, provisional with --provisional. Borrowed
 * from the context. Returns 0 or an exit status after printing the reason. */
int qzc_load_calendar(qzc_ctx *c, const qz_calendar **out);

/* The model: --rules (or the embedded Yunxi rules), --org (or the demo
 * organisation) and the calendar. Borrowed from the context. */
int qzc_load_model(qzc_ctx *c, const qz_model **out);

/* After a command's fixed help: the vocabulary of the rule set it would load
 * (--rules FILE or the embedded one) that the command's arguments name
 * (help_vocabulary.c: sign, periodic, substitute, normative). */
void qzc_help_vocabulary(const qzc_globals *g, const char *command, FILE *f);
void qzc_model_free(qzc_ctx *c);

void qzc_ctx_free(qzc_ctx *c);

/* ---- answers (answer.c) ---- */

/* How a capacity is named for people ("签发人"). */
const char *qzc_cap_label(qz_capacity cap);

/* JSON: a person of the answer as {"post", "role", "person", "name", "via",
 * "post_name", "for_post", "for_person"}. */
void qzc_json_person(qzj *w, const qz_model *m, const qz_answer *a, size_t i);
/* JSON: the people of @p cap, as an array. */
void qzc_json_people(qzj *w, const qz_model *m, const qz_answer *a, qz_capacity cap);
/* JSON: the keys of body @p i of the answer, "unit" and "name" (inside an
 * open object). */
void qzc_json_unit_keys(qzj *w, const qz_answer *a, size_t i);
/* JSON: the people of @p cap and then the bodies of @p cap ({"unit", "name"}). */
void qzc_json_people_and_units(qzj *w, const qz_model *m, const qz_answer *a, qz_capacity cap);
/* JSON: the keys of role @p i of the answer, "role" and "label" (inside an
 * open object). */
void qzc_json_role_keys(qzj *w, const qz_answer *a, size_t i);
/* JSON: the roles the rules name, [{"capacity", "role", "label"}]. */
void qzc_json_roles(qzj *w, const qz_answer *a);
/* 1 when citation @p i repeats an earlier one (same article, item and
 * text): several rules may rest on one clause, which is cited once. */
int qzc_citation_repeats(const qz_answer *a, size_t i);
/* JSON: [{"article", "item", "text", "label", "rule"}], repeats left out. */
void qzc_json_citations(qzj *w, const qz_answer *a);
/* JSON: the figure @p key of the answer (which has it): a date as
 * "2026-10-12", a yes/no as a boolean, a unit by name, else a number. */
void qzc_json_value(qzj *w, const qz_answer *a, qz_value key);
/* JSON: {"met": true, "due": "2026-10-12", ...}, every figure the answer has. */
void qzc_json_values(qzj *w, const qz_answer *a);
/* JSON: the keys of an obligation's answer, "trigger", "action",
 * "action_label", "object", "event", "event_label" (inside an open object). */
void qzc_json_obligation_keys(qzj *w, const qz_answer *a);
/* JSON: starts a question's answer on stdout, an open object: the
 * question's own keys come next. */
void qzc_json_answer_begin(qzj *w);
/* JSON: ends what qzc_json_answer_begin() started: "roles", the keys every
 * answer has (qzc_json_common()), then closes and flushes the object. */
void qzc_json_answer_end(qzj *w, const qz_answer *a);
/* JSON: the values of a list option, as an array of strings. */
void qzc_json_strings(qzj *w, const qzc_list *l);
/* JSON: the keys every answer has: "found", "reason", "explanation",
 * "findings", "citations" (written in that order, inside an open object). */
void qzc_json_common(qzj *w, const qz_answer *a);

/* Text: the headline of an answer, its subject label (or @p fallback) and
 * the date with its day of the week. */
void qzc_headline(const qz_answer *a, const char *fallback, qz_date d);
/* Text: "name（post name）", with how an acting or entrusted person
 * qualifies, into @p buf. */
char *qzc_person_text(char *buf, size_t size, const qz_model *m, const qz_answer *a, size_t i);
/* Text: one labelled line per person (or body, or the roles when nobody
 * holds them) of @p cap; nothing when the answer has none. Returns the
 * number of lines. With @p always, "—" is written when there is nothing. */
int qzc_text_capacity(const qz_model *m, const qz_answer *a, qz_capacity cap, int always);
/* Text: as qzc_text_capacity(), but the people on as few lines as fit
 * (joined by 、), for long lists such as a meeting's members. */
int qzc_text_capacity_wrapped(const qz_model *m, const qz_answer *a, qz_capacity cap);
/* Text: the reason when no one qualifies, the findings, then the
 * citations, each "第五十四条第(一)项  clause". */
void qzc_text_tail(const qz_answer *a);
/* Text: one "依据  第五十四条第(一)项  clause" line per citation (repeats
 * left out), the label on the first, indented by @p indent spaces. */
void qzc_text_citations(FILE *f, int indent, const qz_answer *a);
/* Is the figure @p key a date, a yes/no, a unit? For formatting. */
int qzc_value_is_date(qz_value key);
int qzc_value_is_bool(qz_value key);
/* 1 when the answer has the figure @p key and it is not 0 (met, allowed,
 * compliant...); 0 when it is 0 or the answer does not have it. */
int qzc_value_yes(const qz_answer *a, qz_value key);

/* ---- commands ---- */

int qzc_cmd_workdays(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_validate(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_meeting(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_sign(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_acting(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_deadline(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_leave(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_quorum(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_matrix(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_calendar(qzc_ctx *c, int argc, char **argv);
/* tools/cmd_check.c: quanze check ACTION --actor ID; its help text. */
int qzc_cmd_check(qzc_ctx *c, int argc, char **argv);
extern const char qzc_help_check[];
/* tools/cmd_audit.c: quanze audit FILE...; its help text. */
int qzc_cmd_audit(qzc_ctx *c, int argc, char **argv);
extern const char qzc_help_audit[];
int qzc_cmd_route(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_docnum(qzc_ctx *c, int argc, char **argv);
/* tools/cmd_more_queries.c: quanze periodic, substitute, normative. */
int qzc_cmd_periodic(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_substitute(qzc_ctx *c, int argc, char **argv);
int qzc_cmd_normative(qzc_ctx *c, int argc, char **argv);
/* tools/cmd_obligations.c: quanze obligations [--post ID] [--from D --to D]. */
int qzc_cmd_obligations(qzc_ctx *c, int argc, char **argv);

#endif
