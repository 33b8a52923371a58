"""Lifetimes: answers, records and the parts of a model outlive the objects
they came from, whatever order the garbage collector frees things in."""
import gc
import unittest

import quanze


class MemoryTest(unittest.TestCase):
    def test_answer_outlives_model(self):
        model = quanze.Model.default()
        answer = model.sign("request", "2026-03-02", recipient="city-government")
        acting = model.acting("county-head", "2026-03-10")
        del model
        gc.collect()
        # The answer holds its own reference to the model in C.
        self.assertEqual(answer.person.post, "county-head")
        self.assertEqual(acting.who("acting")[0].for_post, "county-head")
        self.assertIn("第五十四条", answer.explanation)

    def test_records_outlive_answer(self):
        model = quanze.Model.default()
        answer = model.acting("county-head", "2026-03-10")
        people, citations = answer.people, answer.citations
        del answer, model
        gc.collect()
        # Records are copies owned by the binding.
        self.assertEqual(people[1].post, "executive-deputy")
        self.assertEqual(citations[0].article, 6)

    def test_parts_outlive_model(self):
        model = quanze.Model.default()
        cal, org, rules = model.calendar, model.org, model.rules
        del model
        gc.collect()
        self.assertTrue(cal.is_workday("2026-10-09"))
        self.assertEqual(org.holder("county-head", "2026-03-02"), "p002")
        self.assertEqual(rules.id, "yunxi-2021")

    def test_model_outlives_its_inputs(self):
        rules, org, cal = quanze.Rules.default(), quanze.Org.default(), quanze.Calendar.default()
        model = quanze.Model.load(rules=rules, org=org, calendar=cal)
        del rules, org, cal
        gc.collect()
        self.assertTrue(model.acting("county-head", "2026-03-02").found)

    def test_many_answers_freed_in_any_order(self):
        model = quanze.Model.default()
        answers = [model.meeting("executive", "2026-03-02") for _ in range(200)]
        people = [a.people for a in answers[::7]]
        del answers[::2]
        del model
        gc.collect()
        self.assertTrue(all(p[0].post == "county-head" for p in people))
        self.assertTrue(all(a.due is not None for a in answers))

    def test_strings_of_the_question_are_not_kept(self):
        model = quanze.Model.default()
        post = "".join(["county", "-", "head"])  # a fresh string object
        answer = model.acting(post, "2026-03-02")
        del post
        gc.collect()
        self.assertEqual(answer.person.post, "county-head")

    def test_no_question_keeps_its_strings(self):
        # Every question asked with fresh strings and lists, which are gone
        # before the answer is read, gives the answer asked with literals.
        def fresh(s):
            return "".join(list(s))

        questions = [
            ("meeting", ("executive", "2026-03-02"), {"portfolio": "deputy-1"}),
            ("sign", ("notice", "2026-03-02"),
             {"issuer": "county-government", "recipient": "city-government",
              "portfolios": ["deputy-1", "finance-deputy"]}),
            ("acting", ("county-head", "2026-03-10"), {"matter": "executive"}),
            ("deadline", ("consultation-reply", "2026-09-28"), {"asof": "2026-10-20"}),
            ("leave", ("deputy-1", "2026-03-10", "2026-03-01"), {}),
            ("quorum", ("executive", "2026-03-02", ["county-head", "deputy-1"]), {}),
            ("substitute", ("plenary", "justice-principal", "justice-deputy", "2026-03-02"),
             {"request_date": "2026-02-27", "presider_approved": True}),
            ("periodic", ("executive-meeting", "2026-03-02", ["2026-03-05"]), {}),
            ("normative", ("2026-03-02",), {"flags": ["implements-law"], "approved_by": "executive"}),
        ]

        def renew(v):
            if isinstance(v, str):
                return fresh(v)
            if isinstance(v, list):
                return [renew(x) for x in v]
            return v

        def snapshot(a):
            return (a.found, a.reason, a.subject, a.subject_label, a.explanation, a.people, a.bodies,
                    a.roles, a.citations, a.findings, a.values)

        model = quanze.Model.default()
        for name, args, kwargs in questions:
            with self.subTest(question=name):
                expected = snapshot(getattr(model, name)(*args, **kwargs))
                fresh_args = [renew(v) for v in args]
                fresh_kwargs = {k: renew(v) for k, v in kwargs.items()}
                answer = getattr(model, name)(*fresh_args, **fresh_kwargs)
                del fresh_args, fresh_kwargs
                gc.collect()
                self.assertEqual(snapshot(answer), expected)


if __name__ == "__main__":
    unittest.main()
