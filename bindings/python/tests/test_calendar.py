"""The calendar through Python: dates in and out, the three questions, the
batch calls, day descriptions, arrangements, overlays, coverage."""
import csv
import datetime
import os
import unittest

import quanze
from support import SOURCE, binding_data

D = datetime.date


class CalendarTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cal = quanze.Calendar.default()

    def test_default(self):
        self.assertEqual(self.cal.region, "CN")
        self.assertEqual(self.cal.first_year, 2004)
        self.assertEqual(self.cal.last_year, 2026)
        self.assertIn(2026, self.cal.coverage)
        self.assertIn("CN", repr(self.cal))

    def test_is_workday(self):
        self.assertIs(self.cal.is_workday(D(2026, 10, 1)), False)   # National Day
        self.assertIs(self.cal.is_workday(D(2026, 10, 10)), True)   # make-up Saturday
        self.assertIs(self.cal.is_workday(D(2026, 10, 9)), True)
        self.assertIs(self.cal.is_workday(D(2026, 10, 11)), False)  # Sunday

    def test_iso_strings_and_datetimes(self):
        self.assertEqual(self.cal.is_workday("2026-10-01"), False)
        self.assertEqual(self.cal.add_workdays(datetime.datetime(2026, 9, 30, 18, 0), 1), D(2026, 10, 8))

    def test_add_workdays(self):
        r = self.cal.add_workdays(D(2026, 9, 30), 1)
        self.assertIsInstance(r, D)
        self.assertEqual(r, D(2026, 10, 8))
        self.assertEqual(self.cal.add_workdays(D(2026, 10, 8), -1), D(2026, 9, 30))
        self.assertEqual(self.cal.add_workdays(D(2026, 10, 3), 0), D(2026, 10, 8))
        self.assertEqual(self.cal.add_workdays(D(2026, 1, 1), 1), D(2026, 1, 4))  # make-up Sunday

    def test_workdays_between(self):
        self.assertEqual(self.cal.workdays_between(D(2026, 9, 30), D(2026, 10, 8)), 1)
        self.assertEqual(self.cal.workdays_between(D(2026, 10, 8), D(2026, 9, 30)), -1)
        self.assertEqual(self.cal.workdays_between(D(2026, 3, 2), D(2026, 3, 2)), 0)

    def test_inverse(self):
        a = D(2025, 12, 15)
        for b in (D(2026, 1, 5), D(2026, 5, 6), D(2026, 10, 12)):
            k = self.cal.workdays_between(a, b)
            last = self.cal.add_workdays(a, k)
            self.assertLessEqual(last, b)
            self.assertTrue(self.cal.is_workday(last))

    def test_every_day_of_the_official_data(self):
        # Every listed day of the CSV, through the batch call.
        path = os.path.join(SOURCE, "tests", "data", "calendar", "cn-calendar.csv")
        with open(path, encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        dates = [r["date"] for r in rows]
        got = self.cal.is_workday_many(dates)
        want = [r["kind"] == "workday" for r in rows]
        self.assertEqual(got, want)

    def test_day(self):
        d = self.cal.day("2026-10-01")
        self.assertEqual(d.kind, quanze.DayKind.HOLIDAY)
        self.assertEqual(str(d.kind), "holiday")
        self.assertEqual(d.name, "National Day")
        self.assertEqual(d.date, D(2026, 10, 1))
        self.assertEqual(d.year, 2026)
        self.assertFalse(d.assumed)
        m = self.cal.day("2026-10-10")
        self.assertEqual(m.kind, quanze.DayKind.MAKEUP)
        self.assertEqual(self.cal.day("2026-10-09").kind, quanze.DayKind.WORKDAY)
        self.assertEqual(self.cal.day("2026-10-11").kind, quanze.DayKind.WEEKEND)
        self.assertIsNone(self.cal.day("2026-10-11").name)
        self.assertIn("National Day", repr(d))
        self.assertEqual(d, self.cal.day(D(2026, 10, 1)))

    def test_arrangement(self):
        days = self.cal.arrangement(2026)
        self.assertIsInstance(days, list)
        self.assertGreater(len(days), 20)
        self.assertEqual(days[0].date, D(2026, 1, 1))
        self.assertEqual([d.date for d in days], sorted(d.date for d in days))
        self.assertIn(D(2026, 10, 10), [d.date for d in days if d.kind == quanze.DayKind.MAKEUP])

    def test_batch_add_workdays(self):
        dates = [D(2026, 9, 30), "2026-01-01", D(2026, 10, 8)] * 1000
        got = self.cal.add_workdays_many(dates, 1)
        self.assertEqual(len(got), 3000)
        self.assertEqual(got[:3], [self.cal.add_workdays(d, 1) for d in dates[:3]])
        self.assertEqual(self.cal.add_workdays_many([], 5), [])

    def test_batch_between(self):
        self.assertEqual(self.cal.workdays_between_many(["2026-09-30", "2026-01-01"], ["2026-10-08", "2026-12-31"]),
                         [1, self.cal.workdays_between("2026-01-01", "2026-12-31")])
        with self.assertRaises(ValueError):
            self.cal.workdays_between_many(["2026-09-30"], [])

    def test_batch_failure_names_the_item(self):
        with self.assertRaises(quanze.OutOfCalendarError) as cm:
            self.cal.add_workdays_many(["2026-09-30", "2031-01-01"], 1)
        self.assertIn("item 1", str(cm.exception))

    def test_out_of_coverage(self):
        with self.assertRaises(quanze.OutOfCalendarError) as cm:
            self.cal.is_workday(D(2030, 1, 1))
        self.assertIsInstance(cm.exception, ValueError)
        self.assertIn("2030", str(cm.exception))
        with self.assertRaises(quanze.OutOfCalendarError):
            self.cal.add_workdays(D(2026, 12, 30), 10)

    def test_provisional(self):
        cal = self.cal.provisional()
        self.assertTrue(cal.is_workday(D(2030, 1, 2)))   # a Wednesday, provisional
        self.assertFalse(cal.is_workday(D(2030, 1, 5)))  # a Saturday
        self.assertFalse(cal.is_workday(D(2030, 1, 1)))  # the statutory New Year's Day
        self.assertTrue(cal.day(D(2030, 1, 2)).assumed)
        self.assertEqual(cal.year_origin(2030), "provisional")
        self.assertEqual(cal.year_origin(2026), "embedded")
        with self.assertRaises(quanze.OutOfCalendarError):
            self.cal.is_workday(D(2030, 1, 2))           # the original is unchanged
        # the 0.1 name is kept
        self.assertFalse(self.cal.assuming_weekends().is_workday(D(2030, 1, 1)))

    def test_regional_layer(self):
        cal = self.cal.layer_region_file(binding_data("region-CN-XZ-fixture.xml"))
        self.assertEqual(cal.region, "CN-XZ")
        self.assertFalse(cal.is_workday(D(2026, 3, 3)))
        self.assertTrue(self.cal.is_workday(D(2026, 3, 3)))

    def test_overlay(self):
        cal = self.cal.overlay(binding_data("calendar-2027.xml"))
        self.assertEqual(cal.last_year, 2027)
        self.assertTrue(cal.is_workday(D(2027, 2, 20)))
        self.assertFalse(cal.is_workday(D(2027, 2, 8)))
        with open(binding_data("calendar-2027.xml"), "rb") as f:
            cal2 = self.cal.overlay(f.read(), name="2027.xml")
        self.assertEqual(cal2.last_year, 2027)

    def test_save_and_load(self):
        xml = self.cal.save()
        self.assertIsInstance(xml, str)
        again = quanze.Calendar.load(xml.encode("utf-8"))
        self.assertEqual(again.save(), xml)
        self.assertEqual(again.add_workdays("2026-09-30", 1), D(2026, 10, 8))

    def test_date_conversion_round_trip(self):
        import random
        cal = self.cal.assuming_weekends()
        rnd = random.Random(5)
        dates = [D(1, 1, 1), D(1969, 12, 31), D(1970, 1, 1), D(1900, 3, 1), D(2000, 2, 29), D(9999, 12, 31)]
        dates += [D(1, 1, 1) + datetime.timedelta(days=rnd.randrange(3652058)) for _ in range(2000)]
        for d in dates:
            self.assertEqual(cal.day(d).date, d)
            self.assertEqual(cal.day(d.isoformat()).date, d)
            self.assertEqual(cal.day((d - D(1970, 1, 1)).days).date, d)

    def test_load_path_like(self):
        import pathlib
        cal = quanze.Calendar.load(pathlib.Path(SOURCE) / "data" / "cn-calendar.xml")
        self.assertEqual(cal.first_year, 2004)


if __name__ == "__main__":
    unittest.main()
