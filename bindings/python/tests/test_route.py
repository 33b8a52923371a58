"""Routes of drafts and 发文字号 through Python: a draft file (XML and JSON)
and fields routed on the Yunxi demo model with people, due dates and
citations; GB/T 9704-2012 7.2.4 good and bad numbers; the plugin example;
errors with the file's position."""
import datetime
import json
import os
import subprocess
import sys
import unittest

import quanze
from support import SOURCE

D = datetime.date
PLUGIN = os.path.join(SOURCE, "examples", "dms-plugin")
STEPS = ["drafting", "legality-review", "consultation", "office-review", "signing", "issue"]


class RouteTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = quanze.Model.default()

    def check_plugin_route(self, route):
        self.assertIsInstance(route, quanze.Route)
        self.assertEqual([s.kind for s in route], STEPS)
        self.assertEqual([s.label for s in route][:2], ["起草", "合法性审查"])
        self.assertEqual(route.steps[0].unit, "justice")
        consultation = route.step("consultation")
        self.assertEqual(consultation.unit, "education")
        self.assertEqual(consultation.due, D(2026, 10, 15))  # 3-5 working days after 2026-10-09
        self.assertEqual([c.article for c in consultation.citations], [52])
        review = route.step("office-review")
        self.assertEqual([(str(p.capacity), p.name) for p in review.people],
                         [("escalation", "高永胜"), ("reviewer", "谭志刚"), ("reviewer", "孔涛"), ("reviewer", "江文杰")])
        signing = route.step("signing")
        self.assertEqual([(p.post, p.name) for p in signing.people], [("county-head", "高永胜")])
        self.assertEqual([str(c) for c in signing.citations], ["第五十四条第(二)项"])  # normative: the county head signs
        issue = route.step("issue")
        self.assertEqual(issue.due, D(2026, 10, 13))  # 5 working days after the meeting of 09-30, across the holiday
        self.assertEqual([c.article for c in issue.citations], [48])
        self.assertEqual(route.findings, [])

    def test_draft_xml_file(self):
        self.check_plugin_route(self.model.route_draft(os.path.join(PLUGIN, "draft.xml")))

    def test_draft_json_bytes(self):
        with open(os.path.join(PLUGIN, "draft.json"), "rb") as f:
            self.check_plugin_route(self.model.route_draft(f.read(), "draft.json"))

    def test_fields_with_findings(self):
        r = self.model.route("通知", "2026-10-09", portfolios=["justice", "education"], normative=True,
                             docnum="西政发[2026]012号", agency_codes=["西政发"])
        ids = [f.id for f in r.findings]
        self.assertIn("validity-limit", ids)
        self.assertIn("brackets", ids)
        self.assertIn("leading-zero", ids)
        brackets = r.findings[ids.index("brackets")]
        self.assertEqual(brackets.source, "GB/T 9704-2012 7.2.4")
        self.assertIsNone(r.findings[ids.index("validity-limit")].source)

    def test_the_fifteen_kinds(self):
        expected = {"决定": "county-head", "命令": "county-head", "议案": "county-head", "函": "deputy-3",
                    "批复": "deputy-3", "纪要": "deputy-3"}
        for kind in ("决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复",
                     "议案", "函", "纪要"):
            signing = self.model.route(kind, "2026-06-10", portfolios=["justice"]).step("signing")
            self.assertTrue(signing.people, kind)
            self.assertIn(54, [c.article for c in signing.citations], kind)
            if kind in expected:
                self.assertEqual(signing.people[0].post, expected[kind], kind)

    def test_as_dict_is_json(self):
        d = self.model.route_draft(os.path.join(PLUGIN, "draft.xml")).as_dict()
        text = json.dumps(d, ensure_ascii=False)
        self.assertEqual(json.loads(text)["steps"][4]["people"][0],
                         {"capacity": "signer", "post": "county-head", "name": "高永胜", "via": "holder"})

    def test_answers_outlive_the_route(self):
        signing = self.model.route("函", "2026-06-10", portfolios=["justice"]).step("signing")
        answer = signing.answer
        del signing
        self.assertEqual(answer.person.name, "蔡晓明")

    def test_errors(self):
        with self.assertRaises(quanze.SchemaError) as cm:
            self.model.route_draft(b'<draft version="1" kind="x">\n<oops/></draft>', "bad.xml")
        self.assertEqual((cm.exception.filename, cm.exception.line, cm.exception.column), ("bad.xml", 1, 1))
        with self.assertRaises(quanze.ParseError) as cm:
            self.model.route_draft(b'<draft version="1"\n kind=', "broken.xml")
        self.assertEqual(cm.exception.filename, "broken.xml")
        self.assertGreater(cm.exception.line, 0)
        with self.assertRaises(quanze.FileError):
            self.model.route_draft(os.path.join(PLUGIN, "missing.xml"))
        with self.assertRaises(quanze.InvalidArgumentError):
            self.model.route_draft('<draft version="1"/>')
        with self.assertRaises(TypeError):
            self.model.route_draft(None)
        with self.assertRaisesRegex(TypeError, "'kind'"):
            self.model.route(None, "2026-06-10")
        with self.assertRaises(TypeError):
            self.model.route("函", "2026-06-10", meeting="executive")
        with self.assertRaises(quanze.NotFoundError):
            self.model.route("bogus", "2026-06-10")

    def test_plugin_example(self):
        script = os.path.join(SOURCE, "examples", "python", "route_json.py")
        out = subprocess.run([sys.executable, script, os.path.join(PLUGIN, "draft.json")], capture_output=True,
                             env=dict(os.environ), check=False)
        self.assertEqual(out.returncode, 0, out.stderr)
        route = json.loads(out.stdout.decode("utf-8"))
        self.assertEqual([s["step"] for s in route["steps"]], STEPS)
        self.assertEqual(route["steps"][2]["due"], "2026-10-15")
        self.assertEqual(route["steps"][4]["citations"][0]["article"], 54)
        bad = subprocess.run([sys.executable, script, os.path.join(PLUGIN, "missing.json")], capture_output=True,
                             env=dict(os.environ), check=False)
        self.assertEqual(bad.returncode, 2)
        self.assertIn(b"missing.json", bad.stderr)


