/* quanze workdays is|add|between|year */
#include "cli.h"

#include <string.h>

/* The official Chinese names of the statutory holidays, for people; the
 * calendar data and the JSON keep the names the data gives. */
static const char *holiday_cn(const char *name)
{
    static const char *const map[][2] = {
        {"New Year's Day", "元旦"},
        {"Spring Festival", "春节"},
        {"Tomb-sweeping Day", "清明节"},
        {"Labour Day", "劳动节"},
        {"Dragon Boat Festival", "端午节"},
        {"Mid-Autumn Festival", "中秋节"},
        {"National Day", "国庆节"},
        {"Anti-Fascist 70th Day", "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"},
    };
    size_t i;
    if (!name)
        return "";
    for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
        if (strcmp(map[i][0], name) == 0)
            return map[i][1];
    return name;
}

static const char *kind_name(qz_day_kind k)
{
    switch (k) {
    case QZ_DAY_WORKDAY: return "workday";
    case QZ_DAY_WEEKEND: return "weekend";
    case QZ_DAY_HOLIDAY: return "holiday";
    case QZ_DAY_MAKEUP: return "makeup";
    }
    return "unknown";
}

static int cmd_is(qzc_ctx *c, const qz_calendar *cal, qz_date d)
{
    qz_calendar_day day;
    int rc, workday;

    if ((rc = qz_calendar_day_info(&day, cal, d)) < 0)
        return qzc_fail(c, rc);
    workday = day.kind == QZ_DAY_WORKDAY || day.kind == QZ_DAY_MAKEUP;
    if (c->g.json) {
        qzj w;
        qzj_init(&w, stdout);
        qzj_begin_object(&w);
        qzj_key(&w, "date");
        qzj_date(&w, d);
        qzj_key(&w, "workday");
        qzj_bool(&w, workday);
        qzj_key(&w, "kind");
        qzj_string(&w, kind_name(day.kind));
        qzj_key(&w, "name");
        qzj_string(&w, day.name);
        qzj_key(&w, "weekday");
        qzj_int(&w, qz_date_weekday(d));
        qzj_key(&w, "assumed");
        qzj_bool(&w, day.is_assumed);
        qzj_end_object(&w);
        qzj_finish(&w);
        return 0;
    }
    printf("%s %s  %s", qzc_date_str(d), qzc_weekday_cn(d), workday ? "工作日" : "休息日");
    switch (day.kind) {
    case QZ_DAY_HOLIDAY: printf("（法定节假日：%s）", holiday_cn(day.name)); break;
    case QZ_DAY_MAKEUP: printf("（调休上班：%s）", holiday_cn(day.name)); break;
    case QZ_DAY_WEEKEND: printf("（周末）"); break;
    case QZ_DAY_WORKDAY: break;
    }
    printf("%s\n", day.is_assumed ? "  [暂定：该年尚无放假安排，按法定节假日及周末推定]" : "");
    return 0;
}

static int cmd_add(qzc_ctx *c, const qz_calendar *cal, qz_date d, int n)
{
    qz_date r;
    int rc;

    if ((rc = qz_calendar_add_workdays(&r, cal, d, n)) < 0)
        return qzc_fail(c, rc);
    if (c->g.json) {
        qzj w;
        qzj_init(&w, stdout);
        qzj_begin_object(&w);
        qzj_key(&w, "date");
        qzj_date(&w, r);
        qzj_key(&w, "from");
        qzj_date(&w, d);
        qzj_key(&w, "n");
        qzj_int(&w, n);
        qzj_end_object(&w);
        qzj_finish(&w);
        return 0;
    }
    if (n > 0)
        printf("%s %s  （%s 之后第%d个工作日）\n", qzc_date_str(r), qzc_weekday_cn(r), qzc_date_str(d), n);
    else if (n < 0)
        printf("%s %s  （%s 之前第%d个工作日）\n", qzc_date_str(r), qzc_weekday_cn(r), qzc_date_str(d), -n);
    else
        printf("%s %s  （%s 当日或其后第一个工作日）\n", qzc_date_str(r), qzc_weekday_cn(r), qzc_date_str(d));
    return 0;
}

