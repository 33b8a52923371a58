"""Clause shapes of other governments' rules on the command line: `acting
--kind/--instructed` for acting limited to kinds of matters, `meeting
--invite/--minutes/--held` for approval by invitees, length caps and caps per
unit, and `leave` under several leave rules (tests/data/rules/third-county.xml)."""
import qzcli
from qzcli import CliTestCase, run, run_json, source

THIRD = ("--rules", source("tests", "data", "rules", "third-county.xml"),
         "--org", source("tests", "data", "rules", "third-county-org.xml"))


class ActingKindTest(CliTestCase):
    def test_urgent_matter_has_the_deputy(self):
        r, d = run_json(*THIRD, "acting", "office-director", "--date", "2025-03-10", "--kind", "urgent")
        self.assertStatus(r, 0)
        self.assertEqual(d["acting"]["post"], "office-deputy")
        self.assertIn((9, 2), [(c["article"], c["item"]) for c in d["citations"]])

    def test_routine_matter_has_no_one(self):
        r, d = run_json(*THIRD, "acting", "office-director", "--date", "2025-03-10", "--kind", "routine")
        self.assertStatus(r, 0)
        self.assertIsNone(d["acting"])
        self.assertIn("代行仅限临时性、紧急性工作", d["reason"])

    def test_instructions_prevail(self):
        r, d = run_json(*THIRD, "acting", "office-director", "--date", "2025-03-10", "--kind", "urgent",
                        "--instructed")
        self.assertStatus(r, 0)
        self.assertIsNone(d["acting"])
        self.assertIn("从其交代", d["reason"])

    def test_unknown_kind_is_refused(self):
        r = run(*THIRD, "acting", "office-director", "--date", "2025-03-10", "--kind", "sometimes")
        self.assertNotEqual(r.code, 0, r)
        self.assertIn("sometimes", r.err)

    def test_help(self):
        r = run("help", "acting")
        self.assertStatus(r, 0)
        self.assertIn("--kind KIND", r.out)
        self.assertIn("--instructed", r.out)


class MeetingShapesTest(CliTestCase):
    def test_approver_by_invitees(self):
        r, d = run_json(*THIRD, "meeting", "county-wide", "--date", "2025-03-20", "--invite", "deputy-b")
        self.assertStatus(r, 0)
        self.assertEqual([p["post"] for p in d["approvers"]], ["county-head"])
        r, d = run_json(*THIRD, "meeting", "county-wide", "--date", "2025-03-20", "--invite", "town-head")
        self.assertEqual([p["post"] for p in d["approvers"]], ["executive-deputy"])
        r, d = run_json(*THIRD, "meeting", "county-wide", "--date", "2025-03-20", "--portfolio", "town-a")
        self.assertEqual([p["post"] for p in d["approvers"]], ["deputy-a"])

    def test_caps(self):
        r, d = run_json(*THIRD, "meeting", "county-wide", "--date", "2025-03-20", "--minutes", "300",
                        "--held", "1")
        self.assertStatus(r, 0)
        ids = [f["id"] for f in d["findings"]]
        self.assertIn("too-long-note", ids)
        self.assertIn("unit-cap", ids)
        self.assertFalse(d["compliant"])
        r, d = run_json(*THIRD, "meeting", "county-wide", "--date", "2025-03-20", "--minutes", "240")
        self.assertTrue(d["compliant"])
        self.assertEqual(d["findings"], [])

    def test_bad_numbers_are_usage_errors(self):
        r = run(*THIRD, "meeting", "county-wide", "--date", "2025-03-20", "--minutes", "half")
        self.assertEqual(r.code, 2, r)

    def test_help(self):
        r = run("help", "meeting")
        self.assertStatus(r, 0)
        for opt in ("--invite ID", "--minutes N", "--held N"):
            self.assertIn(opt, r.out)


class LeaveSeveralRulesTest(CliTestCase):
    def test_parties_merge_and_both_rules_are_cited(self):
        r, d = run_json(*THIRD, "leave", "deputy-a", "--depart", "2025-03-17", "--notified", "2025-03-13")
        self.assertStatus(r, 0)
        arts = [c["article"] for c in d["citations"]]
        self.assertIn(40, arts)
        self.assertIn(41, arts)
        self.assertEqual(sorted(p["post"] for p in d["approvers"]), ["county-head", "executive-deputy"])


if __name__ == "__main__":
    qzcli.main("acting", "meeting", "leave")
