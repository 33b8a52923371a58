/* The help text of each command (printed by --help and "quanze help").
 * docs/cli.md and docs/quanze.1 say the same at more length. */
#ifndef QZ_TOOLS_HELP_H
#define QZ_TOOLS_HELP_H

/* Every help names the Chinese documentation (tests/cli/test_usage.py checks it). */
#define QZC_HELP_ZH_DOCS                                                                     \
    "中文文档 (Chinese documentation): README.zh-CN.md and docs/zh/ (docs/zh/cli.md);\n" \
    "man page: man -L zh_CN quanze\n"

#define QZC_HELP_GLOBAL                                                                 \
    "Options accepted by every command, before or after its own arguments:\n"           \
    "  --rules FILE     use this rule set instead of the embedded Yunxi rules\n"        \
    "  --org FILE       use this organisation instead of the embedded demo one\n"       \
    "  --calendar FILE  lay this calendar over the official one (next year's notice)\n" \
    "  --region NAME    layer the regional calendar regions/NAME.xml of the\n"          \
    "                   calendar path (QZ_CALENDAR_PATH) on the national one\n"         \
    "  --provisional    past the last notice, answer from the statutory holidays\n"     \
    "                   and weekends, marked provisional\n"                             \
    "  --json           print the answer as JSON (see docs/cli.md)\n"                   \
    "  -h, --help       show help and exit\n"                                           \
    "  --version        show the version and exit\n"                                    \
    "\n"                                                                                \
    "Dates are YYYY-MM-DD and default to today in China (Asia/Shanghai).\n"             \
    "QZ_CALENDAR_PATH (directories separated by ':') names overlay files (*.xml)\n"     \
    "laid over the official calendar before --calendar, in order.\n"                    \
    "Exit status: 0 answered, 1 a check failed (leave late, quorum not met,\n"          \
    "validate found problems), 2 usage error, 3 bad input data or a date\n"             \
    "outside the calendar.\n"                                                           \
    "\n" QZC_HELP_ZH_DOCS

