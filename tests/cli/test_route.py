"""quanze route and quanze docnum: a draft file (XML or JSON) or options give
the same route; findings make the exit status 1."""
import qzcli
from qzcli import CliTestCase, run, run_json, source


def draft(name):
    return source("examples", "dms-plugin", name)


class RouteTest(CliTestCase):
    def test_xml_and_json_agree(self):
        r1, d1 = run_json("route", draft("draft.xml"))
        r2, d2 = run_json("route", draft("draft.json"))
        self.assertStatus(r1, 0)
        self.assertStatus(r2, 0)
        self.assertEqual(d1, d2)
        steps = [s["step"] for s in d1["steps"]]
        self.assertEqual(steps, ["drafting", "legality-review", "consultation", "office-review",
                                 "signing", "issue"])
        signing = d1["steps"][4]
        self.assertEqual(signing["rule"], "sign-54-2")
        self.assertEqual([p["who"]["post"] for p in signing["people"] if p["capacity"] == "signer"],
                         ["county-head"])
        self.assertEqual(d1["steps"][5]["values"]["due"], "2026-10-13")

    def test_options_and_findings(self):
        r, d = run_json("route", "--kind", "函", "--portfolio", "justice", "--date", "2026-06-10",
                        "--docnum", "西政函[2026]1号")
        self.assertStatus(r, 1)
        self.assertEqual([f["id"] for f in d["route_findings"]], ["brackets"])
        self.assertEqual(d["route_findings"][0]["source"], "GB/T 9704-2012 7.2.4")

    def test_unknown_kind(self):
        r = run("route", "--kind", "电报", "--date", "2026-06-10")
        self.assertStatus(r, 2)  # an unknown id is a usage error, as for quanze sign
        self.assertIn("电报", r.err)

    def test_usage(self):
        self.assertStatus(run("route"), 2)
        self.assertStatus(run("route", draft("draft.xml"), "--kind", "函"), 2)


class DocnumTest(CliTestCase):
    def test_good(self):
        r = run("docnum", "西政发〔2021〕11号", "--date", "2021-10-19", "--agency-code", "西政发")
        self.assertStatus(r, 0)

    def test_findings(self):
        r, d = run_json("docnum", "西政发〔2021〕第11号")
        self.assertStatus(r, 1)
        self.assertEqual(d["findings"][0]["id"], "ordinal")
        self.assertEqual(d["findings"][0]["offset"], 9)
        self.assertEqual(d["serial"], 11)

    def test_codes_from_the_rule_set(self):
        # no --agency-code: the loaded rule set's codes, for --issuer and --kind
        self.assertStatus(run("docnum", "西政函〔2026〕7号", "--kind", "函", "--date", "2026-06-10"), 0)
        for args, want in [(["西政字〔2026〕7号"], "unknown-code"),
                           (["西政办发〔2026〕7号", "--issuer", "county-government"], "code-issuer"),
                           (["西政发〔2026〕7号", "--kind", "函"], "code-kind")]:
            r, d = run_json("docnum", *args)
            self.assertStatus(r, 1)
            self.assertEqual([f["id"] for f in d["findings"]], [want], args)
        self.assertStatus(run("docnum", "西政发〔2026〕7号", "--kind", "电报"), 2)
        r, d = run_json("route", "--kind", "函", "--portfolio", "justice", "--date", "2026-06-10",
                        "--docnum", "西政发〔2026〕1号")
        self.assertStatus(r, 1)
        self.assertEqual([f["id"] for f in d["route_findings"]], ["code-kind"])


if __name__ == "__main__":
    qzcli.main()
