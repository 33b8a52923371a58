"""The questions about people: meeting, sign, acting, deadline, leave,
quorum and matrix, on the embedded Yunxi rules and demo organisation
(examples/data/yunxi-org.xml), in text and JSON, with every exit status.

The demo organisation has: county head 高永胜 (p002) away from the county
2026-03-09..13 having entrusted the executive deputy, and away again
2026-05-18..20 without an entrustment; deputy-3 (p006) away 2026-04-13..17
and its AB partner deputy-4 (p007) away 2026-04-15..16; a party group of
seven members."""
import qzcli
from qzcli import CliTestCase, data, run, run_json, source

DAY = "2026-10-12"  # an ordinary Monday, nobody away


def posts(people):
    return [p["post"] for p in people]


class MeetingTest(CliTestCase):
    def test_executive_json(self):
        r, d = run_json("meeting", "executive", "--date", DAY)
        self.assertStatus(r, 0)
        self.assertEqual(d["meeting"], "executive")
        self.assertEqual(d["date"], DAY)
        self.assertIs(d["major"], False)
        self.assertIs(d["found"], True)
        self.assertEqual(posts(d["convener"]), ["county-head"])
        self.assertEqual(posts(d["presider"]), ["county-head"])
        for p in d["convener"] + d["presider"] + d["members"] + d["minutes_signer"]:
            self.assertPerson(p)
        self.assertEqual(d["convener"][0]["name"], "高永胜")
        self.assertEqual(d["convener"][0]["via"], "holder")
        members = set(posts(d["members"]))
        for post in ("county-head", "executive-deputy", "deputy-1", "deputy-5", "office-director"):
            self.assertIn(post, members)
        self.assertNotIn("justice-principal", members)
        self.assertTrue(set(posts(d["minutes_signer"])) <= {"county-head", "executive-deputy"})
        self.assertNotEqual(d["minutes_signer"], [])
        self.assertEqual(d["issue_due"], "2026-10-19")  # 5 working days after
        self.assertCitations(d, articles=[40, 48])

    def test_plenary_members_include_departments(self):
        r, d = run_json("meeting", "plenary", "--date", DAY)
        self.assertStatus(r, 0)
        self.assertIn("justice-principal", posts(d["members"]))
        self.assertCitations(d, articles=[39])

    def test_party_group_has_a_quorum(self):
        r, d = run_json("meeting", "party-group", "--date", DAY)
        self.assertStatus(r, 0)
        self.assertEqual(d["quorum"], {"required": 4, "members": 7})
        self.assertCitations(d, articles=[41])

    def test_text(self):
        r = run("meeting", "executive", "--date", DAY)
        self.assertStatus(r, 0)
        lines = r.out.splitlines()
        self.assertIn(DAY, lines[0])
        self.assertTrue(any(l.startswith("召集") and "高永胜（县长）" in l for l in lines), r.out)
        self.assertIn("纪要印发", r.out)
        self.assertIn("2026-10-19", r.out)
        self.assertIn("依据", r.out)
        self.assertIn("第四十八条", r.out)

    def test_unknown_type_and_bad_date(self):
        self.assertUsageError(run("meeting", "banquet", "--date", DAY))
        self.assertUsageError(run("meeting", "executive", "--date", "2026-13-01"))
        self.assertUsageError(run("meeting"))

    def test_date_outside_calendar(self):
        self.assertDataError(run("meeting", "executive", "--date", "2031-06-02"))


