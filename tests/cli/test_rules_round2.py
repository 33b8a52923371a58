"""Issue 10 corrections on the command line: `sign --flag` for a rule set's
own facts, the help listing the loaded rule set's vocabulary, and the matrix
showing the powers each acting rule gives."""
import qzcli
from qzcli import CliTestCase, run, run_json, source

OTHER = ("--rules", source("tests", "data", "rules", "other-county.xml"), "--org", source("tests", "data", "rules", "scenario-org.xml"))
DAY = "2026-06-10"


class SignFlagTest(CliTestCase):
    def test_flag_selects_the_rule_sets_row(self):
        r, d = run_json(*OTHER, "sign", "--kind", "other", "--flag", "personnel", "--date", DAY)
        self.assertStatus(r, 0)
        self.assertEqual(d["flags"], ["personnel"])
        self.assertEqual([p["post"] for p in d["signers"]], ["county-head"])
        self.assertIn(21, [c["article"] for c in d["citations"]])

    def test_unknown_flag_is_refused(self):
        r = run(*OTHER, "sign", "--kind", "other", "--flag", "personel", "--date", DAY)
        self.assertNotEqual(r.code, 0, r)
        self.assertIn("personel", r.err)

    def test_flag_repeats(self):
        r, d = run_json(*OTHER, "sign", "--kind", "other", "--flag", "personnel", "--flag", "personnel",
                        "--date", DAY)
        self.assertStatus(r, 0)
        self.assertEqual(d["flags"], ["personnel", "personnel"])


class HelpVocabularyTest(CliTestCase):
    def test_help_lists_the_loaded_rule_set(self):
        r = run("--rules", source("tests", "data", "rules", "other-county.xml"), "sign", "--help")
        self.assertStatus(r, 0)
        self.assertIn("other-county-2024", r.out)
        self.assertIn("personnel", r.out)
        self.assertNotIn("county-congress", r.out)

    def test_help_lists_yunxi_by_default(self):
        r = run("help", "sign")
        self.assertStatus(r, 0)
        self.assertIn("yunxi-2021", r.out)
        self.assertIn("county-congress", r.out)
        self.assertIn("--flag ID", r.out)


class MatrixPowersTest(CliTestCase):
    def test_json_powers(self):
        r, d = run_json("matrix", "--date", DAY)
        self.assertStatus(r, 0)
        powers = {m["id"]: m.get("powers") for m in d["matters"] if m["kind"] == "acting"}
        self.assertEqual(powers["deputy-ab"], "general")
        self.assertEqual(powers["county-head-office-convener"], "preside")
        self.assertEqual(powers["county-head-away"], "preside sign approve-leave general")
        others = [m for m in d["matters"] if m["kind"] != "acting" and "powers" in m]
        self.assertEqual(others, [])

    def test_text_and_html_powers(self):
        r = run("matrix", "--date", DAY)
        self.assertStatus(r, 0)
        self.assertIn("代行权限", r.out)
        self.assertIn("一般职责(政务活动)", r.out)
        r = run("matrix", "--format", "html", "--date", DAY)
        self.assertStatus(r, 0)
        self.assertIn("<dt>代行权限</dt>", r.out)


if __name__ == "__main__":
    qzcli.main("sign", "matrix")
