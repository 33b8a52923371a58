"""Rule sets through Python: metadata, sections, lookups, a second county's
rules, round trip."""
import datetime
import unittest

import quanze
from support import test_data

D = datetime.date


class RulesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.rules = quanze.Rules.default()

    def test_metadata(self):
        r = self.rules
        self.assertEqual(r.id, "yunxi-2021")
        self.assertEqual(r.title, "郧西县人民政府工作规则")
        self.assertEqual(r.document_number, "西政发〔2021〕11号")
        self.assertIsInstance(r.effective, D)
        self.assertTrue(r.in_force("2026-03-02"))
        self.assertFalse(r.in_force("2019-01-01"))
        self.assertIn("yunxi-2021", repr(r))

    def test_stable_ids(self):
        self.assertEqual(set(self.rules.ids("meeting")),
                         {"plenary", "executive", "party-group", "study-group", "special-topic", "county-head-office",
                          "department-county-wide"})
        kinds = set(self.rules.ids(quanze.Section.DOCUMENT_KIND))
        self.assertTrue({"request", "report", "motion", "normative", "decision", "order", "notice", "other"} <= kinds)
        self.assertTrue({"minutes-issue", "consultation-reply", "leave-notice", "normative-validity"}
                        <= set(self.rules.ids("deadline")))

    def test_entries_and_find(self):
        entries = self.rules.entries("meeting")
        self.assertIsInstance(entries[0], quanze.Entry)
        self.assertEqual(entries[0].section, quanze.Section.MEETING)
        e = self.rules.find("meeting", "executive")
        self.assertEqual(e.label, "县政府常务会议")
        self.assertEqual(self.rules.entries("meeting")[e.index], e)
        with self.assertRaises(quanze.NotFoundError):
            self.rules.find("meeting", "tea-party")

    def test_sections_by_name(self):
        for section in quanze.Section:
            self.assertEqual(quanze.Section(str(section)), section)
            self.assertEqual(len(self.rules.entries(section)), self.rules.count(section))

    def test_labels(self):
        # the library's Chinese labels, the same the CLI prints
        self.assertEqual(quanze.Capacity.ACTING.label, "代行职责")
        self.assertEqual(quanze.Capacity.ABSENT.label, "不在岗")
        self.assertEqual(quanze.Via.ENTRUSTED.label, "受委托")
        self.assertEqual(quanze.TimeUnit.HALF_DAYS.label, "个半天")
        self.assertIsNone(quanze.Section.ROLE.label)

    def test_other_county(self):
        other = quanze.Rules.load(test_data("rules", "other-county.xml"))
        self.assertEqual(other.id, "other-county-2024")
        self.assertEqual(other.expires, D(2028, 12, 31))
        self.assertNotEqual(other.ids("deadline"), [])

    def test_round_trip(self):
        xml = self.rules.save()
        again = quanze.Rules.load(xml.encode("utf-8"))
        self.assertEqual(again.save(), xml)


if __name__ == "__main__":
    unittest.main()