#define QZC_HELP_WORKDAYS                                                                \
    "Usage: quanze workdays is [DATE]\n"                                                 \
    "       quanze workdays add DATE N\n"                                                \
    "       quanze workdays between A B\n"                                               \
    "       quanze workdays year [YEAR]\n"                                               \
    "       quanze workdays coverage\n"                                                  \
    "\n"                                                                                 \
    "Working days under the official calendar of mainland China (statutory\n"            \
    "holidays off, make-up weekend workdays on).\n"                                      \
    "\n"                                                                                 \
    "  is [DATE]     whether DATE (default: today) is a working day, and what\n"         \
    "                kind of day it is\n"                                                \
    "  add DATE N    the N-th working day after DATE (DATE itself not counted;\n"        \
    "                N < 0 counts backwards; N = 0 gives DATE or the next workday)\n"    \
    "  between A B   working days after A up to and including B\n"                       \
    "  year [YEAR]   the holidays and make-up working days of YEAR (default:\n"          \
    "                this year)\n"                                                       \
    "  coverage      the covered years, where each came from, the last covered\n"        \
    "                day and how many days remain until it\n"                            \
    "\n"                                                                                 \
    "JSON: is {\"date\", \"workday\", \"kind\", \"name\"}; add {\"date\"};\n"            \
    "      between {\"count\"}; year {\"year\", \"holidays\", \"workdays\"};\n"          \
    "      coverage {\"first_year\", \"last_year\", \"last_day\", \"days_remaining\",\n" \
    "      \"provisional\", \"years\": [{\"year\", \"origin\"}]}.\n"                     \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_MEETING                                                          \
    "Usage: quanze meeting TYPE [--date D] [--major] [--portfolio POST]\n"        \
    "                    [--invite ID]... [--minutes N] [--held N]\n"             \
    "\n"                                                                          \
    "Who convenes and presides over a meeting of TYPE held on D, its members,\n"  \
    "attendees and quorum, who signs the minutes and when they are due.\n"        \
    "TYPE is a meeting id of the rule set (plenary, executive, party-group,\n"    \
    "study-group, special-topic, county-head-office in the Yunxi rules).\n"       \
    "\n"                                                                          \
    "  --date D   the day of the meeting (default: today)\n"                      \
    "  --major    major matters are involved (changes who signs the minutes)\n"   \
    "  --portfolio POST  the leader in charge of the matter (special-topic)\n"    \
    "  --invite ID  a post or role invited; the approver may depend on it\n"      \
    "               (repeat, or give several)\n"                                  \
    "  --minutes N  the planned length in minutes, checked against the cap\n"     \
    "  --held N     such meetings the convening unit held this period, checked\n" \
    "               against the cap per unit\n"                                   \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_SIGN                                                                  \
    "Usage: quanze sign --kind KIND [--issuer ISSUER] [--to RECIPIENT]\n"              \
    "                   [--major-policy] [--broad-scope] [--decided-by-executive]\n"   \
    "                   [--routine] [--portfolio POST]... [--flag ID]... [--date D]\n" \
    "\n"                                                                               \
    "Who signs (签发) and who countersigns (会签) a document. The first row of\n"  \
    "the rule set's signing table that matches the document decides.\n"                \
    "\n"                                                                               \
    "  --kind KIND            a document kind of the rule set (listed below)\n"        \
    "  --issuer ISSUER        an issuer of the rule set (default: the first listed)\n" \
    "  --to RECIPIENT         a recipient of the rule set\n"                           \
    "  --major-policy         concerns major policy (重大方针、政策)\n"         \
    "  --broad-scope          of broad scope (涉及面广)\n"                         \
    "  --decided-by-executive a matter decided by the executive meeting\n"             \
    "  --routine              a routine approval (例行批准手续)\n"               \
    "  --portfolio POST       a leader's post whose portfolio the document touches;\n" \
    "                         repeat, or give several (the first leads)\n"             \
    "  --flag ID              a fact of the rule set's own vocabulary that holds\n"    \
    "                         (e.g. personnel, urgent); repeat for several\n"          \
    "  --date D               the day of signing (default: today)\n"                   \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_ACTING                                                             \
    "Usage: quanze acting POST [--date D] [--matter ID] [--kind KIND]\n"            \
    "                    [--instructed]\n"                                          \
    "\n"                                                                            \
    "Who exercises the authority of POST on D: its holder, or, when the holder\n"   \
    "is away, whoever the rules let act (an entrusted executive deputy, the\n"      \
    "AB partner). When nobody may act the answer says so and why (exit 0).\n"       \
    "\n"                                                                            \
    "  --date D     the day (default: today)\n"                                     \
    "  --matter ID  one duty only, e.g. convening the county-head-office meeting\n" \
    "  --kind KIND  the kind of matter: temporary, urgent, routine or major\n"      \
    "               (rules limited to kinds of matters act only for those)\n"       \
    "  --instructed the absent leader left explicit instructions on it\n"           \
    "               (where the rule says they prevail, nobody acts instead)\n"      \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_DEADLINE                                                             \
    "Usage: quanze deadline NAME --from DATE [--limit N] [--asof D]\n"                \
    "\n"                                                                              \
    "When something is due: NAME is a deadline id of the rule set\n"                  \
    "(minutes-issue, consultation-reply, leave-notice, normative-validity).\n"        \
    "\n"                                                                              \
    "  --from DATE   the anchor: the meeting's end, the day a request was received\n" \
    "  --limit N     a limit set by the lead department, overriding the rule's\n"     \
    "                default where the rule allows it\n"                              \
    "  --asof D      the day on which to judge whether the deadline has passed\n"     \
    "                (for a consultation: silence then counts as no objection);\n"    \
    "                default: today\n"                                                \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_LEAVE                                                                 \
    "Usage: quanze leave POST --depart D --notified D [--days N] [--destination ID]\n" \
    "\n"                                                                               \
    "Whether the holder of POST, leaving the county on --depart, gave notice in\n"     \
    "time on --notified; the notice required, whom to report to and where the\n"       \
    "leave is filed. Exit status 1 when the notice was late.\n"                        \
    "\n"                                                                               \
    "  --days N          length of the absence in days (default: the organisation's\n" \
    "                    absence record, if any); rules may depend on it\n"            \
    "  --destination ID  where the leave goes, a destination of the rule set\n"        \
    "                    (e.g. within-province); rules may depend on it\n"             \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_QUORUM                                                        \
    "Usage: quanze quorum TYPE --present POST... [--date D]\n"                 \
    "\n"                                                                       \
    "Whether a meeting of TYPE has its quorum with the holders of the POSTs\n" \
    "present (list them after --present, separated by spaces or commas).\n"    \
    "Exit status 1 when the quorum is not met.\n"                              \
    "\n"                                                                       \
    "  --date D   the day of the meeting (default: today)\n"                   \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_MATRIX                                                            \
    "Usage: quanze matrix [--format text|json|html] [--date D] [-o FILE]\n"        \
    "\n"                                                                           \
    "The whole authority matrix: every matter of the rule set with who decides,\n" \
    "for the organisation on D, and the article that says so.\n"                   \
    "\n"                                                                           \
    "  --format F   text (default; json with --json) or html: a single\n"          \
    "               self-contained page, one table per kind of matter\n"           \
    "  --date D     the day (default: today)\n"                                    \
    "  -o FILE      write to FILE instead of standard output\n"                    \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_VALIDATE                                                             \
    "Usage: quanze validate FILE...\n"                                                \
    "       quanze validate --rules R --org O [--strict] [FILE...]\n"                 \
    "\n"                                                                              \
    "Checks organisation, rule-set and calendar files (told apart by their root\n"    \
    "element), printing 'file:line:column: message' for each problem, like a\n"       \
    "compiler, and 'file: ok (kind)' for each good file.\n"                           \
    "With --rules and --org, also checks the rule set against the organisation\n"     \
    "and prints 'file:line:column: error|warning: message [code]' for each\n"         \
    "mismatch (roles no post holds, misspelt flags, unreachable signing rows...).\n"  \
    "Exit status 1 when any file has a problem or any mismatch is an error.\n"        \
    "\n"                                                                              \
    "  --strict     warnings fail too\n"                                              \
    "\n"                                                                              \
    "JSON: {\"ok\", \"files\": [{\"file\", \"kind\", \"ok\", \"line\", \"column\",\n" \
    "       \"message\"}], \"diagnostics\": [{\"severity\", \"code\", \"file\",\n"    \
    "       \"line\", \"column\", \"message\"}]}.\n"                                  \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_CALENDAR                                                                            \
    "Usage: quanze calendar import NOTICE.txt [--supplement FILE]... [-o FILE]\n"                    \
    "\n"                                                                                             \
    "Reads the State Council General Office's notice on a year's holiday\n"                          \
    "arrangements (国务院办公厅关于YYYY年部分节假日安排的通知, UTF-8 text: the\n" \
    "title on line 1, the body from line 5) and writes the year as a calendar\n"                     \
    "overlay (XML). Drop it into a QZ_CALENDAR_PATH directory or pass it with\n"                     \
    "--calendar. An item the reader cannot fully read is an error naming its\n"                      \
    "line and column; nothing is written.\n"                                                         \
    "\n"                                                                                             \
    "  --supplement FILE  a supplementary notice (an extension, an adjustment, a\n"                  \
    "                     one-off holiday) applied on top; may repeat\n"                             \
    "  -o FILE            write there (atomically: a temporary file in the same\n"                   \
    "                     directory, then renamed; FILE is untouched on failure)\n"                  \
    "                     instead of to standard output\n"                                           \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_ROUTE                                                             \
    "Usage: quanze route DRAFT.xml|DRAFT.json\n"                                   \
    "       quanze route --kind KIND [--issuer ISSUER] [--to RECIPIENT]\n"         \
    "                    [--portfolio UNIT]... [--normative] [--major-policy]\n"   \
    "                    [--broad-scope] [--routine] [--urgent]\n"                 \
    "                    [--meeting TYPE --meeting-date D] [--docnum NUMBER]\n"    \
    "                    [--agency-code CODE]... [--fact FACT]...\n"               \
    "                    [--validity-years N] [--date D]\n"                        \
    "\n"                                                                           \
    "The steps the rules prescribe for a draft: drafting, legality review\n"       \
    "(normative documents), consultation with its reply deadline, office review\n" \
    "and submission, countersigning and signing, issue deadline after the\n"       \
    "deciding meeting; and the findings. KIND is an id or a Chinese name (函).\n" \
    "The draft file format is in docs/documents.md. Exit status 1: findings.\n"    \
    "\n" QZC_HELP_ZH_DOCS