class SignTest(CliTestCase):
    def sign(self, *args):
        r, d = run_json("sign", "--date", DAY, *args)
        self.assertStatus(r, 0)
        for p in d["signers"] + d["countersigners"]:
            self.assertPerson(p)
        return d

    def cites(self, d, article, item):
        self.assertIn((article, item), [(c["article"], c["item"]) for c in d["citations"]])

    def test_request_to_city_government(self):
        d = self.sign("--kind", "request", "--to", "city-government")
        self.assertEqual(sorted(posts(d["signers"])), ["county-head", "executive-deputy"])
        self.assertEqual(d["countersigners"], [])
        self.cites(d, 54, 1)
        names = {p["post"]: p["name"] for p in d["signers"]}
        self.assertEqual(names["county-head"], "高永胜")
        self.assertEqual(names["executive-deputy"], "宋小燕")

    def test_motion_and_normative_documents(self):
        for kind, to in (("motion", ["--to", "county-congress"]), ("normative", []),
                         ("decision", []), ("order", [])):
            with self.subTest(kind=kind):
                d = self.sign("--kind", kind, *to)
                self.assertEqual(posts(d["signers"]), ["county-head"])
                self.cites(d, 54, 2)

    def test_decided_by_executive(self):
        d = self.sign("--kind", "notice", "--decided-by-executive")
        self.assertIn("county-head", posts(d["signers"]))
        self.cites(d, 54, 4)

    def test_portfolios_countersign(self):
        d = self.sign("--kind", "notice", "--portfolio", "deputy-1", "deputy-3")
        self.assertEqual(posts(d["signers"]), ["deputy-1"])
        self.assertEqual(posts(d["countersigners"]), ["deputy-3"])
        self.cites(d, 54, 3)
        # Repeated option and commas mean the same.
        d2 = self.sign("--kind", "notice", "--portfolio", "deputy-1", "--portfolio", "deputy-3")
        d3 = self.sign("--kind", "notice", "--portfolio", "deputy-1,deputy-3")
        self.assertEqual(d2["countersigners"], d["countersigners"])
        self.assertEqual(d3["countersigners"], d["countersigners"])

    def test_broad_scope(self):
        d = self.sign("--kind", "notice", "--broad-scope")
        self.assertEqual(sorted(posts(d["signers"])), ["county-head", "executive-deputy"])
        self.cites(d, 54, 3)

    def test_government_office(self):
        d = self.sign("--kind", "notice", "--issuer", "government-office")
        self.assertEqual(posts(d["signers"]), ["office-director"])
        self.cites(d, 54, 5)

    def test_text(self):
        r = run("sign", "--kind", "request", "--to", "city-government", "--date", DAY)
        self.assertStatus(r, 0)
        first = r.out.splitlines()[0]
        self.assertTrue(first.startswith("签发"), r.out)
        self.assertIn("第五十四条第(一)项", r.out)
        self.assertIn("由县长或常务副县长签发", r.out)

    def test_usage_errors(self):
        self.assertUsageError(run("sign", "--to", "city-government"))
        self.assertUsageError(run("sign", "--kind", "poem", "--date", DAY))
        self.assertUsageError(run("sign", "--kind", "request", "--to", "the-moon", "--date", DAY))
        self.assertUsageError(run("sign", "--kind", "request", "stray-argument"))
        self.assertUsageError(run("sign", "--kind", "request", "--portfolio"))


class ActingTest(CliTestCase):
    def test_holder_present(self):
        r, d = run_json("acting", "county-head", "--date", DAY)
        self.assertStatus(r, 0)
        self.assertPerson(d["acting"])
        self.assertEqual((d["acting"]["post"], d["acting"]["via"]), ("county-head", "holder"))
        self.assertIsNone(d["reason"])
        self.assertCitations(d)

    def test_entrusted_executive_deputy(self):
        r, d = run_json("acting", "county-head", "--date", "2026-03-10")
        self.assertStatus(r, 0)
        a = d["acting"]
        self.assertPerson(a)
        self.assertEqual((a["post"], a["via"], a["for_post"]),
                         ("executive-deputy", "entrusted", "county-head"))
        self.assertEqual(a["name"], "宋小燕")
        self.assertCitations(d, articles=[6])
        r = run("acting", "county-head", "--date", "2026-03-10")
        self.assertIn("宋小燕（常务副县长，受县长高永胜委托）", r.out)

    def test_away_without_entrustment_no_one(self):
        r, d = run_json("acting", "county-head", "--date", "2026-05-19")
        self.assertStatus(r, 0)
        self.assertIsNone(d["acting"])
        self.assertIs(d["found"], False)
        self.assertIsInstance(d["reason"], str)
        self.assertNotEqual(d["reason"], "")
        r = run("acting", "county-head", "--date", "2026-05-19")
        self.assertStatus(r, 0)
        self.assertIn("无人可代行", r.out)
        self.assertIn("原因", r.out)

    def test_ab_partner(self):
        r, d = run_json("acting", "deputy-3", "--date", "2026-04-14")
        self.assertStatus(r, 0)
        self.assertEqual((d["acting"]["post"], d["acting"]["via"]), ("deputy-4", "acting"))
        self.assertCitations(d, articles=[8])
        r, d = run_json("acting", "deputy-3", "--date", "2026-04-15")  # both away
        self.assertStatus(r, 0)
        self.assertIsNone(d["acting"])
        self.assertIsInstance(d["reason"], str)

    def test_ab_pair_roles_come_from_the_rules(self):
        # the Yunxi rules let deputies pair only: the pair's place in the organisation is named
        r = run("acting", "deputy-1", "--date", DAY,
                "--org", source("tests", "data", "org", "ab-office-director.xml"))
        self.assertDataError(r)
        self.assertIn("ab-office-director.xml:60:5", r.err)
        self.assertIn("office-director", r.err)
        # a city's rule set lets vice-mayors pair
        r, d = run_json("acting", "vice-mayor-1", "--date", DAY,
                        "--rules", source("tests", "data", "rules", "city-ab.xml"),
                        "--org", source("tests", "data", "org", "city-ab.xml"))
        self.assertStatus(r, 0)

    def test_errors(self):
        self.assertUsageError(run("acting", "emperor", "--date", DAY))
        self.assertUsageError(run("acting"))
        self.assertUsageError(run("acting", "county-head", "--date", "yesterday"))