static int cmd_between(qzc_ctx *c, const qz_calendar *cal, qz_date a, qz_date b)
{
    int n, rc;

    if ((rc = qz_calendar_workdays_between(&n, cal, a, b)) < 0)
        return qzc_fail(c, rc);
    if (c->g.json) {
        qzj w;
        qzj_init(&w, stdout);
        qzj_begin_object(&w);
        qzj_key(&w, "count");
        qzj_int(&w, n);
        qzj_key(&w, "from");
        qzj_date(&w, a);
        qzj_key(&w, "to");
        qzj_date(&w, b);
        qzj_end_object(&w);
        qzj_finish(&w);
        return 0;
    }
    printf("%d  （%s 之后至 %s 的工作日数，不含起日、含止日）\n", n, qzc_date_str(a), qzc_date_str(b));
    return 0;
}

/* A run of consecutive holiday days with one name. */
typedef struct span {
    const char *name;
    qz_date from, to;
} span;

/* Finds the run of holiday days starting at days[*i]; advances *i past it. */
static span next_holiday(const qz_calendar_day *days, size_t count, size_t *i)
{
    span s;
    s.name = days[*i].name;
    s.from = s.to = days[*i].date;
    for ((*i)++; *i < count; (*i)++) {
        const qz_calendar_day *d = &days[*i];
        if (d->kind != QZ_DAY_HOLIDAY || d->date != s.to + 1 || !d->name || !s.name ||
            strcmp(d->name, s.name) != 0)
            break;
        s.to = d->date;
    }
    return s;
}

static void year_json(int year, const qz_calendar_day *days, size_t count)
{
    qzj w;
    size_t i;

    qzj_init(&w, stdout);
    qzj_begin_object(&w);
    qzj_key(&w, "year");
    qzj_int(&w, year);
    qzj_key(&w, "holidays");
    qzj_begin_array(&w);
    for (i = 0; i < count;) {
        span s;
        if (days[i].kind != QZ_DAY_HOLIDAY) {
            i++;
            continue;
        }
        s = next_holiday(days, count, &i);
        qzj_begin_object(&w);
        qzj_key(&w, "name");
        qzj_string(&w, s.name);
        qzj_key(&w, "from");
        qzj_date(&w, s.from);
        qzj_key(&w, "to");
        qzj_date(&w, s.to);
        qzj_key(&w, "days");
        qzj_int(&w, s.to - s.from + 1);
        qzj_end_object(&w);
    }
    qzj_end_array(&w);
    qzj_key(&w, "workdays");
    qzj_begin_array(&w);
    for (i = 0; i < count; i++) {
        if (days[i].kind != QZ_DAY_MAKEUP)
            continue;
        qzj_begin_object(&w);
        qzj_key(&w, "date");
        qzj_date(&w, days[i].date);
        qzj_key(&w, "for");
        qzj_string(&w, days[i].name);
        qzj_end_object(&w);
    }
    qzj_end_array(&w);
    qzj_end_object(&w);
    qzj_finish(&w);
}

/* One line per holiday period, with the make-up workdays that serve it. */
static void year_text(int year, const qz_calendar_day *days, size_t count)
{
    size_t i, j;

    printf("%d年 节假日安排\n", year);
    if (count == 0)
        printf("  （无）\n");
    for (i = 0; i < count;) {
        span s;
        int first = 1;
        if (days[i].kind != QZ_DAY_HOLIDAY) {
            i++;
            continue;
        }
        s = next_holiday(days, count, &i);
        printf("  ");
        qzc_pad(stdout, holiday_cn(s.name), 10);
        printf("%s 至 %s  放假%2d天", qzc_date_str(s.from), qzc_date_str(s.to), (int)(s.to - s.from + 1));
        for (j = 0; j < count; j++) {
            if (days[j].kind != QZ_DAY_MAKEUP || !days[j].name || !s.name ||
                strcmp(days[j].name, s.name) != 0)
                continue;
            printf("%s%s(%s)", first ? "  调休上班 " : "、", qzc_date_str(days[j].date),
                   qzc_weekday_cn(days[j].date));
            first = 0;
        }
        printf("\n");
    }
}

static int cmd_year(qzc_ctx *c, const qz_calendar *cal, int year)
{
    const qz_calendar_day *days;
    size_t count;
    int rc;

    if ((rc = qz_calendar_arrangement(&days, &count, cal, year)) < 0)
        return qzc_fail(c, rc);
    if (c->g.json)
        year_json(year, days, count);
    else
        year_text(year, days, count);
    return 0;
}

