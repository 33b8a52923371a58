"""Errors: every failure is an exception of the quanze.Error hierarchy with
the library's message, code and, for files, the line and column."""
import pickle
import unittest

import quanze
from support import binding_data


class ErrorsTest(unittest.TestCase):
    def test_hierarchy(self):
        self.assertTrue(issubclass(quanze.ParseError, quanze.Error))
        self.assertTrue(issubclass(quanze.SchemaError, quanze.ParseError))
        self.assertTrue(issubclass(quanze.NotFoundError, KeyError))
        self.assertTrue(issubclass(quanze.OutOfCalendarError, ValueError))
        self.assertTrue(issubclass(quanze.InvalidArgumentError, ValueError))
        self.assertTrue(issubclass(quanze.FileError, OSError))
        self.assertTrue(issubclass(quanze.NoMemoryError, MemoryError))
        self.assertTrue(issubclass(quanze.LimitError, quanze.Error))
        self.assertEqual(quanze.ParseError.code, -3)

    def test_malformed_calendar_line_column(self):
        with self.assertRaises(quanze.ParseError) as cm:
            quanze.Calendar.load(binding_data("calendar-malformed.xml"))
        e = cm.exception
        self.assertNotIsInstance(e, quanze.SchemaError)
        self.assertEqual(e.code, -3)
        self.assertTrue(e.filename.endswith("calendar-malformed.xml"))
        self.assertEqual(e.line, 5)
        self.assertGreater(e.column, 0)

    def test_schema_error_line(self):
        with self.assertRaises(quanze.SchemaError) as cm:
            quanze.Calendar.load(binding_data("calendar-weekday-makeup.xml"))
        e = cm.exception
        self.assertEqual((e.line, e.column), (5, 5))
        self.assertIn("2027-02-17", str(e))

    def test_org_duplicate_names_both_places(self):
        with self.assertRaises(quanze.SchemaError) as cm:
            quanze.Org.load(binding_data("org-duplicate.xml"))
        self.assertEqual(cm.exception.line, 5)
        self.assertIn("line 4", str(cm.exception))

    def test_rules_malformed(self):
        with self.assertRaises(quanze.ParseError) as cm:
            quanze.Rules.load(binding_data("rules-malformed.xml"))
        self.assertEqual(cm.exception.line, 4)

    def test_doctype_refused(self):
        with self.assertRaises(quanze.ParseError) as cm:
            quanze.Org.load(binding_data("org-doctype.xml"))
        self.assertEqual(cm.exception.line, 2)

    def test_hostile_inputs_are_refused(self):
        from support import test_data
        for name in ("hostile-billion-laughs.xml", "hostile-doctype.xml", "bad-utf8.xml"):
            with self.assertRaises(quanze.ParseError, msg=name):
                quanze.Org.load(test_data("org", name))
        with self.assertRaises(quanze.ParseError):
            quanze.Org.load(b"\x00\x01 not xml")
        with self.assertRaises(quanze.ParseError):
            quanze.Rules.load(b"<rules" * 1000)

    def test_bytes_are_named(self):
        with self.assertRaises(quanze.ParseError) as cm:
            quanze.Calendar.load(b"<calendar", name="upload.xml")
        self.assertEqual(cm.exception.filename, "upload.xml")
        with self.assertRaises(quanze.ParseError) as cm:
            quanze.Org.load(b"")
        self.assertEqual(cm.exception.filename, "<bytes>")

    def test_missing_file(self):
        with self.assertRaises(quanze.FileError) as cm:
            quanze.Rules.load("/nonexistent/rules.xml")
        self.assertIsInstance(cm.exception, OSError)
        self.assertEqual(cm.exception.filename, "/nonexistent/rules.xml")

    def test_bad_dates(self):
        cal = quanze.Calendar.default()
        for bad in ("2026-2-3", "2026-02-30", "2026-02-03x", ""):
            with self.assertRaises(quanze.InvalidArgumentError, msg=bad):
                cal.is_workday(bad)
        with self.assertRaises(TypeError):
            cal.is_workday(3.5)
        with self.assertRaises(TypeError):
            cal.is_workday(None)

    def test_not_found_is_key_error(self):
        model = quanze.Model.default()
        with self.assertRaises(KeyError) as cm:
            model.acting("no-such-post", "2026-03-02")
        self.assertIsInstance(cm.exception, quanze.NotFoundError)
        self.assertEqual(str(cm.exception), "no post 'no-such-post' in organisation yunxi")
        with self.assertRaises(quanze.NotFoundError):
            model.org.post_name("no-such-post")

    def test_the_error_does_not_leak_into_the_next_call(self):
        cal = quanze.Calendar.default()
        with self.assertRaises(quanze.Error):
            cal.is_workday("2031-01-01")
        self.assertTrue(cal.is_workday("2026-10-09"))

    def test_pickle(self):
        e = quanze.ParseError("x.xml:3:4: bad", -3, "x.xml", 3, 4)
        e2 = pickle.loads(pickle.dumps(e))
        self.assertEqual((type(e2), e2.filename, e2.line, e2.column), (quanze.ParseError, "x.xml", 3, 4))


if __name__ == "__main__":
    unittest.main()
