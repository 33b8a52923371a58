"""quanze calendar import (the State Council's notice as an overlay), the
QZ_CALENDAR_PATH search path, workdays coverage and --provisional."""
import os
import shutil
import tempfile

import qzcli
from qzcli import CliTestCase, run, run_json, source

NOTICES = source("tests", "data", "notices")


def notice(name):
    return os.path.join(NOTICES, name)


class ImportTest(CliTestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="qz-cli-cal-")

    def tearDown(self):
        shutil.rmtree(self.tmp)
        os.environ.pop("QZ_CALENDAR_PATH", None)

    def test_import_to_stdout(self):
        r = run("calendar", "import", notice("2026.txt"))
        self.assertStatus(r, 0)
        self.assertIn('<calendar version="1" region="CN" from="2026" to="2026">', r.out)
        self.assertIn('<workday date="2026-01-04" for="New Year&apos;s Day"/>', r.out)
        self.assertEqual(r.err, "")

    def test_supplement(self):
        r = run("calendar", "import", notice("2020.txt"), "--supplement", notice("2020-supplement.txt"))
        self.assertStatus(r, 0)
        self.assertIn('<holiday name="Spring Festival" from="2020-01-24" to="2020-02-02"/>', r.out)
        self.assertNotIn('2020-02-01" for', r.out)

    def test_output_atomic_and_untouched_on_failure(self):
        out = os.path.join(self.tmp, "2026.xml")
        with open(out, "w") as f:
            f.write("previous")
        bad = os.path.join(self.tmp, "bad.txt")
        with open(notice("2026.txt"), encoding="utf-8") as f:
            text = f.read().replace("1月4日（周日）", "1月4日（周一）")
        with open(bad, "w", encoding="utf-8") as f:
            f.write(text)
        r = run("calendar", "import", bad, "-o", out)
        self.assertDataError(r)
        self.assertIn("bad.txt:7:35:", r.err)
        with open(out) as f:
            self.assertEqual(f.read(), "previous")
        self.assertEqual(sorted(os.listdir(self.tmp)), ["2026.xml", "bad.txt"])
        r = run("calendar", "import", notice("2026.txt"), "-o", out)
        self.assertStatus(r, 0)
        with open(out) as f:
            self.assertIn('from="2026"', f.read())
        self.assertEqual(sorted(os.listdir(self.tmp)), ["2026.xml", "bad.txt"])

    def test_output_never_replaces_what_is_not_a_regular_file(self):
        sub = os.path.join(self.tmp, "sub")
        os.mkdir(sub)
        link = os.path.join(self.tmp, "link.xml")
        os.symlink(os.path.join(self.tmp, "target.xml"), link)
        for out in (sub, link):
            r = run("calendar", "import", notice("2026.txt"), "-o", out)
            self.assertDataError(r)
            self.assertIn("not a regular file", r.err)
        self.assertTrue(os.path.isdir(sub))
        self.assertTrue(os.path.islink(link))
        self.assertEqual(sorted(os.listdir(self.tmp)), ["link.xml", "sub"])

    def test_notice_must_be_a_regular_file(self):
        fifo = os.path.join(self.tmp, "notice.txt")
        os.mkfifo(fifo)
        r = run("calendar", "import", fifo)  # run() times out rather than hang
        self.assertDataError(r)
        self.assertIn("not a regular file", r.err)

    def test_usage(self):
        self.assertUsageError(run("calendar"))
        self.assertUsageError(run("calendar", "export"))
        self.assertUsageError(run("calendar", "import"))

    def test_search_path_and_coverage(self):
        d = os.path.join(self.tmp, "calendar.d")
        os.mkdir(d)
        r = run("calendar", "import", notice("2026.txt"), "-o", os.path.join(d, "2026.xml"))
        self.assertStatus(r, 0)
        os.environ["QZ_CALENDAR_PATH"] = d
        r, doc = run_json("workdays", "coverage")
        self.assertStatus(r, 0)
        self.assertEqual((doc["first_year"], doc["last_year"], doc["last_day"]), (2004, 2026, "2026-12-31"))
        self.assertEqual(doc["years"][-1], {"year": 2026, "origin": os.path.join(d, "2026.xml")})
        self.assertEqual(doc["years"][0], {"year": 2004, "origin": "embedded"})
        self.assertIs(doc["provisional"], False)
        self.assertIsInstance(doc["days_remaining"], int)
        # a bad file fails the whole load, naming the file
        with open(os.path.join(d, "2027.xml"), "w") as f:
            f.write("<calendar")
        r = run("workdays", "is", "2026-10-01")
        self.assertDataError(r)
        self.assertIn("2027.xml", r.err)

    def test_region(self):
        regions = os.path.join(self.tmp, "regions")
        os.mkdir(regions)
        shutil.copy(source("tests", "data", "calendar", "region-CN-XZ-fixture.xml"),
                    os.path.join(regions, "CN-XZ.xml"))
        os.environ["QZ_CALENDAR_PATH"] = self.tmp
        r, d = run_json("--region", "CN-XZ", "workdays", "is", "2026-03-03")
        self.assertStatus(r, 0)
        self.assertEqual((d["workday"], d["name"]), (False, "Regional Test Holiday"))
        r, d = run_json("workdays", "is", "2026-03-03")
        self.assertIs(d["workday"], True)
        r = run("--region", "CN-XJ", "workdays", "is", "2026-03-03")
        self.assertUsageError(r)
        self.assertIn("CN-XJ", r.err)

    def test_provisional(self):
        r, d = run_json("--provisional", "workdays", "is", "2027-10-01")
        self.assertStatus(r, 0)
        self.assertEqual((d["workday"], d["kind"], d["name"], d["assumed"]),
                         (False, "holiday", "National Day", True))
        r = run("workdays", "is", "2027-10-01")
        self.assertDataError(r)
        r = run("--provisional", "workdays", "coverage")
        self.assertStatus(r, 0)
        self.assertIn("2027 年起  provisional", r.out)


if __name__ == "__main__":
    qzcli.main("calendar")
