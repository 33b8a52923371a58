"""quanze check ACTION --actor ID: exit 0 allowed, 1 denied, 2 usage, in
text and JSON; the decision agrees with the matching query command."""
import qzcli
from qzcli import CliTestCase, run, run_json

SIGN = ("--kind", "request", "--to", "city-government", "--portfolio", "justice", "--date", "2026-06-10")


class SignTest(CliTestCase):
    def test_allowed_holder(self):
        r, d = run_json("check", "sign", *SIGN, "--actor", "executive-deputy")
        self.assertStatus(r, 0)
        self.assertIs(d["allowed"], True)
        self.assertEqual((d["capacity"], d["via"], d["post"]), ("signer", "holder", "executive-deputy"))
        self.assertIsNone(d["reason"])
        self.assertEqual(d["citation"]["article"], 54)

    def test_denied_names_who_could(self):
        r, d = run_json("check", "sign", *SIGN, "--actor", "deputy-1")
        self.assertStatus(r, 1)
        self.assertIs(d["allowed"], False)
        self.assertEqual(d["post"], None)
        self.assertEqual(d["reason"], "副县长董玉梅不在可以签发的人员之列")  # named, not by id
        could = {c["post"] for c in d["candidates"]}
        _, q = run_json("sign", *SIGN)
        self.assertEqual(could, {p["post"] for p in q["signers"]})

    def test_text(self):
        r = run("check", "sign", *SIGN, "--actor", "executive-deputy")
        self.assertStatus(r, 0)
        self.assertTrue(r.out.startswith("允许"), r)
        self.assertIn("第五十四条", r.out)
        r = run("check", "sign", *SIGN, "--actor", "deputy-1")
        self.assertStatus(r, 1)
        self.assertTrue(r.out.startswith("不允许"), r)

    def test_every_signer_of_the_query_is_allowed(self):
        r, q = run_json("sign", *SIGN)
        self.assertStatus(r, 0)
        self.assertTrue(q["signers"], "the query names no signer: the loop would check nothing")
        for p in q["signers"]:
            self.assertStatus(run("check", "sign", *SIGN, "--actor", p["post"]), 0)


class OtherActionsTest(CliTestCase):
    def test_convene_and_preside(self):
        r, d = run_json("check", "convene", "executive", "--date", "2026-06-10", "--actor", "county-head")
        self.assertStatus(r, 0)
        self.assertEqual(d["capacity"], "convener")
        r, d = run_json("check", "preside", "executive", "--date", "2026-06-10", "--actor", "deputy-1")
        self.assertStatus(r, 1)

    def test_act_for_and_leave(self):
        r, d = run_json("check", "act-for", "county-head", "--date", "2026-06-10", "--actor", "county-head")
        self.assertIn(r.code, (0, 1))
        self.assertEqual(d["capacity"], "acting")
        r, d = run_json("check", "approve-leave", "justice-principal", "--depart", "2026-06-10",
                        "--notified", "2026-06-01", "--actor", "justice-principal")
        self.assertStatus(r, 1)
        self.assertEqual(d["capacity"], "approver")


class UsageTest(CliTestCase):
    def test_errors(self):
        self.assertUsageError(run("check", "sign", *SIGN))                              # no --actor
        self.assertUsageError(run("check", "fly", "--actor", "deputy-1"))               # no such action
        self.assertUsageError(run("check", "convene", "--actor", "deputy-1"))           # no type
        self.assertUsageError(run("check", "sign", *SIGN, "--actor", "nobody"))         # unknown actor
        self.assertUsageError(run("check", "sign", "--actor", "deputy-1"))              # no --kind


if __name__ == "__main__":
    qzcli.main("check")
