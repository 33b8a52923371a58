"""Every query of the model through Python, with the people and the
citation; a second county's rules give different answers from the same code."""
import datetime
import unittest

import quanze
from support import test_data

D = datetime.date


def posts(people):
    return [p.post for p in people]


class QueryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = quanze.Model.default()

    def test_sign_request_to_city(self):
        a = self.model.sign("request", D(2026, 3, 2), recipient="city-government", portfolios=["deputy-1"])
        self.assertEqual(a.kind, quanze.QueryKind.SIGN)
        self.assertTrue(a.found)
        self.assertEqual(posts(a.who("signer")), ["county-head", "executive-deputy"])
        self.assertEqual([(c.article, c.item) for c in a.citations], [(54, 1)])
        self.assertEqual(str(a.citations[0]), "第五十四条第(一)项")
        self.assertEqual(a.citations[0].label, "第五十四条第(一)项")
        p = a.person
        self.assertEqual((p.capacity, p.via, p.role), (quanze.Capacity.SIGNER, quanze.Via.HOLDER, "county-head"))
        self.assertEqual(p.name, "高永胜")
        self.assertIn("第五十四条第(一)项", repr(a))

    def test_sign_while_county_head_away(self):
        a = self.model.sign("request", "2026-03-10", recipient="city-government")
        self.assertEqual(posts(a.who(quanze.Capacity.SIGNER)), ["executive-deputy"])
        self.assertIn(6, [c.article for c in a.citations])

    def test_sign_office_notice(self):
        a = self.model.sign("notice", "2026-03-02", issuer="government-office", portfolios=["deputy-1"])
        self.assertEqual(posts(a.who("signer")), ["office-director"])
        self.assertEqual(a.citations[0].article, 54)

    def test_meeting(self):
        a = self.model.meeting("executive", "2026-03-02")
        self.assertEqual(a.subject, "executive")
        self.assertEqual(a.subject_label, "县政府常务会议")
        self.assertEqual(posts(a.who("convener")), ["county-head"])
        self.assertEqual(posts(a.who("presider")), ["county-head"])
        self.assertIn("deputy-5", posts(a.who("member")))
        self.assertEqual(a.due, D(2026, 3, 9))
        self.assertEqual(a.value("unit"), quanze.TimeUnit.WORKDAYS)
        self.assertEqual(a.values["min"], 2)
        self.assertIn(48, [c.article for c in a.citations])

    def test_acting(self):
        here = self.model.acting("county-head", "2026-03-02")
        self.assertEqual((here.person.post, here.person.via), ("county-head", quanze.Via.HOLDER))
        away = self.model.acting("county-head", "2026-03-10")
        acting = away.who("acting")[0]
        self.assertEqual((acting.post, acting.via, acting.for_post), ("executive-deputy", quanze.Via.ENTRUSTED, "county-head"))
        self.assertEqual(posts(away.who("absent")), ["county-head"])
        nobody = self.model.acting("county-head", "2026-05-19")
        self.assertFalse(nobody.found)
        self.assertIn("委托", nobody.reason)
        self.assertEqual(nobody.who("acting"), [])
        self.assertIn(nobody.reason, nobody.explain())

    def test_deadlines(self):
        self.assertEqual(self.model.deadline("minutes-issue", "2026-03-02").due, D(2026, 3, 9))
        reply = self.model.deadline("consultation-reply", "2026-03-02", asof="2026-03-20")
        self.assertEqual(reply.value("earliest"), D(2026, 3, 5))
        self.assertTrue(reply.value("silence_no_objection"))
        own = self.model.deadline("consultation-reply", "2026-03-02", limit=3)
        self.assertEqual(own.due, D(2026, 3, 5))
        validity = self.model.deadline("normative-validity", "2026-03-02")
        self.assertEqual(validity.value(quanze.Value.UNIT), quanze.TimeUnit.YEARS)
        self.assertEqual(validity.due, D(2031, 3, 2))

    def test_leave(self):
        a = self.model.leave("deputy-1", "2026-03-10", "2026-03-09")
        self.assertIs(a.late, False)
        self.assertEqual([b.id for b in a.bodies if b.capacity == quanze.Capacity.FILED_WITH], ["county-party-office"])
        self.assertEqual(posts(a.who("report-to")), ["executive-deputy"])
        self.assertEqual(a.citations[0].article, 66)

    def test_leave_by_length_and_destination(self):
        m = quanze.Model.load(rules=test_data("rules", "variations.xml"), org=test_data("rules", "variations-org.xml"))
        a = m.leave("justice-principal", "2026-06-01", "2026-05-20", days=8, destination="abroad")
        self.assertIs(a.late, False)
        self.assertEqual(posts(a.who("approver")), ["deputy-1", "county-head"])
        self.assertEqual(sorted((c.article, c.item) for c in a.citations if c.article == 31), [(31, 0), (31, 1), (31, 2)])
        short = m.leave("justice-principal", "2026-06-01", "2026-05-31", days=2, destination="within-province")
        self.assertIs(short.late, True)
        self.assertEqual(posts(short.who("approver")), ["deputy-1"])
        with self.assertRaises(quanze.NotFoundError):
            m.leave("justice-principal", "2026-06-01", "2026-05-20", destination="mars")

    def test_quorum(self):
        a = self.model.quorum("executive", "2026-03-02", ["county-head", "executive-deputy"])
        self.assertIsInstance(a.met, bool)
        self.assertEqual(a.value("present"), 2)

    def test_substitute(self):
        a = self.model.substitute("plenary", "justice-principal", "justice-deputy", "2026-03-02",
                                  request_date="2026-03-01", presider_approved=True)
        self.assertIs(a.allowed, True)
        self.assertEqual(posts(a.who("substitute")), ["justice-deputy"])
        self.assertIn(47, [c.article for c in a.citations])

    def test_periodic(self):
        a = self.model.periodic("executive-meeting", "2026-03-02", ["2026-03-05"])
        self.assertIs(a.compliant, False)
        self.assertEqual(a.value("shortfall"), 1)
        self.assertEqual(a.value("period_start"), D(2026, 3, 1))
        ok = self.model.periodic("executive-meeting", "2026-03-02", [D(2026, 3, 5), D(2026, 3, 19)])
        self.assertIs(ok.compliant, True)

    def test_obligations(self):
        items = self.model.obligations("2026-01-01", "2026-12-31", post="justice-principal")
        ids = [it.subject for it in items]
        self.assertIn("rectify-supervision", ids)
        self.assertNotIn("implement-instructions", ids)
        it = items[ids.index("rectify-supervision")]
        self.assertEqual(it.kind, quanze.QueryKind.OBLIGATIONS)
        self.assertEqual(it.obligation_trigger(), "event")
        self.assertEqual(it.obligation_action(), "rectify")
        self.assertIn("justice-principal", posts(it.who("responsible")))
        self.assertEqual([b.id for b in it.bodies if b.capacity == quanze.Capacity.OBLIGEE], ["county-government"])
        self.assertEqual([c.article for c in it.citations], [33])
        plan = self.model.obligations("2026-06-01", unit="government-office")
        plan = [it for it in plan if it.subject == "supervision-annual-plan"][0]
        self.assertEqual(plan.value("period_start"), D(2026, 1, 1))
        del items  # the items keep their list alive
        self.assertIn("督促检查工作年度计划", plan.explanation)
        with self.assertRaises(quanze.NotFoundError):
            self.model.obligations("2026-01-01", post="no-such-post")

    def test_normative(self):
        a = self.model.normative("2026-03-02", flags=["implements-law"])
        self.assertIs(a.compliant, False)
        self.assertEqual(a.value("violations"), len(a.findings))
        self.assertIn("legality-review", [f.id for f in a.findings])

    def test_matrix(self):
        matters = self.model.matters("2026-03-02")
        self.assertGreater(len(matters), 30)
        self.assertEqual(matters[0].kind, quanze.MatterKind.ROLE)
        head = self.model.matter("2026-03-02", "county-head")
        self.assertEqual(head.kind, quanze.QueryKind.MATTER)
        self.assertEqual(head.person.name, "高永胜")
        self.assertEqual(self.model.matter("2026-03-02", matters[1]).subject, matters[1].id)
        whole = self.model.matrix("2026-03-02")
        self.assertEqual(len(whole), len(matters))
        with self.assertRaises(quanze.NotFoundError):
            self.model.matter("2026-03-02", "no-such-matter")

    def test_bad_questions(self):
        with self.assertRaises(quanze.NotFoundError):
            self.model.sign("nonsense", "2026-03-02")
        with self.assertRaises(quanze.NotFoundError):
            self.model.meeting("tea-party", "2026-03-02")
        with self.assertRaises(quanze.OutOfCalendarError):
            self.model.meeting("executive", "2019-03-02")  # before the rules took effect
        with self.assertRaises(quanze.OutOfCalendarError):
            self.model.deadline("minutes-issue", "2026-12-30")  # runs past the calendar
        with self.assertRaises(TypeError):
            self.model.quorum("executive", "2026-03-02", [1, 2])
        with self.assertRaises(quanze.InvalidArgumentError):
            self.model.sign("other", "2026-03-02", facts=["no-such-fact"])

    def test_other_county_answers_differently(self):
        other = quanze.Model.load(rules=test_data("rules", "other-county.xml"), org=test_data("org", "small.xml"))
        self.assertEqual(other.rules.id, "other-county-2024")
        self.assertEqual(other.deadline("minutes-issue", "2026-03-02").due, D(2026, 3, 11))  # 7 working days
        self.assertEqual(self.model.deadline("minutes-issue", "2026-03-02").due, D(2026, 3, 9))  # 5 working days
        a = other.acting("county-head", "2026-03-10")
        self.assertEqual(posts(a.who("acting")), ["executive-deputy"])

    def test_model_parts(self):
        self.assertEqual(self.model.rules.id, "yunxi-2021")
        self.assertEqual(self.model.org.id, "yunxi")
        self.assertEqual(self.model.calendar.region, "CN")
        self.assertEqual(self.model.rules_at("2026-03-02").id, "yunxi-2021")
        self.assertIsNone(self.model.rules_at("2019-03-02"))

    def test_load_from_objects_and_bytes(self):
        cal = quanze.Calendar.default()
        with open(test_data("org", "small.xml"), "rb") as f:
            m = quanze.Model.load(org=f.read(), calendar=cal)
        self.assertEqual(m.org.id, "small")

    def test_model_slot(self):
        slot = quanze.ModelSlot.create(self.model)
        self.assertEqual(slot.model.rules.id, "yunxi-2021")
        other = quanze.Model.load(org=test_data("org", "small.xml"))
        slot.model = other
        self.assertEqual(slot.get().org.id, "small")
        self.assertIsNone(quanze.ModelSlot.create(None).get())


if __name__ == "__main__":
    unittest.main()
