"""The CLI on a city's rules and organisation (tests/data/rules/city.xml,
tests/data/org/city.xml): no county id or word is written in the tool."""
import qzcli
from qzcli import CliTestCase, run, run_json, source

CITY = ("--rules", source("tests", "data", "rules", "city.xml"),
        "--org", source("tests", "data", "org", "city.xml"))


def posts(people):
    return [p["post"] for p in people]


class CityTest(CliTestCase):
    def test_sign_names_the_default_issuer(self):
        r, d = run_json("sign", "--kind", "normative", "--date", "2026-04-14", *CITY)
        self.assertStatus(r, 0)
        self.assertEqual(d["issuer"], "city-government")
        self.assertEqual(posts(d["signers"]), ["mayor"])
        self.assertEqual(posts(d["reviewers"]), ["secretary-general"])
        self.assertEqual(d["escalation"], [])

    def test_sign_escalation_is_people(self):
        r, d = run_json("sign", "--kind", "notice", "--issuer", "general-office", "--date", "2026-04-14",
                        *CITY)
        self.assertStatus(r, 0)
        self.assertIn("mayor", posts(d["escalation"]))
        self.assertIn("vice-mayor-3", posts(d["escalation"]))

    def test_meeting_reviewers_and_optional_minutes(self):
        r, d = run_json("meeting", "mayor-office", "--date", "2026-04-14", *CITY)
        self.assertStatus(r, 0)
        self.assertIs(d["minutes_optional"], True)
        self.assertEqual(posts(d["reviewers"]), ["secretary-general"])
        r, d = run_json("meeting", "executive", "--date", "2026-04-14", *CITY)
        self.assertIs(d["minutes_optional"], False)
        self.assertEqual(posts(d["escalation"]), ["mayor"])

    def test_leave_word(self):
        r = run("leave", "vice-mayor-1", "--depart", "2026-04-13", "--notified", "2026-04-08", *CITY)
        self.assertStatus(r, 0)
        self.assertIn("离市", r.out)
        self.assertNotIn("离县", r.out)


if __name__ == "__main__":
    qzcli.main("meeting", "sign", "leave")