class DocNumTest(unittest.TestCase):
    def test_parse_and_format(self):
        n = quanze.DocNum.parse("西政发〔2021〕11号")
        self.assertEqual(n, quanze.DocNum("西政发", 2021, 11))
        self.assertEqual(str(n), "西政发〔2021〕11号")
        self.assertEqual(quanze.docnum_parse("西政发[2021]011号"), ("西政发", 2021, 11))
        self.assertEqual(quanze.docnum_format("西政办发", 2026, 3), "西政办发〔2026〕3号")

    def test_good_number(self):
        self.assertEqual(quanze.DocNum.check("西政发〔2021〕11号", date="2021-05-06", codes=["西政发", "西政函"]), [])

    def test_each_rule(self):
        def ids(text, **kw):
            return [(f.id, f.offset) for f in quanze.docnum_check(text, **kw)]
        self.assertEqual(ids("西政发[2021]11号"), [("brackets", 3)])
        self.assertEqual(ids("西政发〔2021〕011号"), [("leading-zero", 9)])
        self.assertEqual([i for i, _ in ids("西政发〔2021〕第11号")], ["ordinal"])
        self.assertEqual([i for i, _ in ids("西政发〔2021〕11号", date=D(2022, 1, 4))], ["year-mismatch"])
        self.assertEqual([i for i, _ in ids("西政字〔2021〕11号", codes=["西政发"])], ["unknown-code"])
        f = quanze.DocNum.check("西政发[2021]11号")[0]
        self.assertEqual((f.byte_offset, f.clause), (9, "GB/T 9704-2012 7.2.4"))
        self.assertIn("六角括号", f.message)

    def test_errors(self):
        with self.assertRaises(quanze.ParseError):
            quanze.DocNum.parse("no number here")
        with self.assertRaisesRegex(TypeError, "'text'"):
            quanze.DocNum.parse(None)
        with self.assertRaisesRegex(TypeError, "'text'"):
            quanze.DocNum.check(None)
        with self.assertRaises(quanze.InvalidArgumentError):
            quanze.docnum_format("西政发", 21, 11)


if __name__ == "__main__":
    unittest.main()
