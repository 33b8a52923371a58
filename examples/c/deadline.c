/* When are the minutes of a meeting held on a given day due? Art. 48 of the
 * Yunxi rules: within 5 working days after the meeting.
 *     deadline [YYYY-MM-DD [N]]        (default: 2026-09-30, 5) */
#include <stdio.h>
#include <stdlib.h>

#include <quanze.h>

static int fail(const char *what)
{
    const qz_error *e = qz_error_last();
    fprintf(stderr, "%s: %s (%s)\n", what, qz_error_message(e), qz_strerror(qz_error_code(e)));
    return 1;
}

int main(int argc, char **argv)
{
    const char *meeting = argc > 1 ? argv[1] : "2026-09-30";
    int n = argc > 2 ? atoi(argv[2]) : 5;
    qz_date day, due;
    qz_calendar *cal = NULL;

    if (qz_version() / 10000 != QZ_VERSION_MAJOR)
        return fail("library and headers disagree on the major version");
    if (qz_date_parse(&day, meeting) != QZ_OK)
        return fail("meeting date");
    if (qz_calendar_default(&cal) != QZ_OK)
        return fail("calendar");
    if (qz_calendar_add_workdays(&due, cal, day, n) != QZ_OK) {
        qz_calendar_free(cal);
        return fail("deadline");
    }
    char text[QZ_DATE_BUFSIZE];
    qz_date_format(text, sizeof(text), due);
    printf("meeting %s: due %s (%d working days, quanze %s)\n", meeting, text, n, qz_version_string());
    qz_calendar_free(cal);
    return 0;
}
