"""The organisation through Python: lists, lookups on dates, records,
unknown ids, save/load round trip."""
import datetime
import unittest

import quanze
from support import test_data

D = datetime.date


class OrgTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.org = quanze.Org.load(test_data("org", "small.xml"))

    def test_identity(self):
        self.assertEqual(self.org.id, "small")
        self.assertEqual(self.org.name, "示例县人民政府")
        self.assertIn("small", repr(self.org))

    def test_lists(self):
        self.assertEqual(self.org.units, ["city-government", "finance", "government", "justice", "office"])
        self.assertEqual(self.org.areas, ["work-safety"])
        self.assertEqual(len(self.org.posts), 8)
        self.assertEqual(self.org.people[0], "p0")
        self.assertEqual(self.org.unit_posts("finance"), ["finance-principal", "finance-staff"])
        self.assertEqual(self.org.unit_tags("justice"), ["legality-review", "normative-filing"])
        self.assertEqual(self.org.tagged_units("legality-review"), ["justice"])

    def test_names_and_kinds(self):
        self.assertEqual(self.org.unit_name("justice"), "县司法局")
        self.assertEqual(self.org.unit_kind("justice"), "department")
        self.assertEqual(self.org.unit_parent("justice"), "government")
        self.assertIsNone(self.org.unit_parent("government"))
        self.assertEqual(self.org.post_role("deputy-1"), "deputy")
        self.assertEqual(self.org.post_unit("deputy-1"), "government")
        self.assertEqual(self.org.person_name("p1"), "甲一")
        self.assertFalse(self.org.person_cpc("p4"))
        self.assertTrue(self.org.person_cpc("p1"))
        self.assertEqual(self.org.kind_of("justice"), quanze.OrgKind.UNIT)
        self.assertEqual(self.org.kind_of("p1"), quanze.OrgKind.PERSON)
        self.assertEqual(self.org.kind_of("nothing"), quanze.OrgKind.NONE)
        self.assertIn("p1", self.org)
        self.assertNotIn("nothing", self.org)

    def test_holders_over_time(self):
        self.assertEqual(self.org.holder("county-head", D(2021, 6, 1)), "p0")
        self.assertEqual(self.org.holder("county-head", "2026-03-02"), "p1")
        self.assertEqual(self.org.holder("finance-principal", "2026-06-30"), "p7")
        self.assertEqual(self.org.holder("finance-principal", "2026-07-01"), "p8")
        self.assertEqual(self.org.holders("finance-staff", "2026-07-02"), ["p6", "p7"])
        self.assertIsNone(self.org.holder("finance-staff", "2026-06-01"))
        self.assertEqual(self.org.person_posts("p7", "2026-07-02"), ["finance-staff"])
        t = self.org.tenures("county-head")
        self.assertEqual(len(t), 2)
        self.assertEqual((t[0].person, t[0].start, t[0].end), ("p0", D(2016, 11, 20), D(2022, 1, 9)))
        self.assertIsNone(t[1].end)

    def test_portfolios_pairs_party_group(self):
        self.assertEqual(self.org.portfolio("deputy-1", "2026-03-02"), ["justice", "work-safety"])
        self.assertEqual(self.org.in_charge("justice", "2026-03-02"), "deputy-1")
        self.assertEqual(self.org.ab_partner("deputy-1", "2026-03-02"), "deputy-2")
        self.assertEqual(self.org.party_group_name, "示例县人民政府党组")
        self.assertEqual(self.org.party_group_secretary("2026-03-02"), "county-head")
        self.assertIn("deputy-1", self.org.party_group_members("2026-03-02"))
        self.assertNotIn("deputy-1", self.org.party_group_members("2027-01-01"))
        self.assertTrue(self.org.post_has_role("deputy-1", "party-group-member", "2026-03-02"))
        self.assertFalse(self.org.post_has_role("deputy-1", "party-group-member", "2027-01-01"))
        self.assertEqual(self.org.role_posts("deputy", "2026-03-02"), ["deputy-1", "deputy-2"])

    def test_entrustments_and_absences(self):
        es = self.org.entrustments
        self.assertEqual(len(es), 2)
        gw = [e for e in es if e.scope == quanze.Scope.GOVERNMENT_WORK][0]
        self.assertEqual((gw.by, gw.agent, gw.start, gw.end), ("county-head", "executive-deputy", D(2026, 3, 9), D(2026, 3, 13)))
        self.assertEqual(str(gw.scope), "government-work")
        self.assertEqual(self.org.entrusted_agent("county-head", "signing", "2026-03-10", subject="notice"), "office-director")
        self.assertEqual(self.org.entrusted_agent("county-head", quanze.Scope.GOVERNMENT_WORK, "2026-03-10"), "executive-deputy")
        self.assertIsNone(self.org.entrusted_agent("county-head", quanze.Scope.GOVERNMENT_WORK, "2026-03-20"))
        a = self.org.absence("p1", "2026-03-10")
        self.assertTrue(a.away_from_county)
        self.assertEqual(a.reason, "赴外省考察")
        self.assertIsNone(self.org.absence("p1", "2026-03-20"))
        self.assertEqual(len(self.org.absences()), 3)
        self.assertEqual(len(self.org.absences("p4")), 1)
        self.assertEqual(self.org.absences("p4")[0].reason, "")

    def test_unknown_ids(self):
        for call in (lambda: self.org.unit_name("nope"), lambda: self.org.holder("nope", "2026-01-01"),
                     lambda: self.org.person_name("deputy-1"), lambda: self.org.tenures("p1"),
                     lambda: self.org.in_charge("nope", "2026-01-01")):
            with self.assertRaises(quanze.NotFoundError):
                call()

    def test_round_trip(self):
        xml = self.org.save()
        again = quanze.Org.load(xml.encode("utf-8"), name="saved.xml")
        self.assertEqual(again, self.org)
        self.assertEqual(again.save(), xml)
        self.assertNotEqual(quanze.Org.default(), self.org)

    def test_unknown_person_is_not_a_member(self):
        # an unknown id raises instead of testing true
        with self.assertRaises(quanze.NotFoundError):
            self.org.person_cpc("deputy-1")
        self.assertTrue(self.org.person_cpc("p3"))
        self.assertFalse(self.org.person_cpc("p4"))

    def test_ab_pair_roles_are_a_rule(self):
        # the organisation loads an AB pair of any two posts...
        org = quanze.Org.load(test_data("org", "ab-office-director.xml"))
        self.assertEqual(org.ab_partner("deputy-1", "2026-03-02"), "office-director")
        # ...and the rule set decides whether such posts may pair
        with self.assertRaises(quanze.SchemaError) as caught:
            quanze.Model.load(org=test_data("org", "ab-office-director.xml"))
        self.assertEqual(caught.exception.line, 60)
        self.assertIn("office-director", str(caught.exception))
        city = quanze.Model.load(rules=test_data("rules", "city-ab.xml"), org=test_data("org", "city-ab.xml"))
        self.assertIsNotNone(city)

    def test_default(self):
        org = quanze.Org.default()
        self.assertEqual(org.holder("county-head", "2026-03-02"), "p002")
        self.assertEqual(org.ab_partner("deputy-3", "2026-03-02"), "deputy-4")
        self.assertFalse(org.person_cpc(org.holder("deputy-5", "2026-03-02")))


if __name__ == "__main__":
    unittest.main()