class DeadlineTest(CliTestCase):
    def test_minutes_before_national_day(self):
        r, d = run_json("deadline", "minutes-issue", "--from", "2026-09-30")
        self.assertStatus(r, 0)
        self.assertEqual(d["deadline"], "minutes-issue")
        self.assertEqual(d["from"], "2026-09-30")
        self.assertEqual(d["due"], "2026-10-13")
        self.assertEqual(d["unit"], "workdays")
        self.assertEqual(d["limit"], 5)
        self.assertCitations(d, articles=[48])
        r = run("deadline", "minutes-issue", "--from", "2026-09-30")
        self.assertTrue(any(l.startswith("截止") and "2026-10-13 星期二" in l
                            for l in r.out.splitlines()), r.out)
        self.assertIn("第四十八条", r.out)

    def test_consultation_reply(self):
        r, d = run_json("deadline", "consultation-reply", "--from", DAY, "--asof", DAY)
        self.assertStatus(r, 0)
        self.assertEqual(d["due"], "2026-10-19")
        self.assertEqual(d["earliest"], "2026-10-15")
        self.assertCitations(d, articles=[52])
        self.assertIn(d["silence_no_objection"], (False, None))
        r, d = run_json("deadline", "consultation-reply", "--from", DAY, "--asof", "2026-11-02")
        self.assertIs(d["silence_no_objection"], True)
        r, d = run_json("deadline", "consultation-reply", "--from", DAY, "--limit", "2",
                        "--asof", DAY)
        self.assertEqual(d["due"], "2026-10-14")

    def test_normative_validity(self):
        r, d = run_json("deadline", "normative-validity", "--from", DAY)
        self.assertStatus(r, 0)
        self.assertTrue(d["due"].startswith("2031-"), d)
        self.assertEqual(d["unit"], "years")
        self.assertCitations(d, articles=[20])

    def test_errors(self):
        self.assertUsageError(run("deadline", "minutes-issue"))
        self.assertUsageError(run("deadline", "minutes-issue", "--from", "2026-9-30"))
        self.assertUsageError(run("deadline", "tax-return", "--from", DAY))
        self.assertUsageError(run("deadline", "minutes-issue", "--from", DAY, "--limit", "x"))
        self.assertDataError(run("deadline", "minutes-issue", "--from", "2026-12-28"))


