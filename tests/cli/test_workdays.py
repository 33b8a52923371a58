"""quanze workdays is|add|between|year, in text and JSON, on the embedded
official calendar and with --calendar overlays."""
import qzcli
from qzcli import CliTestCase, data, run, run_json


class IsTest(CliTestCase):
    def test_holiday_json(self):
        r, d = run_json("workdays", "is", "2026-10-01")
        self.assertStatus(r, 0)
        self.assertEqual(d["date"], "2026-10-01")
        self.assertIs(d["workday"], False)
        self.assertEqual(d["kind"], "holiday")
        self.assertEqual(d["name"], "National Day")
        self.assertEqual(d["weekday"], 4)

    def test_holiday_text(self):
        r = run("workdays", "is", "2026-10-01")
        self.assertStatus(r, 0)
        self.assertEqual(r.out, "2026-10-01 星期四  休息日（法定节假日：国庆节）\n")
        self.assertEqual(r.err, "")

    def test_makeup_workday(self):
        r, d = run_json("workdays", "is", "2026-10-10")
        self.assertEqual((d["workday"], d["kind"], d["name"]), (True, "makeup", "National Day"))
        r = run("workdays", "is", "2026-10-10")
        self.assertIn("工作日（调休上班：国庆节）", r.out)

    def test_ordinary_days(self):
        r, d = run_json("workdays", "is", "2026-10-12")
        self.assertEqual((d["workday"], d["kind"], d["name"]), (True, "workday", None))
        r, d = run_json("workdays", "is", "2026-10-17")
        self.assertEqual((d["workday"], d["kind"], d["name"]), (False, "weekend", None))
        self.assertIn("休息日（周末）", run("workdays", "is", "2026-10-17").out)

    def test_defaults_to_today_in_shanghai(self):
        r, d = run_json("workdays", "is")
        self.assertStatus(r, 0)
        self.assertEqual(d["date"], qzcli.today_shanghai())

    def test_global_options_before_or_after(self):
        a = run("--json", "workdays", "is", "2026-02-14").out
        b = run("workdays", "--json", "is", "2026-02-14").out
        c = run("workdays", "is", "2026-02-14", "--json").out
        self.assertEqual(a, b)
        self.assertEqual(a, c)


class AddBetweenTest(CliTestCase):
    def test_add_across_national_day(self):
        r, d = run_json("workdays", "add", "2026-09-30", "5")
        self.assertStatus(r, 0)
        self.assertEqual(d["date"], "2026-10-13")
        r = run("workdays", "add", "2026-09-30", "5")
        self.assertTrue(r.out.startswith("2026-10-13 星期二"), r)

    def test_add_backwards_and_zero(self):
        self.assertEqual(run_json("workdays", "add", "2026-10-09", "-3")[1]["date"], "2026-09-29")
        self.assertEqual(run_json("workdays", "add", "2026-10-01", "0")[1]["date"], "2026-10-08")
        self.assertEqual(run_json("workdays", "add", "2026-10-12", "0")[1]["date"], "2026-10-12")

    def test_between(self):
        r, d = run_json("workdays", "between", "2026-09-30", "2026-10-09")
        self.assertStatus(r, 0)
        self.assertEqual(d["count"], 2)
        self.assertEqual(run_json("workdays", "between", "2026-10-09", "2026-09-30")[1]["count"], -2)
        self.assertEqual(run_json("workdays", "between", "2026-10-09", "2026-10-09")[1]["count"], 0)
        self.assertTrue(run("workdays", "between", "2026-09-30", "2026-10-09").out.startswith("2  "))

    def test_outside_coverage_is_exit_3(self):
        for args in (("is", "2030-01-01"), ("add", "2026-12-30", "10"),
                     ("between", "2026-01-01", "2027-06-01"), ("year", "1999")):
            r = run("--json", "workdays", *args)
            self.assertDataError(r)
        r = run("workdays", "is", "2030-01-01")
        self.assertIn("2030", r.err)


class YearTest(CliTestCase):
    def test_2026_json(self):
        r, d = run_json("workdays", "year", "2026")
        self.assertStatus(r, 0)
        self.assertEqual(d["year"], 2026)
        names = [h["name"] for h in d["holidays"]]
        self.assertEqual(names, ["New Year's Day", "Spring Festival", "Tomb-sweeping Day",
                                 "Labour Day", "Dragon Boat Festival", "Mid-Autumn Festival",
                                 "National Day"])
        nd = d["holidays"][-1]
        self.assertEqual((nd["from"], nd["to"], nd["days"]), ("2026-10-01", "2026-10-07", 7))
        self.assertIn({"date": "2026-10-10", "for": "National Day"}, d["workdays"])
        self.assertIn({"date": "2026-09-20", "for": "National Day"}, d["workdays"])
        for w in d["workdays"]:
            self.assertDate(w["date"])

    def test_2026_text(self):
        r = run("workdays", "year", "2026")
        self.assertStatus(r, 0)
        lines = r.out.splitlines()
        self.assertEqual(lines[0], "2026年 节假日安排")
        self.assertEqual(len(lines), 8)
        self.assertIn("国庆节    2026-10-01 至 2026-10-07  放假 7天", r.out)


class OverlayTest(CliTestCase):
    def test_overlay_adds_a_year(self):
        self.assertDataError(run("workdays", "is", "2027-03-06"))
        r, d = run_json("--calendar", data("calendar-2027.xml"), "workdays", "is", "2027-03-06")
        self.assertStatus(r, 0)
        self.assertEqual((d["workday"], d["kind"], d["name"]), (True, "makeup", "Test Day"))
        # The official years are kept under the overlay.
        r, d = run_json("workdays", "is", "2026-10-01", "--calendar", data("calendar-2027.xml"))
        self.assertEqual(d["kind"], "holiday")

    def test_missing_overlay_is_exit_3(self):
        r = run("workdays", "is", "2026-10-01", "--calendar", data("no-such-file.xml"))
        self.assertDataError(r)
        self.assertIn("no-such-file.xml", r.err)

    def test_malformed_overlay_names_the_place(self):
        r = run("--calendar", data("calendar-malformed.xml"), "workdays", "is", "2026-10-01")
        self.assertDataError(r)
        self.assertRegex(r.err, r"calendar-malformed\.xml:3:\d+: ")


class BadInputTest(CliTestCase):
    def test_bad_dates_and_numbers(self):
        for args in (("is", "2026-02-30"), ("is", "2026-2-3"), ("is", "tomorrow"),
                     ("add", "2026-10-01", "five"), ("add", "2026-10-01", "1.5"),
                     ("between", "2026-10-01", "2026-13-01"), ("year", "MMXXVI")):
            r = run("workdays", *args)
            self.assertUsageError(r)
        r = run("workdays", "is", "2026-02-30")
        self.assertIn("bad date '2026-02-30'", r.err)

    def test_wrong_arity_and_subcommand(self):
        for args in ((), ("add", "2026-10-01"), ("between", "2026-10-01"),
                     ("is", "2026-10-01", "2026-10-02"), ("when", "2026-10-01"),
                     ("is", "--frobnicate")):
            self.assertUsageError(run("workdays", *args))

    def test_usage_error_wins_over_bad_data(self):
        r = run("workdays", "is", "2026-02-30", "--calendar", data("calendar-malformed.xml"))
        self.assertUsageError(r)


if __name__ == "__main__":
    qzcli.main("workdays")
