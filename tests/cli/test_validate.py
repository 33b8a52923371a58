"""quanze validate FILE...: files told apart by their root element, each
problem printed as file:line:column: message, exit 1 on any problem."""
import os
import shutil
import tempfile

import qzcli
from qzcli import CliTestCase, data, run, run_json, source


class GoodFilesTest(CliTestCase):
    def test_calendar(self):
        r = run("validate", data("calendar-2027.xml"))
        self.assertStatus(r, 0)
        self.assertEqual(r.out, data("calendar-2027.xml") + ": ok (calendar)\n")
        self.assertEqual(r.err, "")

    def test_shipped_data(self):
        files = [source("data", "cn-calendar.xml"), source("examples", "data", "yunxi-org.xml"),
                 source("data", "yunxi-rules.xml")]
        r, d = run_json("validate", *files)
        kinds = [f["kind"] for f in d["files"]]
        self.assertEqual(kinds, ["calendar", "organisation", "rules"])
        self.assertStatus(r, 0)
        self.assertIs(d["ok"], True)
        for f in d["files"]:
            self.assertIs(f["ok"], True, f)
            self.assertIsNone(f["line"])
            self.assertIsNone(f["column"])
            self.assertIsNone(f["message"])


class ProblemTest(CliTestCase):
    def check(self, name, line, column, words, kind="calendar"):
        path = data(name)
        r = run("validate", path)
        self.assertStatus(r, 1)
        self.assertEqual(r.out, "")
        first = r.err.splitlines()[0]
        if line:
            self.assertTrue(first.startswith("%s:%d:%d: " % (path, line, column)), first)
        else:
            self.assertTrue(first.startswith("%s: " % path), first)
        self.assertIn(words, first)
        r, d = run_json("validate", path)
        self.assertStatus(r, 1)
        self.assertEqual(r.err, "")
        self.assertIs(d["ok"], False)
        f = d["files"][0]
        self.assertEqual(f["file"], path)
        self.assertEqual(f["kind"], kind)
        self.assertIs(f["ok"], False)
        self.assertEqual(f["line"], line)
        self.assertEqual(f["column"], column)
        self.assertIn(words, f["message"])
        # The message is bare: the place is in its own fields.
        self.assertFalse(f["message"].startswith(path), f)

    def test_malformed_xml(self):
        self.check("calendar-malformed.xml", 3, 15, "expected")

    def test_schema_breach(self):
        self.check("calendar-invalid.xml", 5, 5, "Saturday or Sunday")

    def test_doctype_refused(self):
        self.check("calendar-doctype.xml", 2, 1, "DOCTYPE")

    def test_organisation_problem(self):
        self.check("org-unknown-parent.xml", 7, 5, "nowhere", kind="organisation")

    def test_rules_problem(self):
        self.check("rules-malformed.xml", 6, 14, "mismatch", kind="rules")

    def test_unknown_root(self):
        self.check("unknown-root.xml", 3, 1, "unknown root element <timetable>", kind=None)

    def test_not_xml(self):
        self.check("not-xml.txt", 1, 1, "no root element", kind=None)

    def test_missing_file(self):
        self.check("no-such-file.xml", None, None, "No such file", kind=None)

    def test_several_files(self):
        files = [data("calendar-2027.xml"), data("calendar-invalid.xml"), data("unknown-root.xml")]
        r = run("validate", *files)
        self.assertStatus(r, 1)
        self.assertIn(": ok (calendar)", r.out)
        self.assertEqual(len(r.err.splitlines()), 2)
        r, d = run_json("validate", *files)
        self.assertEqual([f["ok"] for f in d["files"]], [True, False, False])

    def test_file_names_with_odd_characters_stay_json(self):
        tmp = tempfile.mkdtemp()
        try:
            odd = os.path.join(tmp, 'odd "name"\t\x01日历\\.xml')
            shutil.copy(data("calendar-invalid.xml"), odd)
            r, d = run_json("validate", odd)
            self.assertEqual(d["files"][0]["file"], odd)
        finally:
            shutil.rmtree(tmp)

    def test_no_files_is_usage_error(self):
        self.assertUsageError(run("validate"))


class RulesAgainstOrgTest(CliTestCase):
    """validate --rules R --org O: the rule set checked against the organisation."""

    def paths(self):
        base = source("tests", "data", "rules")
        return os.path.join(base, "check-rules.xml"), os.path.join(base, "check-org.xml")

    def test_errors_with_places(self):
        rules, org = self.paths()
        r = run("validate", "--rules", rules, "--org", org)
        self.assertStatus(r, 1)
        self.assertEqual(r.out, "")
        lines = r.err.splitlines()
        self.assertIn("%s:27:7: error: " % rules, r.err)
        self.assertTrue(any(l.startswith("%s:35:5: error: " % rules) and l.endswith("[row-unreachable]")
                            for l in lines), r.err)
        self.assertTrue(any(l.startswith("%s: warning: " % org) and l.endswith("[role-unknown]")
                            for l in lines), r.err)

    def test_json(self):
        rules, org = self.paths()
        r, d = run_json("validate", "--rules", rules, "--org", org)
        self.assertStatus(r, 1)
        self.assertIs(d["ok"], False)
        codes = sorted({x["code"] for x in d["diagnostics"]})
        self.assertEqual(codes, ["adopted-by-unknown", "entrusted-by-never", "flag-misspelt",
                                 "in-charge-impossible", "role-unheld", "role-unknown", "row-unreachable"])
        flag = [x for x in d["diagnostics"] if x["code"] == "flag-misspelt"][0]
        self.assertEqual((flag["file"], flag["line"], flag["column"], flag["severity"]), (rules, 27, 7, "error"))
        unknown = [x for x in d["diagnostics"] if x["code"] == "role-unknown"][0]
        self.assertEqual((unknown["severity"], unknown["line"], unknown["column"]), ("warning", None, None))

    def test_warnings_pass_unless_strict(self):
        rules = source("data", "yunxi-rules.xml")
        org = source("examples", "data", "yunxi-org.xml")
        r = run("validate", "--rules", rules, "--org", org)
        self.assertStatus(r, 0)
        self.assertIn("warning: ", r.err)
        self.assertNotIn("error: ", r.err)
        self.assertStatus(run("validate", "--rules", rules, "--org", org, "--strict"), 1)

    def test_unreadable_rules(self):
        _, org = self.paths()
        r = run("validate", "--rules", data("no-such-file.xml"), "--org", org)
        self.assertStatus(r, 1)
        self.assertEqual(r.out, "")
        self.assertIn("no-such-file.xml", r.err)


if __name__ == "__main__":
    qzcli.main("validate")