/* The covered years, where each came from, and how long the data lasts. */
static int cmd_coverage(qzc_ctx *c, const qz_calendar *cal)
{
    int first = 0, last = 0, y, provisional = qz_calendar_is_provisional(cal);
    qz_date last_day, today = qz_date_today();

    if (qz_calendar_coverage(&first, &last, cal) != QZ_OK)
        return qzc_fail(c, QZ_EINVAL);
    qz_date_from_ymd(&last_day, last, 12, 31);
    if (c->g.json) {
        qzj w;
        qzj_init(&w, stdout);
        qzj_begin_object(&w);
        qzj_key(&w, "first_year");
        qzj_int(&w, first);
        qzj_key(&w, "last_year");
        qzj_int(&w, last);
        qzj_key(&w, "last_day");
        qzj_date(&w, last_day);
        qzj_key(&w, "days_remaining");
        qzj_int(&w, (int)(last_day - today));
        qzj_key(&w, "provisional");
        qzj_bool(&w, provisional);
        qzj_key(&w, "years");
        qzj_begin_array(&w);
        for (y = first; y <= last; y++) {
            qzj_begin_object(&w);
            qzj_key(&w, "year");
            qzj_int(&w, y);
            qzj_key(&w, "origin");
            qzj_string(&w, qz_calendar_year_origin(cal, y));
            qzj_end_object(&w);
        }
        qzj_end_array(&w);
        qzj_end_object(&w);
        qzj_finish(&w);
        return 0;
    }
    printf("覆盖年份 %d-%d，最后一日 %s，", first, last, qzc_date_str(last_day));
    if (last_day >= today)
        printf("尚余 %d 天\n", (int)(last_day - today));
    else
        printf("已过 %d 天\n", (int)(today - last_day));
    for (y = first; y <= last; y++)
        printf("  %d  %s\n", y, qz_calendar_year_origin(cal, y));
    if (provisional)
        printf("  %d 年起  provisional（暂定：法定节假日及周末）\n", last + 1);
    return 0;
}

int qzc_cmd_workdays(qzc_ctx *c, int argc, char **argv)
{
    static const struct {
        const char *name, *command;
        int min_args, max_args;
    } subs[] = {
        {"is", "workdays is", 0, 1},
        {"add", "workdays add", 2, 2},
        {"between", "workdays between", 2, 2},
        {"year", "workdays year", 0, 1},
        {"coverage", "workdays coverage", 0, 0},
    };
    const char *pos[2];
    const qz_calendar *cal;
    qz_date a = 0, b = 0;
    size_t i;
    int n, rc, num = 0, year = 0;

    if (argc < 1)
        return qzc_usage(c, "missing subcommand (is, add, between, year or coverage)");
    for (i = 0; i < 5; i++)
        if (strcmp(argv[0], subs[i].name) == 0)
            break;
    if (i == 5)
        return qzc_usage(c, "unknown subcommand '%s' (is, add, between, year or coverage)", argv[0]);
    c->command = subs[i].command;
    if ((rc = qzc_parse(c, argc - 1, argv + 1, NULL, pos, subs[i].min_args, subs[i].max_args, &n)) != 0)
        return rc;
    /* The whole command line is checked before any data is loaded. */
    a = qz_date_today();
    qz_date_to_ymd(&year, NULL, NULL, a);
    if (n == 0)
        rc = 0; /* "is" and "year" default to today and this year */
    else if (i == 0 || i == 1)
        rc = qzc_date_arg(c, pos[0], "DATE", &a);
    else if (i == 2)
        rc = qzc_date_arg(c, pos[0], "A", &a);
    else
        rc = qzc_int_arg(c, pos[0], "YEAR", &year);
    if (!rc && i == 1)
        rc = qzc_int_arg(c, pos[1], "N", &num);
    if (!rc && i == 2)
        rc = qzc_date_arg(c, pos[1], "B", &b);
    if (rc || (rc = qzc_load_calendar(c, &cal)) != 0)
        return rc;
    switch (i) {
    case 0: return cmd_is(c, cal, a);
    case 1: return cmd_add(c, cal, a, num);
    case 2: return cmd_between(c, cal, a, b);
    case 4: return cmd_coverage(c, cal);
    default: return cmd_year(c, cal, year);
    }
}
