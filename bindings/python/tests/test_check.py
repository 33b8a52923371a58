"""Checks through Python: every action's decision on the Yunxi demo model,
with the capacity, how the actor qualifies, the citation and, when denied,
who could; a check allows exactly the people its query names; errors."""
import datetime
import unittest

import quanze

D = datetime.date
TO_CITY = dict(recipient="city-government", portfolios=["justice"])


class CheckTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = quanze.Model.default()

    def test_sign_denied_names_who_could(self):
        d = self.model.check_sign("deputy-1", "request", D(2026, 6, 10), **TO_CITY)
        self.assertIsInstance(d, quanze.Decision)
        self.assertFalse(d.allowed)
        self.assertFalse(d)
        self.assertEqual(d.action, "sign")
        self.assertEqual(d.capacity, quanze.Capacity.SIGNER)
        self.assertIsNone(d.via)
        self.assertIn("副县长董玉梅不在可以签发的人员之列", d.reason)  # named, not by id
        self.assertNotIn("deputy-1", d.reason)
        self.assertEqual([(c.post, c.name, c.post_name) for c in d.candidates],
                         [("county-head", "高永胜", "县长"), ("executive-deputy", "宋小燕", "常务副县长")])
        self.assertEqual((d.citation.article, d.citation.item), (54, 1))
        self.assertEqual(str(d.citation), "第五十四条第(一)项")
        self.assertIn("第五十四条第(一)项", repr(d))

    def test_sign_allowed_as_holder_by_post_or_person(self):
        by_post = self.model.check_sign("executive-deputy", "request", "2026-06-10", **TO_CITY)
        self.assertTrue(by_post.allowed)
        self.assertEqual((by_post.post, by_post.person, by_post.name), ("executive-deputy", "p003", "宋小燕"))
        self.assertEqual(by_post.via, quanze.Via.HOLDER)
        self.assertIsNone(by_post.reason)
        self.assertEqual(by_post.citation.rule, "sign-54-1")
        by_person = self.model.check_sign("p003", "request", "2026-06-10", **TO_CITY)
        self.assertTrue(by_person.allowed)
        self.assertEqual(by_person.post, "executive-deputy")

    def test_sign_while_the_county_head_is_away(self):
        # 2026-03-10: the county head is out of the county and has entrusted the executive deputy
        d = self.model.check_sign("executive-deputy", "request", "2026-03-10", recipient="city-government")
        self.assertTrue(d.allowed)
        self.assertEqual(d.via, quanze.Via.ENTRUSTED)
        self.assertEqual((d.for_post, d.for_name), ("county-head", "高永胜"))
        self.assertEqual(d.citation.article, 6)
        away = self.model.check_sign("county-head", "request", "2026-03-10", recipient="city-government")
        self.assertFalse(away.allowed)
        self.assertEqual([c.post for c in away.candidates], ["executive-deputy"])

    def test_countersign(self):
        d = self.model.check_countersign("deputy-1", "request", "2026-06-10", recipient="city-government",
                                         portfolios=["justice", "education"])
        self.assertEqual(d.action, "countersign")
        self.assertEqual(d.capacity, quanze.Capacity.COUNTERSIGNER)
        self.assertFalse(d.allowed)
        self.assertEqual(d.citation.article, 54)

    def test_meeting_checks(self):
        convene = self.model.check_convene("county-head", "executive", "2026-03-02")
        self.assertTrue(convene.allowed)
        self.assertEqual((convene.action, convene.capacity), ("convene", quanze.Capacity.CONVENER))
        self.assertEqual(convene.citation.article, 40)
        denied = self.model.check_convene("deputy-1", "executive", "2026-03-02")
        self.assertFalse(denied.allowed)
        self.assertEqual([c.name for c in denied.candidates], ["高永胜"])
        preside = self.model.check_preside("executive-deputy", "executive", "2026-03-10")
        self.assertTrue(preside.allowed)
        self.assertEqual((preside.via, preside.for_post), (quanze.Via.ENTRUSTED, "county-head"))
        self.assertFalse(self.model.check_preside("county-head", "executive", "2026-03-10").allowed)
        minutes = self.model.check_sign_minutes("county-head", "executive", "2026-03-02", major=True)
        self.assertTrue(minutes.allowed)
        self.assertEqual(minutes.capacity, quanze.Capacity.MINUTES_SIGNER_MAJOR)
        self.assertEqual(minutes.citation.article, 48)

    def test_leave_checks(self):
        office = self.model.check_receive_leave("government-office", "justice-principal", "2026-06-10", "2026-06-08")
        self.assertTrue(office.allowed)
        self.assertEqual((office.action, office.capacity), ("receive-leave", quanze.Capacity.REPORT_TO))
        self.assertEqual(office.citation.article, 66)
        head = self.model.check_receive_leave("county-head", "deputy-1", "2026-06-10", "2026-06-08")
        self.assertTrue(head.allowed)
        approve = self.model.check_approve_leave("deputy-1", "justice-principal", "2026-06-10", "2026-06-08")
        self.assertEqual((approve.action, approve.allowed), ("approve-leave", False))
        self.assertEqual(approve.capacity, quanze.Capacity.APPROVER)

    def test_act_for_and_substitute(self):
        d = self.model.check_act_for("executive-deputy", "county-head", "2026-03-10")
        self.assertTrue(d.allowed)
        self.assertEqual((d.capacity, d.via), (quanze.Capacity.ACTING, quanze.Via.ENTRUSTED))
        self.assertEqual(d.citation.article, 6)
        self.assertFalse(self.model.check_act_for("county-head", "county-head", "2026-03-10").allowed)
        s = self.model.check_substitute("justice-principal", "executive", "deputy-1", "2026-03-02",
                                        request_date="2026-02-27", presider_approved=True)
        self.assertEqual((s.action, s.allowed), ("substitute", False))
        self.assertIn("不允许他人代为参会", s.reason)
        self.assertEqual(s.citation.article, 47)

    def test_differential_against_the_query(self):
        # a check allows exactly the people the query names in the capacity
        org = self.model.org
        for date, kw in (("2026-06-10", TO_CITY), ("2026-03-10", dict(recipient="city-government")),
                         ("2026-06-10", dict(issuer="government-office", portfolios=["deputy-1"]))):
            answer = self.model.sign("request" if "recipient" in kw else "notice", date, **kw)
            signers = {p.post for p in answer.who("signer")}
            for post in org.posts:
                d = self.model.check_sign(post, "request" if "recipient" in kw else "notice", date, **kw)
                self.assertEqual(d.allowed, post in signers, (post, date, kw))

    def test_decision_is_plain_and_keeps_its_answer(self):
        a = self.model.check_sign("executive-deputy", "request", "2026-06-10", **TO_CITY)
        b = self.model.check_sign("executive-deputy", "request", "2026-06-10", **TO_CITY)
        self.assertEqual(a, b)
        self.assertEqual(hash(a), hash(b))
        answer = a.answer
        del a, b
        self.assertEqual([p.post for p in answer.who("signer")], ["county-head", "executive-deputy"])
        self.assertIn("第五十四条", answer.explain())

    def test_answer_asked_on_first_use_outlives_the_model(self):
        m = quanze.Model.default()
        d = m.check_sign("deputy-1", "request", "2026-06-10", **TO_CITY)
        del m  # the decision keeps its model: what it asks later still has one
        self.assertEqual([c.post for c in d.candidates], ["county-head", "executive-deputy"])
        self.assertIs(d.candidates, d.candidates)  # asked once, kept
        self.assertIs(d.answer, d.answer)
        self.assertEqual((d.citation.article, d.citation.item), (54, 1))
        self.assertIn("第五十四条", d.explain())

    def test_explain(self):
        d = self.model.check_sign("deputy-1", "request", "2026-06-10", **TO_CITY)
        text = d.explain()
        self.assertTrue(text.startswith(d.reason))
        self.assertIn("由县长或常务副县长签发", text)

    def test_errors(self):
        with self.assertRaisesRegex(TypeError, "'actor'"):
            self.model.check_sign(None, "request", "2026-06-10")
        with self.assertRaisesRegex(TypeError, "'kind'"):
            self.model.check_sign("county-head", None, "2026-06-10")
        with self.assertRaisesRegex(TypeError, "'post'"):
            self.model.check_act_for("county-head", None, "2026-06-10")
        with self.assertRaises(TypeError):
            self.model.check_convene("county-head", "executive", None)
        with self.assertRaises(quanze.NotFoundError):
            self.model.check_sign("nobody", "request", "2026-06-10")
        with self.assertRaises(quanze.NotFoundError):
            self.model.check_sign("county-head", "no-such-kind", "2026-06-10")
        with self.assertRaises(quanze.OutOfCalendarError):
            self.model.check_convene("county-head", "executive", "1990-01-01")
        with self.assertRaises(quanze.InvalidArgumentError):
            self.model.check_convene("county-head", "executive", "2026-2-3")


if __name__ == "__main__":
    unittest.main()
