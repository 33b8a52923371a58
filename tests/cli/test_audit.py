"""quanze audit FILE...: findings in text, JSON, CSV and HTML (one
self-contained page, rendered by headless Chromium), exit 1 on violations,
unreadable records reported with their line, --fail-fast, atomic -o."""
import csv
import io
import os
import shutil
import tempfile

import qzcli
from qzcli import CliTestCase, chromium, run, run_json, source

LOG = source("tests", "data", "records", "yunxi.csv")


class AuditTest(CliTestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="quanze-audit-")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def test_json(self):
        r, d = run_json("audit", LOG)
        self.assertStatus(r, 1)
        got = {(f["check"], f["line"]) for f in d["findings"]}
        self.assertEqual(got, {("minutes-late", 2), ("leave-late", 4), ("quorum", 5), ("signer", 6),
                               ("unreadable", 9)})
        late = [f for f in d["findings"] if f["check"] == "minutes-late"][0]
        self.assertEqual((late["severity"], late["article"]), ("note", 48))
        self.assertIn("2021-10-22", late["explanation"])
        s = d["summary"]
        self.assertEqual((s["read"], s["audited"], s["unreadable"], s["violations"], s["notes"]),
                         (8, 7, 1, 3, 1))

    def test_text_and_csv(self):
        r = run("audit", LOG)
        self.assertStatus(r, 1)
        self.assertIn("yunxi.csv:4: violation: leave-late", r.out)
        self.assertIn("第六十六条", r.out)
        r = run("audit", LOG, "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(r.out)))
        self.assertEqual(len(rows), 5)
        self.assertEqual(rows[0]["check"], "minutes-late")

    def test_clean_log_exits_0_and_fail_fast(self):
        p = os.path.join(self.dir, "ok.jsonl")
        with open(p, "w") as f:
            f.write('{"type":"minutes","meeting":"executive","held":"2021-11-05","issued":"2021-11-10"}\n')
        self.assertStatus(run("audit", p), 0)
        with open(p, "a") as f:
            f.write("{broken\n")
        self.assertStatus(run("audit", p), 0)   # reported, not fatal
        r = run("audit", p, "--fail-fast")
        self.assertEqual(r.code, 3, r)   # bad input data
        self.assertIn(":2", r.err)

    def test_html_in_chromium(self):
        page = os.path.join(self.dir, "audit.html")
        r = run("audit", LOG, "--format", "html", "-o", page)
        self.assertStatus(r, 1)
        with open(page, encoding="utf-8") as f:
            html = f.read()
        self.assertNotIn("http", html.replace("http-equiv", ""))   # self-contained
        self.assertIn("By month", html)
        code, dom, err = chromium("--dump-dom", "file://" + page)
        self.assertEqual(code, 0, err[-2000:])
        self.assertIn('<td id="violations">3</td>', dom)
        self.assertIn("第五十四条第(一)项", dom)
        shot = os.path.join(self.dir, "audit.png")
        code, _, err = chromium("--screenshot=" + shot, "--window-size=1400,1400", "--hide-scrollbars",
                                "file://" + page)
        self.assertEqual(code, 0, err[-2000:])
        with open(shot, "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")

    def test_usage(self):
        self.assertUsageError(run("audit"))
        self.assertUsageError(run("audit", LOG, "--format", "pdf"))


if __name__ == "__main__":
    qzcli.main("audit")
