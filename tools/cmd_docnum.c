/* quanze docnum: checks a 发文字号 against GB/T 9704-2012 7.2.4, the signing
 * date when given, and the agency codes (the --agency-code list, or the
 * loaded rule set's for --issuer and --kind), and prints each finding with
 * its character position; exit status 1 when there are any. */
#include "cli.h"

int qzc_cmd_docnum(qzc_ctx *c, int argc, char **argv)
{
    qzc_list codes = {NULL, 0, 0};
    const char *date = NULL, *pos[1];
    qz_docnum_check_options opt = QZ_DOCNUM_CHECK_OPTIONS_INIT;
    const qzc_opt spec[] = {{"--date", QZC_OPT_VALUE, &date},
                            {"--issuer", QZC_OPT_VALUE, &opt.issuer},
                            {"--kind", QZC_OPT_VALUE, &opt.kind},
                            {"--agency-code", QZC_OPT_LIST, &codes},
                            {NULL, QZC_OPT_FLAG, NULL}};
    qz_docnum_finding f[QZ_DOCNUM_MAX_FINDINGS];
    qz_docnum d;
    size_t nf = 0;
    int n = 0, rc = qzc_parse(c, argc, argv, spec, pos, 1, 1, &n);
    if (!rc && date) {
        rc = qzc_date_arg(c, date, "--date", &opt.date);
        opt.has_date = 1;
    }
    opt.codes = codes.items;
    opt.ncodes = codes.n;
    if (!rc)
        rc = qzc_load_model(c, &opt.model); /* the rule set's agency codes */
    if (!rc && (rc = qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &nf, pos[0], &opt)) != QZ_OK)
        rc = qz_error_code(qz_error_last()) == QZ_ENOTFOUND
                 ? qzc_usage(c, "%s", qz_error_message(qz_error_last()))
                 : qzc_fail(c, rc);
    if (rc) {
        qzc_list_free(&codes);
        return rc;
    }
    int parsed = qz_docnum_parse(&d, pos[0]) == QZ_OK;
    if (c->g.json) {
        qzj w;
        qzj_init(&w, stdout);
        qzj_begin_object(&w);
        qzj_key(&w, "docnum");
        qzj_string(&w, pos[0]);
        qzj_key(&w, "code");
        qzj_string(&w, parsed ? d.code : NULL);
        qzj_key(&w, "year");
        if (parsed)
            qzj_int(&w, d.year);
        else
            qzj_null(&w);
        qzj_key(&w, "serial");
        if (parsed)
            qzj_int(&w, (long long)d.serial);
        else
            qzj_null(&w);
        qzj_key(&w, "findings");
        qzj_begin_array(&w);
        for (size_t i = 0; i < nf; i++) {
            qzj_begin_object(&w);
            qzj_key(&w, "id");
            qzj_string(&w, f[i].id);
            qzj_key(&w, "offset");
            qzj_int(&w, (long long)f[i].offset);
            qzj_key(&w, "clause");
            qzj_string(&w, f[i].clause);
            qzj_key(&w, "text");
            qzj_string(&w, f[i].message);
            qzj_end_object(&w);
        }
        qzj_end_array(&w);
        qzj_end_object(&w);
        qzj_finish(&w);
    } else {
        if (parsed)
            printf("发文机关代字 %s  年份 %d  发文顺序号 %lu\n", d.code, d.year, d.serial);
        for (size_t i = 0; i < nf; i++)
            printf("第%zu字 %s [%s] %s\n", f[i].offset + 1, f[i].message, f[i].id, f[i].clause);
        if (!nf)
            printf("符合 GB/T 9704-2012 7.2.4\n");
    }
    qzc_list_free(&codes);
    return nf ? QZC_EXIT_FAILED : QZC_EXIT_OK;
}
