"""close() and the context managers, None arguments, XML text given as a
path, the buffer (array('i')) path of the batch calls, and Model.create."""
import array
import datetime
import gc
import os
import unittest

import quanze
from support import SOURCE

D = datetime.date
EPOCH = D(1970, 1, 1)


def day_number(d):
    return (d - EPOCH).days


class CloseTest(unittest.TestCase):
    def test_with_closes_the_handle(self):
        with quanze.Calendar.default() as cal:
            self.assertTrue(cal.is_workday("2026-10-08"))
        with self.assertRaisesRegex(ValueError, "closed"):
            cal.is_workday("2026-10-08")
        cal.close()  # twice: nothing happens
        del cal
        gc.collect()

    def test_every_handle_closes(self):
        model = quanze.Model.default()
        slot = quanze.ModelSlot.create(model)
        answer = model.acting("county-head", "2026-03-10")
        uses = [
            (model.calendar, lambda h: h.is_workday("2026-03-02")),
            (model.org, lambda h: h.units),
            (model.rules, lambda h: h.id),
            (answer, lambda h: h.explain()),
            (slot, lambda h: h.get()),
            (model, lambda h: h.sign("request", "2026-03-02")),
        ]
        for handle, use in uses:
            with self.subTest(handle=type(handle).__name__):
                use(handle)
                with handle as entered:
                    self.assertIs(entered, handle)
                with self.assertRaisesRegex(ValueError, "the object is closed"):
                    use(handle)
                handle.close()

    def test_what_a_closed_model_gave_out_stays_valid(self):
        with quanze.Model.default() as model:
            answer = model.sign("request", "2026-03-02", recipient="city-government")
            cal = model.calendar
        self.assertEqual(answer.person.name, "高永胜")
        self.assertIn("第五十四条", answer.explain())
        self.assertEqual(cal.add_workdays("2026-09-30", 1), D(2026, 10, 8))
        answer.close()
        with self.assertRaisesRegex(ValueError, "closed"):
            answer.explain()

    def test_exceptions_inside_with_propagate(self):
        with self.assertRaises(quanze.NotFoundError):
            with quanze.Model.default() as model:
                model.acting("no-such-post", "2026-03-02")
        with self.assertRaisesRegex(ValueError, "closed"):
            model.acting("county-head", "2026-03-02")


class NoneTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = quanze.Model.default()
        cls.cal = cls.model.calendar
        cls.org = cls.model.org

    def test_none_for_a_required_argument_is_a_type_error(self):
        calls = [
            lambda: self.model.sign(None, "2026-03-02"),
            lambda: self.model.acting(None, "2026-03-02"),
            lambda: self.model.meeting(None, "2026-03-02"),
            lambda: self.model.deadline(None, "2026-03-02"),
            lambda: self.model.leave(None, "2026-03-02", "2026-03-01"),
            lambda: self.model.sign("request", None),
            lambda: self.org.holder(None, "2026-03-02"),
            lambda: self.org.person_name(None),
            lambda: self.org.kind_of(None),
            lambda: self.cal.add_workdays(None, 1),
            lambda: self.cal.add_workdays_many(None, 1),
            lambda: self.cal.workdays_between_many(None, None),
            lambda: self.cal.with_region(None),
            lambda: quanze.Org.load(None),
            lambda: quanze.Calendar.load(None),
            lambda: quanze.Rules.load(None),
        ]
        for i, call in enumerate(calls):
            with self.subTest(call=i):
                with self.assertRaises(TypeError):
                    call()

    def test_the_message_names_the_parameter(self):
        with self.assertRaisesRegex(TypeError, "'post' must be a str, not None"):
            self.org.holder(None, "2026-03-02")

    def test_optional_arguments_still_take_none(self):
        self.assertTrue(self.model.sign("request", "2026-03-02", recipient="city-government", issuer=None).found)
        self.assertTrue(self.model.acting("county-head", "2026-03-10", matter=None).found)
        self.assertTrue(self.model.meeting("executive", "2026-03-02", portfolio=None).found)
        self.assertIsInstance(self.org.absences(None), list)
        self.assertGreater(len(self.org.absences()), 0)


