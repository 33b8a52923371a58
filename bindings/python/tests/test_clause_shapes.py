"""The request fields of the clause shapes through Python, on the third county's
rule set (tests/data/rules/third-county.xml), asserting what tests/test_clause_shapes.c
asserts: acting limited to kinds of matters (matter_kind, instructed), meeting
approval by invitees, the length cap and the cap per unit (invitees, minutes, held)."""
import datetime
import unittest

import quanze
from support import test_data

D = datetime.date


def posts(people):
    return [p.post for p in people]


def articles(answer):
    return [(c.article, c.item) for c in answer.citations]


def finding_ids(answer):
    return [f.id for f in answer.findings]


class ClauseShapesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = quanze.Model.load(test_data("rules", "third-county.xml"),
                                      test_data("rules", "third-county-org.xml"))

    def meeting(self, type, invitees=(), minutes=0, held=0):
        return self.model.meeting(type, D(2025, 3, 20), portfolio="deputy-a", invitees=invitees,
                                  minutes=minutes, held=held)

    def test_acting_matter_kinds(self):
        for kind in ("temporary", "urgent"):
            a = self.model.acting("office-director", D(2025, 3, 10), matter_kind=kind)
            self.assertEqual(posts(a.who("acting")), ["office-deputy"])
            self.assertEqual(a.who("acting")[0].via, quanze.Via.ACTING)
            self.assertIn((9, 2), articles(a))
        for kind in ("routine", "major", None):
            a = self.model.acting("office-director", D(2025, 3, 11), matter_kind=kind)
            self.assertFalse(a.found)
            self.assertEqual(a.who("acting"), [])
            self.assertIn("代行仅限临时性、紧急性工作", a.reason)
            self.assertIn((9, 2), articles(a))
        a = self.model.acting("office-director", D(2025, 3, 10), matter_kind="urgent", instructed=True)
        self.assertFalse(a.found)
        self.assertIn("从其交代", a.reason)
        self.assertIn((9, 2), articles(a))
        # the director present acts herself, whatever the kind
        a = self.model.acting("office-director", D(2025, 3, 12), matter_kind="routine", instructed=True)
        self.assertEqual(posts(a.who("acting")), ["office-director"])
        self.assertEqual(a.who("acting")[0].via, quanze.Via.HOLDER)
        # rules without matter kinds ignore the kind
        a = self.model.acting("county-head", D(2025, 3, 11), matter_kind="routine", instructed=True)
        self.assertEqual(posts(a.who("acting")), ["executive-deputy"])
        # the check agrees with the question
        d = self.model.check_act_for("office-deputy", "office-director", D(2025, 3, 10), matter_kind="urgent")
        self.assertIs(d.allowed, True)
        self.assertFalse(self.model.check_act_for("office-deputy", "office-director", D(2025, 3, 10),
                                                  matter_kind="urgent", instructed=True).allowed)
        self.assertFalse(self.model.check_act_for("office-deputy", "office-director", D(2025, 3, 11),
                                                  matter_kind="routine").allowed)
        with self.assertRaises(quanze.NotFoundError) as e:
            self.model.acting("office-director", D(2025, 3, 10), matter_kind="sometimes")
        self.assertIn("sometimes", str(e.exception))

    def test_meeting_approval_by_invitees(self):
        a = self.meeting("county-wide", ["deputy-b"])
        self.assertEqual(posts(a.who("approver")), ["county-head"])
        self.assertIn((13, 0), articles(a))
        self.assertNotIn((13, 3), articles(a))
        a = self.meeting("county-wide", ["county-head"])  # a role id
        self.assertEqual(posts(a.who("approver")), ["county-head"])
        a = self.meeting("county-wide", ["town-a-head"])
        self.assertEqual(posts(a.who(quanze.Capacity.APPROVER)), ["executive-deputy"])
        self.assertIn((13, 2), articles(a))
        self.assertNotIn((13, 0), articles(a))
        a = self.meeting("county-wide", ("office-deputy",))
        self.assertEqual(posts(a.who("approver")), ["deputy-a"])
        self.assertIn((13, 3), articles(a))
        a = self.meeting("county-wide")
        self.assertEqual(posts(a.who("approver")), ["deputy-a"])
        self.assertIn("未说明邀请对象", a.explanation)
        with self.assertRaises(quanze.NotFoundError):
            self.meeting("county-wide", ["nobody"])
        with self.assertRaises(TypeError):
            self.meeting("county-wide", [None])

    def test_meeting_caps(self):
        a = self.meeting("county-wide", minutes=240)
        self.assertNotIn("too-long-note", finding_ids(a))
        self.assertIs(a.compliant, True)
        a = self.meeting("county-wide", minutes=300)
        self.assertIn("too-long-note", finding_ids(a))
        self.assertNotIn("too-long", finding_ids(a))
        self.assertIs(a.compliant, True)
        self.assertIn((12, 0), articles(a))
        self.assertIs(self.meeting("briefing", minutes=120).compliant, True)
        a = self.meeting("briefing", minutes=121)
        self.assertIn("too-long", finding_ids(a))
        self.assertIs(a.compliant, False)
        self.assertIn((15, 0), articles(a))
        self.assertIsNone(self.meeting("briefing").compliant)  # no length given: nothing checked
        self.assertNotIn("unit-cap", finding_ids(self.meeting("county-wide")))
        a = self.meeting("county-wide", held=1)
        self.assertIn("unit-cap", finding_ids(a))
        self.assertIs(a.compliant, False)
        self.assertIn((12, 0), articles(a))


if __name__ == "__main__":
    unittest.main()
