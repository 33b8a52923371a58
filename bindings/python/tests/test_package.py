"""The package itself: exports, version, enums, documentation, type stubs."""
import inspect
import os
import unittest

import quanze


class PackageTest(unittest.TestCase):
    def test_exports(self):
        for name in quanze.__all__:
            self.assertTrue(hasattr(quanze, name), name)
        self.assertRegex(quanze.__version__, r"^\d+\.\d+\.\d+$")

    def test_enums_print_as_the_library_names(self):
        self.assertEqual(str(quanze.Capacity.SIGNER), "signer")
        self.assertEqual(quanze.Capacity("minutes-signer"), quanze.Capacity.MINUTES_SIGNER)
        self.assertEqual(str(quanze.Via.ENTRUSTED), "entrusted")
        self.assertEqual(str(quanze.TimeUnit.WORKDAYS), "workdays")
        self.assertEqual(str(quanze.Section.DOCUMENT_KIND), "document-kind")
        self.assertEqual(quanze.DayKind.MAKEUP, 4)
        self.assertEqual(len(quanze.Value), 24)
        self.assertEqual(str(quanze.Value.MINUTES_OPTIONAL), "minutes_optional")
        self.assertEqual(quanze.Value.MINUTES_OPTIONAL.label, "由主持人决定是否印发纪要")

    def test_help_is_useful(self):
        doc = inspect.getdoc(quanze.Model)
        self.assertIn("immutable snapshot", doc)
        self.assertIn("signing table", inspect.getdoc(quanze.Model.sign))
        self.assertIn("strictly after", inspect.getdoc(quanze.Calendar.add_workdays))
        self.assertIn("working day", inspect.getdoc(quanze.Calendar.is_workday))
        text = []
        import pydoc
        text = pydoc.render_doc(quanze.Model, renderer=pydoc.plaintext)
        for name in ("meeting", "sign", "acting", "deadline", "leave", "quorum", "periodic", "normative"):
            self.assertIn(name, text)

    def test_typing_files(self):
        here = os.path.dirname(quanze.__file__)
        self.assertTrue(os.path.exists(os.path.join(here, "py.typed")))
        stub = os.path.join(here, "__init__.pyi")
        self.assertTrue(os.path.exists(stub))
        with open(stub, encoding="utf-8") as f:
            text = f.read()
        for name in quanze.__all__:
            self.assertIn(name, text, name)

    def test_no_constructors_for_handles(self):
        with self.assertRaises(AttributeError):
            quanze.Model()


if __name__ == "__main__":
    unittest.main()