class XmlTextTest(unittest.TestCase):
    def test_xml_text_given_as_a_path_says_so(self):
        path = os.path.join(SOURCE, "examples", "data", "yunxi-org.xml")
        with open(path, "rb") as f:
            xml = f.read()
        for load in (quanze.Org.load, quanze.Rules.load, quanze.Calendar.load):
            with self.subTest(load=load):
                with self.assertRaisesRegex(quanze.InvalidArgumentError, "XML text, not a path"):
                    load(xml.decode("utf-8"))
                with self.assertRaisesRegex(quanze.InvalidArgumentError, r"\.encode"):
                    load("\n  <org id='x'/>")
        self.assertEqual(quanze.Org.load(xml).id, quanze.Org.load(path).id)


class BufferBatchTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cal = quanze.Calendar.default()
        start = D(2004, 1, 20)
        cls.dates = [start + datetime.timedelta(days=(i * 7919) % 8300) for i in range(3000)]
        cls.ends = [min(d + datetime.timedelta(days=i % 61), D(2026, 12, 31)) for i, d in enumerate(cls.dates)]

    def test_add_workdays_array_matches_the_list_path(self):
        days = array.array("i", map(day_number, self.dates))
        for n in (1, 5, -3, 0):
            got = self.cal.add_workdays_many(days, n)
            self.assertIsInstance(got, array.array)
            self.assertEqual(got.typecode, "i")
            self.assertEqual([EPOCH + datetime.timedelta(days=x) for x in got],
                             self.cal.add_workdays_many(self.dates, n))
        self.assertEqual(list(days), list(map(day_number, self.dates)))  # the input is left alone

    def test_workdays_between_array_matches_the_list_path(self):
        a = array.array("i", map(day_number, self.dates))
        b = array.array("i", map(day_number, self.ends))
        got = self.cal.workdays_between_many(a, b)
        self.assertIsInstance(got, array.array)
        self.assertEqual(list(got), self.cal.workdays_between_many(self.dates, self.ends))
        self.assertEqual(list(self.cal.workdays_between_many(memoryview(a), memoryview(b))), list(got))

    def test_national_day(self):
        got = self.cal.add_workdays_many(array.array("i", [day_number(D(2026, 9, 30))]), 1)
        self.assertEqual(EPOCH + datetime.timedelta(days=got[0]), D(2026, 10, 8))
        self.assertEqual(len(self.cal.add_workdays_many(array.array("i"), 1)), 0)

    def test_failures_name_the_item(self):
        days = array.array("i", [day_number(D(2026, 3, 2)), day_number(D(2026, 12, 30))])
        with self.assertRaisesRegex(quanze.OutOfCalendarError, "item 1"):
            self.cal.add_workdays_many(days, 5)
        with self.assertRaisesRegex(ValueError, "differ in length"):
            self.cal.workdays_between_many(days, days[:1])

    def test_other_buffers_are_refused(self):
        for bad in (array.array("h", [1, 2]), array.array("q", [1, 2]), array.array("d", [1.0])):
            with self.subTest(typecode=bad.typecode):
                with self.assertRaisesRegex(TypeError, "32-bit ints"):
                    self.cal.add_workdays_many(bad, 1)
        with self.assertRaises(TypeError):
            self.cal.add_workdays_many(b"\x00\x00\x00\x00", 1)


if __name__ == "__main__":
    unittest.main()


class ReloadTest(unittest.TestCase):
    def test_create_shares_the_loaded_parts(self):
        base = quanze.Model.default()
        org = quanze.Org.load(os.path.join(SOURCE, "examples", "data", "yunxi-org.xml"))
        with quanze.Model.create(base.rules, org, base.calendar) as model:
            self.assertEqual(model.org, org)
            self.assertEqual(model.acting("county-head", "2026-03-10").person.name,
                             base.acting("county-head", "2026-03-10").person.name)

    def test_create_needs_loaded_parts(self):
        base = quanze.Model.default()
        with self.assertRaisesRegex(TypeError, "loaded Org"):
            quanze.Model.create(base.rules, "org.xml", base.calendar)
        with self.assertRaises(TypeError):
            quanze.Model.create(None, base.org, base.calendar)
