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


if __name__ == "__main__":
    unittest.main()