#define QZC_HELP_DOCNUM                                                                   \
    "Usage: quanze docnum NUMBER [--date D] [--issuer ID] [--kind KIND]\n"                \
    "                            [--agency-code CODE]...\n"                               \
    "\n"                                                                                  \
    "Checks a document number (发文字号) such as 西政发〔2021〕11号 against\n"  \
    "GB/T 9704-2012 7.2.4: 〔〕 around the full year, no 第, no leading zeros, 号;\n" \
    "with --date, the year of the signing date. The agency code must be one of\n"         \
    "the rule set's (on --date), or of the --agency-code list when given; with\n"         \
    "--issuer, one of that issuer's; with --kind, the one the rule set gives the\n"       \
    "kind (函: 西政函). Exit status 1: findings, each with its character position.\n" \
    "\n" QZC_HELP_ZH_DOCS

#define QZC_HELP_PERIODIC                                                             \
    "Usage: quanze periodic ID [--period D] [--dates D...]\n"                         \
    "\n"                                                                              \
    "Whether the periodic obligation ID (a meeting held twice a month, a report\n"    \
    "every quarter...) was met in the period containing D, given the days it\n"       \
    "happened. A maximum the rules state only as 一般/原则上 is a note, not a\n" \
    "finding. Exit status 1 when the obligation was not met.\n"                       \
    "\n"                                                                              \
    "  ID           a periodic obligation of the rule set (listed below)\n"           \
    "  --period D   any day of the period to check (default: today)\n"                \
    "  --dates D... the days it happened (spaces or commas; others ignored)\n"        \
    "\n"                                                                              \
    "JSON: {\"periodic\", \"label\", \"period\", \"dates\", \"compliant\",\n"         \
    "      \"responsible\", \"report_to\", \"roles\", \"found\", \"reason\",\n"       \
    "      \"explanation\", \"findings\", \"values\", \"citations\"}.\n"              \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_SUBSTITUTE                                                                 \
    "Usage: quanze substitute TYPE --principal POST [--substitute POST]\n"                  \
    "                         [--requested D] [--approved] [--date D]\n"                    \
    "\n"                                                                                    \
    "May the holder of --substitute attend a meeting of TYPE on D in place of\n"            \
    "the holder of --principal, and on what conditions (a written request before\n"         \
    "the meeting, the presider's consent, the same unit). Exit status 1 when not.\n"        \
    "\n"                                                                                    \
    "  TYPE              a meeting type of the rule set (listed below)\n"                   \
    "  --principal POST  the post whose holder cannot attend\n"                             \
    "  --substitute POST the post proposed to attend instead\n"                             \
    "  --requested D     a written leave request was sent on D\n"                           \
    "  --approved        the meeting's presider agreed\n"                                   \
    "  --date D          the day of the meeting (default: today)\n"                         \
    "\n"                                                                                    \
    "JSON: {\"meeting\", \"date\", \"principal\", \"substitute\", \"written_request\",\n"   \
    "      \"presider_approved\", \"rule\", \"allowed\", \"substitutes\", \"approvers\",\n" \
    "      and the keys every answer has}.\n"                                               \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_NORMATIVE                                                               \
    "Usage: quanze normative [--fact ID]... [--validity YEARS]\n"                        \
    "                        [--approved-by MEETING] [--date D]\n"                       \
    "\n"                                                                                 \
    "Checks a normative document (规范性文件), described by the facts that hold\n"  \
    "for it, against the rule set's normative checks: each required fact missing,\n"     \
    "each forbidden one present, the approving meeting and the validity. Exit\n"         \
    "status 1 when it does not comply.\n"                                                \
    "\n"                                                                                 \
    "  --fact ID             a fact of the checks' vocabulary that holds (listed\n"      \
    "                        below); repeat, or give several\n"                          \
    "  --validity YEARS      the validity the document states (default: none)\n"         \
    "  --approved-by MEETING the meeting type that approved it\n"                        \
    "  --date D              the day of issue (default: today)\n"                        \
    "\n"                                                                                 \
    "JSON: {\"facts\", \"validity_years\", \"approved_by\", \"date\", \"compliant\",\n"  \
    "      \"violations\", \"reviewers\", \"approvers\", \"filed_with\", and the keys\n" \
    "      every answer has}.\n"                                                         \
    "\n" QZC_HELP_GLOBAL

