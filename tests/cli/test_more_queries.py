"""quanze periodic, substitute and normative: text and JSON answers with the
people and the citations, exit 1 when the answer is no, usage errors, and
the help listing the loaded rule set's vocabulary."""
import qzcli
from qzcli import CliTestCase, run, run_json


class PeriodicTest(CliTestCase):
    def test_executive_meeting_met(self):
        r, d = run_json("periodic", "executive-meeting", "--period", "2026-06-10",
                        "--dates", "2026-06-02", "2026-06-16")
        self.assertStatus(r, 0)
        self.assertEqual(d["periodic"], "executive-meeting")
        self.assertTrue(d["compliant"])
        self.assertEqual(d["dates"], ["2026-06-02", "2026-06-16"])
        self.assertEqual(d["values"]["count"], 2)
        self.assertEqual(d["values"]["period_start"], "2026-06-01")
        self.assertEqual(d["values"]["period_end"], "2026-06-30")
        self.assertEqual([p["post"] for p in d["responsible"] if "post" in p], ["county-head"])
        self.assertCitations(d, [40])

    def test_excess_of_a_principle_is_a_note(self):
        # 一般每个月召开2—3次: a fourth meeting is a note, not non-compliance
        r, d = run_json("periodic", "executive-meeting", "--period", "2026-06-10",
                        "--dates", "2026-06-02,2026-06-09,2026-06-16,2026-06-23")
        self.assertStatus(r, 0)
        self.assertTrue(d["compliant"])
        self.assertEqual([f["id"] for f in d["findings"]], ["excess-note"])

    def test_shortfall(self):
        r = run("periodic", "executive-meeting", "--period", "2026-06-10", "--dates", "2026-06-02")
        self.assertStatus(r, 1)
        self.assertIn("不符合规定", r.out)
        self.assertIn("第四十条", r.out)

    def test_usage(self):
        self.assertUsageError(run("periodic"))
        self.assertUsageError(run("periodic", "executive-meeting", "--dates", "June"))
        self.assertUsageError(run("periodic", "no-such-obligation", "--period", "2026-06-10"))


class SubstituteTest(CliTestCase):
    ARGS = ("--requested", "2026-06-09", "--approved", "--date", "2026-06-10")

    def test_department_deputy(self):
        r, d = run_json("substitute", "executive", "--principal", "development-reform-principal",
                        "--substitute", "development-reform-deputy", *self.ARGS)
        self.assertStatus(r, 0)
        self.assertTrue(d["allowed"])
        self.assertEqual(d["rule"], "department-attendance")
        self.assertEqual(d["written_request"], "2026-06-09")
        self.assertEqual([p["post"] for p in d["substitutes"]], ["development-reform-deputy"])
        self.assertPerson(d["substitutes"][0])
        self.assertIn("county-government", [u.get("unit") for u in d["approvers"]])
        self.assertCitations(d, [47])

    def test_institution_under_art_78(self):
        r, d = run_json("substitute", "executive", "--principal", "investment-promotion-principal",
                        *self.ARGS)
        self.assertStatus(r, 1)  # no substitute named
        self.assertFalse(d["allowed"])
        self.assertEqual(d["rule"], "institution-attendance")
        self.assertCitations(d, [47, 78])

    def test_not_allowed(self):
        r = run("substitute", "executive", "--principal", "development-reform-principal",
                "--substitute", "education-deputy", *self.ARGS)
        self.assertStatus(r, 1)
        self.assertIn("不能代为参会", r.out)
        self.assertIn("第四十七条", r.out)

    def test_usage(self):
        self.assertUsageError(run("substitute", "executive"))
        self.assertUsageError(run("substitute", "--principal", "development-reform-principal"))
        self.assertUsageError(run("substitute", "executive", "--principal", "nobody", "--date", "2026-06-10"))


