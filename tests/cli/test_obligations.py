"""`quanze obligations`: what a post, a unit or anyone must do in a range of
days under the rule set's <obligation>s, as text and JSON; and the matrix's
obligations section."""
import qzcli
from qzcli import CliTestCase, run, run_json, source

CITY = ("--rules", source("tests", "data", "rules", "obligations-city.xml"),
        "--org", source("tests", "data", "org", "city.xml"))


class ObligationsTest(CliTestCase):
    def test_all_in_a_year(self):
        r, d = run_json("obligations", "--from", "2026-01-01", "--to", "2026-12-31")
        self.assertStatus(r, 0)
        self.assertEqual(d["count"], len(d["obligations"]))
        ids = [o["id"] for o in d["obligations"]]
        self.assertIn("report-to-party-committee", ids)
        self.assertIn("year-end-evaluation", ids)
        first = d["obligations"][ids.index("report-to-party-committee")]
        self.assertEqual(first["trigger"], "event")
        self.assertEqual(first["action"], "report")
        self.assertEqual([u["unit"] for u in first["to"]], ["county-party-committee"])
        self.assertEqual(first["citations"][0]["article"], 3)
        plan = d["obligations"][ids.index("annual-document-plan")]
        self.assertEqual(plan["values"]["period_start"], "2026-01-01")
        self.assertEqual(plan["values"]["min"], 1)

    def test_post(self):
        r, d = run_json("obligations", "--post", "justice-principal", "--from", "2026-03-01")
        self.assertStatus(r, 0)
        self.assertEqual(d["post"], "justice-principal")
        ids = [o["id"] for o in d["obligations"]]
        self.assertIn("rectify-supervision", ids)
        self.assertNotIn("implement-instructions", ids)
        o = d["obligations"][ids.index("rectify-supervision")]
        self.assertIn("justice-principal", [p["post"] for p in o["responsible"]])
        self.assertEqual(o["citations"][0]["article"], 33)

    def test_text(self):
        r = run("obligations", "--post", "deputy-1", "--from", "2026-03-01", "--to", "2026-03-31")
        self.assertStatus(r, 0)
        self.assertIn("共1项义务", r.out)
        self.assertIn("省市领导同志重要指示批示精神的落实", r.out)
        self.assertIn("第六十条", r.out)
        self.assertNotIn("leader-instruction", r.out)

    def test_other_government(self):
        r, d = run_json(*CITY, "obligations", "--post", "secretary-general",
                        "--from", "2026-01-12", "--to", "2026-01-25")
        self.assertStatus(r, 0)
        self.assertEqual([o["id"] for o in d["obligations"]], ["weekly-report", "weekly-report"])
        self.assertEqual(d["obligations"][1]["values"]["period_start"], "2026-01-19")

    def test_errors(self):
        r = run("obligations", "--post", "no-such-post", "--from", "2026-03-01")
        self.assertStatus(r, 2)
        self.assertIn("no-such-post", r.err)
        r = run("obligations", "--from", "2026-03-01", "--to", "2026-02-01")
        self.assertStatus(r, 2)
        r = run("obligations", "--from", "2026-03-01", "--to", "2046-03-01")
        self.assertNotEqual(r.code, 0)
        r = run("obligations", "--from", "not-a-date")
        self.assertStatus(r, 2)

    def test_matrix_section(self):
        r, d = run_json("matrix", "--date", "2026-06-10")
        self.assertStatus(r, 0)
        obs = [m for m in d["matters"] if m["kind"] == "obligation"]
        self.assertEqual(len(obs), 23)
        self.assertEqual(obs[0]["obligation"]["action"], "report")
        self.assertIn("roles", obs[0])
        r = run("matrix", "--date", "2026-06-10")
        self.assertIn("== 义务 ==", r.out)


if __name__ == "__main__":
    qzcli.main("obligations", "matrix")