class LeaveTest(CliTestCase):
    def test_late_township_principal(self):
        r, d = run_json("leave", "chengguan-principal", "--depart", DAY, "--notified",
                        "2026-10-11")
        self.assertStatus(r, 1)
        self.assertIs(d["late"], True)
        self.assertEqual(d["required_notice_days"], 3)
        self.assertIn("government-office", [b.get("unit") for b in d["report_to"]])
        self.assertCitations(d, articles=[66])
        r = run("leave", "chengguan-principal", "--depart", DAY, "--notified", "2026-10-11")
        self.assertStatus(r, 1)
        self.assertIn("逾期报告", r.out)
        self.assertIn("第六十六条", r.out)

    def test_in_time(self):
        r, d = run_json("leave", "chengguan-principal", "--depart", DAY, "--notified",
                        "2026-10-09")
        self.assertStatus(r, 0)
        self.assertIs(d["late"], False)

    def test_deputy_reports_to_county_head(self):
        r, d = run_json("leave", "deputy-1", "--depart", DAY, "--notified", "2026-10-10")
        self.assertStatus(r, 0)
        self.assertIs(d["late"], False)
        self.assertEqual(d["required_notice_days"], 0)
        people = [p for p in d["report_to"] if "post" in p]
        self.assertIn("county-head", posts(people))
        for p in people:
            self.assertPerson(p)

    def test_county_head_is_filed(self):
        r, d = run_json("leave", "county-head", "--depart", DAY, "--notified", "2026-10-10")
        self.assertStatus(r, 0)
        self.assertNotEqual(d["filed_with"], [])
        for b in d["filed_with"]:
            self.assertIn("name", b)

    def test_length_and_destination(self):
        # A rule set whose leave rules depend on the length and destination.
        own = ("--rules", source("tests", "data", "rules", "variations.xml"),
               "--org", source("tests", "data", "rules", "variations-org.xml"))
        r, d = run_json("leave", "justice-principal", "--depart", "2026-06-01", "--notified",
                        "2026-05-20", "--days", "8", "--destination", "abroad", *own)
        self.assertStatus(r, 0)
        self.assertEqual((d["required_notice_days"], d["unit"]), (5, "workdays"))
        self.assertEqual(posts([p for p in d["approvers"] if "post" in p]),
                         ["deputy-1", "county-head"])
        self.assertEqual(sorted((c["article"], c["item"] or 0) for c in d["citations"]
                                if c["article"] == 31), [(31, 0), (31, 1), (31, 2)])
        # two days within the province: the ordinary two working days, one approver
        r, d = run_json("leave", "justice-principal", "--depart", "2026-06-01", "--notified",
                        "2026-05-31", "--days", "2", "--destination", "within-province", *own)
        self.assertStatus(r, 1)
        self.assertEqual((d["required_notice_days"], d["late"]), (2, True))
        self.assertEqual(posts([p for p in d["approvers"] if "post" in p]), ["deputy-1"])
        r = run("leave", "justice-principal", "--depart", "2026-06-01", "--notified",
                "2026-05-20", "--days", "8", "--destination", "abroad", *own)
        self.assertIn("批准", r.out)
        self.assertIn("第三十一条第(二)项", r.out)
        self.assertUsageError(run("leave", "justice-principal", "--depart", "2026-06-01",
                                  "--notified", "2026-05-20", "--destination", "mars", *own))
        self.assertUsageError(run("leave", "deputy-1", "--depart", DAY, "--notified", DAY,
                                  "--days", "0"))

    def test_errors(self):
        self.assertUsageError(run("leave", "deputy-1", "--depart", DAY))
        self.assertUsageError(run("leave", "--depart", DAY, "--notified", DAY))
        self.assertUsageError(run("leave", "deputy-1", "--depart", "soon", "--notified", DAY))


class QuorumTest(CliTestCase):
    def test_not_met(self):
        r, d = run_json("quorum", "party-group", "--present", "county-head", "executive-deputy",
                        "deputy-1", "--date", DAY)
        self.assertStatus(r, 1)
        self.assertIs(d["met"], False)
        self.assertEqual((d["present"], d["required"], d["members"]), (3, 4, 7))
        self.assertCitations(d, articles=[41])
        r = run("quorum", "party-group", "--present", "county-head,executive-deputy,deputy-1",
                "--date", DAY)
        self.assertStatus(r, 1)
        self.assertIn("未达到法定人数", r.out)

    def test_met(self):
        r, d = run_json("quorum", "party-group", "--date", DAY, "--present", "county-head",
                        "executive-deputy", "deputy-1", "deputy-2")
        self.assertStatus(r, 0)
        self.assertIs(d["met"], True)
        self.assertEqual(d["present"], 4)

    def test_meeting_without_quorum_rule(self):
        r, d = run_json("quorum", "executive", "--present", "county-head", "--date", DAY)
        self.assertStatus(r, 0)
        self.assertIs(d["met"], True)
        self.assertIsNone(d["required"])

    def test_errors(self):
        self.assertUsageError(run("quorum", "party-group", "--date", DAY))
        self.assertUsageError(run("quorum", "party-group", "--present"))
        self.assertUsageError(run("quorum", "picnic", "--present", "county-head", "--date", DAY))