class NormativeTest(CliTestCase):
    def test_compliant_government_document(self):
        r, d = run_json("normative", "--fact", "legality-reviewed", "drafted-by-department",
                        "--validity", "5", "--approved-by", "executive", "--date", "2026-06-10")
        self.assertStatus(r, 0)
        self.assertTrue(d["compliant"])
        self.assertEqual(d["violations"], 0)
        self.assertEqual(d["facts"], ["legality-reviewed", "drafted-by-department"])
        self.assertEqual([u["unit"] for u in d["reviewers"]], ["justice-bureau"])

    def test_findings(self):
        r, d = run_json("normative", "--fact", "drafted-by-department", "--validity", "6",
                        "--approved-by", "executive", "--date", "2026-06-10")
        self.assertStatus(r, 1)
        self.assertFalse(d["compliant"])
        self.assertEqual(sorted(f["id"] for f in d["findings"]), ["legality-review", "validity-limit"])
        self.assertCitations(d, [19, 20])

    def test_request_first_needs_several_departments(self):
        base = ("normative", "--fact", "department-document", "filed", "public-interest",
                "--validity", "3", "--date", "2026-06-10")
        r, d = run_json(*base)
        self.assertStatus(r, 0)
        self.assertEqual(d["approvers"], [])
        r, d = run_json(*(base + ("--fact", "multi-department")))
        self.assertStatus(r, 1)
        self.assertEqual([f["id"] for f in d["findings"]], ["public-interest-request"])
        self.assertEqual([u["unit"] for u in d["approvers"]], ["county-government"])
        self.assertCitations(d, [20])

    def test_usage(self):
        self.assertUsageError(run("normative", "--fact", "no-such-fact", "--date", "2026-06-10"))
        self.assertUsageError(run("normative", "--validity", "many"))
        self.assertUsageError(run("normative", "positional"))


class MeetingApprovalTest(CliTestCase):
    """Who must approve holding a meeting (Art. 50): the matrix's own section and the meeting answer."""

    def test_matrix_json(self):
        r, d = run_json("matrix", "--date", "2026-06-10")
        self.assertStatus(r, 0)
        rows = {a["meeting"]: a for a in d["meeting_approvals"]}
        self.assertEqual(list(rows), ["department-county-wide"])
        row = rows["department-county-wide"]
        self.assertEqual([u["unit"] for u in row["approvers"]], ["county-government"])
        self.assertIn("in-charge", [x["role"] for x in row["roles"]])
        self.assertIn(50, [c["article"] for c in row["citations"]])
        self.assertIn("matters", d)  # the matters keep their shape

    def test_matrix_text(self):
        out = run("matrix", "--date", "2026-06-10").out
        section = out.split("== 会议审批 ==\n", 1)[1]
        self.assertIn("[department-county-wide]", section)
        self.assertIn("县政府分管领导同志", section)
        self.assertIn("第五十条", section)

    def test_matrix_html(self):
        html = run("matrix", "--format", "html", "--date", "2026-06-10").out
        self.assertIn('<a href="#meeting-approvals">会议审批</a>', html)
        section = html.split('<h2 id="meeting-approvals">会议审批</h2>', 1)[1]
        self.assertIn("<code>department-county-wide</code>", section)
        self.assertIn("第五十条", section)

    def test_meeting_names_the_approvers(self):
        r, d = run_json("meeting", "department-county-wide", "--portfolio", "justice", "--date", "2026-06-10")
        self.assertStatus(r, 0)
        self.assertEqual([p["role"] for p in d["approvers"] if "role" in p], ["deputy"])
        self.assertIn("county-government", [u.get("unit") for u in d["approvers"]])
        self.assertCitations(d, [50])
        r, d = run_json("meeting", "executive", "--date", "2026-06-10")
        self.assertEqual(d["approvers"], [])


class PresentTest(CliTestCase):
    def test_unknown_and_non_member(self):
        r = run("quorum", "party-group", "--present", "county-head,no-such-post", "--date", "2026-06-10")
        self.assertUsageError(r)
        self.assertIn("no-such-post", r.err)
        r, d = run_json("quorum", "party-group", "--present", "county-head,development-reform-principal",
                        "--date", "2026-06-10")
        self.assertEqual([f["id"] for f in d["findings"]], ["not-a-member"])
        self.assertEqual([p["post"] for p in d["counted"]], ["county-head"])


class VocabularyTest(CliTestCase):
    def test_help_lists_the_rule_set(self):
        self.assertIn("executive-meeting", run("periodic", "--help").out)
        self.assertIn("institution-attendance", run("substitute", "--help").out)
        out = run("normative", "--help").out
        self.assertIn("legality-reviewed", out)
        self.assertIn("multi-department", out)
        other = run("--rules", qzcli.source("tests", "data", "rules", "city.xml"), "normative", "--help").out
        self.assertIn("Vocabulary of the rule set", other)
        self.assertNotIn("yunxi", other)


if __name__ == "__main__":
    qzcli.main()