#define QZC_HELP_OBLIGATIONS                                                                \
    "Usage: quanze obligations [--post ID] [--unit ID] [--from D] [--to D]\n"               \
    "\n"                                                                                    \
    "What the rules oblige a post (or a unit, or anyone) to do between D and D:\n"          \
    "report, file, plan, assess... on an event, periodically or by a date. One\n"           \
    "entry per obligation and period (or date), with the people who bear it on\n"           \
    "that day, whom it is owed to, the time limit and the article.\n"                       \
    "\n"                                                                                    \
    "  --post ID    only the obligations this post bears (default: all)\n"                  \
    "  --unit ID    only those of an organisation unit or a body of the rules\n"            \
    "  --from D     first day (default: today)\n"                                           \
    "  --to D       last day (default: --from; at most about ten years later)\n"            \
    "\n"                                                                                    \
    "JSON: {\"from\", \"to\", \"post\", \"unit\", \"count\", \"obligations\": [{\"id\",\n"  \
    "       \"label\", \"trigger\", \"action\", \"action_label\", \"object\", \"event\",\n" \
    "       \"event_label\", \"responsible\", \"to\", \"roles\", \"found\", \"reason\",\n"  \
    "       \"explanation\", \"findings\", \"values\", \"citations\"}], ...}.\n"            \
    "\n" QZC_HELP_GLOBAL

#endif