class MatrixTest(CliTestCase):
    def test_json(self):
        r, d = run_json("matrix", "--date", DAY)
        self.assertStatus(r, 0)
        self.assertEqual(d["date"], DAY)
        self.assertEqual(d["rules"]["id"], "yunxi-2021")
        self.assertEqual(d["rules"]["document_number"], "西政发〔2021〕11号")
        kinds = {m["kind"] for m in d["matters"]}
        for k in ("acting", "meeting", "signing", "deadline", "leave"):
            self.assertIn(k, kinds)
        ids = [m["id"] for m in d["matters"]]
        self.assertEqual(len(ids), len(set(ids)))
        for m in d["matters"]:
            self.assertIsInstance(m["label"], str)
            self.assertCitations(m)
            self.assertNotEqual(m["citations"], [], m["id"])
            for p in m["people"]:
                self.assertPerson(p["person"])
        self.assertEqual(run("matrix", "--format", "json", "--date", DAY).out, r.out)

    def test_text(self):
        r = run("matrix", "--date", DAY)
        self.assertStatus(r, 0)
        self.assertIn("西政发〔2021〕11号", r.out.splitlines()[0])
        self.assertIn("== 会议 ==", r.out)
        self.assertIn("== 公文签发 ==", r.out)
        # Chinese numerals for articles and items: 6, 10, 38, 54(1), 54(5), 66.
        for label in ("第六条", "第十条", "第三十八条", "第五十四条第(一)项",
                      "第五十四条第(五)项", "第六十六条"):
            self.assertIn(label, r.out)

    def test_errors(self):
        self.assertUsageError(run("matrix", "--format", "pdf"))
        self.assertUsageError(run("matrix", "--date", "2026-02-30"))
        self.assertDataError(run("matrix", "--date", "2019-01-02"))  # before the rules


class BeforeTheRulesTest(CliTestCase):
    def test_every_question_before_the_rules_took_effect_is_exit_3(self):
        old = "2019-01-02"
        for args in (["meeting", "executive", "--date", old],
                     ["sign", "--kind", "request", "--date", old],
                     ["acting", "county-head", "--date", old],
                     ["deadline", "minutes-issue", "--from", old],
                     ["leave", "deputy-1", "--depart", old, "--notified", "2019-01-01"],
                     ["quorum", "party-group", "--present", "county-head", "--date", old],
                     ["matrix", "--date", old]):
            with self.subTest(cmd=args[0]):
                r = run("--json", *args)
                self.assertDataError(r)
                self.assertIn("2019-01-02", r.err)


class DataFilesTest(CliTestCase):
    def test_own_files_give_the_same_answers(self):
        a = run_json("sign", "--kind", "request", "--to", "city-government", "--date", DAY)[1]
        b = run_json("sign", "--kind", "request", "--to", "city-government", "--date", DAY,
                     "--rules", source("data", "yunxi-rules.xml"),
                     "--org", source("examples", "data", "yunxi-org.xml"))[1]
        self.assertEqual(a, b)

    def test_calendar_overlay_reaches_the_queries(self):
        self.assertDataError(run("deadline", "minutes-issue", "--from", "2026-12-28"))
        r, d = run_json("deadline", "minutes-issue", "--from", "2026-12-28",
                        "--calendar", data("calendar-2027.xml"))
        self.assertStatus(r, 0)
        self.assertEqual(d["due"], "2027-01-05")  # 1-3 January off in the fixture

    def test_missing_and_bad_files(self):
        r = run("acting", "county-head", "--rules", data("no-such-rules.xml"))
        self.assertDataError(r)
        self.assertIn("no-such-rules.xml", r.err)
        r = run("acting", "county-head", "--org", data("calendar-malformed.xml"))
        self.assertDataError(r)
        self.assertRegex(r.err, r"calendar-malformed\.xml:\d+:\d+: ")
        r = run("acting", "county-head", "--org", data("org-unknown-parent.xml"))
        self.assertDataError(r)
        self.assertIn("org-unknown-parent.xml:7:5: unknown parent unit 'nowhere'", r.err)
        r = run("sign", "--kind", "request", "--rules", data("rules-malformed.xml"))
        self.assertDataError(r)
        self.assertIn("rules-malformed.xml:6:14: ", r.err)
        r = run("acting", "county-head", "--rules", data("calendar-2027.xml"))
        self.assertDataError(r)
        self.assertIn("calendar-2027.xml", r.err)


if __name__ == "__main__":
    qzcli.main("meeting", "sign", "acting", "deadline", "leave", "quorum", "matrix")
