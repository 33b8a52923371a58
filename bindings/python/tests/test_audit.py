"""Audits through Python: a records file streamed by the library, an
iterable of dicts, and an Auditor fed one record at a time, each finding
with its check, severity, position, people and citation on the Yunxi demo
model; the summary; laziness; errors."""
import datetime
import json
import os
import shutil
import tempfile
import threading
import unittest

import quanze
from support import test_data

D = datetime.date
YUNXI = test_data("records", "yunxi.csv")
LATE_MINUTES = {"type": "minutes", "meeting": "executive", "held": D(2021, 10, 15), "issued": D(2021, 10, 25),
                "signer": "county-head"}


class AuditTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = quanze.Model.default()

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="qz-py-audit-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_file_every_finding_kind(self):
        audit = self.model.audit(YUNXI)
        found = [(f.line, f.check, str(f.severity), f.article) for f in audit]
        self.assertEqual(found, [(2, "minutes-late", "note", 48), (4, "leave-late", "violation", 66),
                                 (5, "quorum", "violation", 41), (6, "signer", "violation", 54),
                                 (9, "unreadable", "unreadable", 0)])
        self.assertEqual(audit.summary, quanze.AuditSummary(read=8, audited=7, unreadable=1, violations=3, notes=1))

    def test_finding_fields(self):
        first = next(iter(self.model.audit(YUNXI)))
        self.assertIsInstance(first, quanze.AuditFinding)
        self.assertEqual((first.file, first.line, first.position), (YUNXI, 2, YUNXI + ":2"))
        self.assertEqual((first.record_type, first.date), ("minutes", D(2021, 10, 15)))
        self.assertEqual(first.severity, quanze.Severity.NOTE)
        self.assertEqual(first.people, ["county-head"])
        self.assertEqual((first.rule, first.citation_label), ("minutes-issue", "第四十八条"))
        self.assertIn("5个工作日内印发", first.citation)
        self.assertIn("2021-10-22", first.explanation)  # due 10-22, issued 10-25
        self.assertTrue(str(first).startswith(YUNXI + ":2: note: minutes-late 2021-10-15: "))
        signer = [f for f in self.model.audit(YUNXI) if f.check == "signer"][0]
        self.assertEqual(signer.people, ["deputy-1"])
        self.assertEqual((signer.article, signer.item, str(signer.citation_label)), (54, 1, "第五十四条第(一)项"))
        unreadable = [f for f in self.model.audit(YUNXI) if f.check == "unreadable"][0]
        self.assertIsNone(unreadable.date)
        self.assertIn("2021-13-01", unreadable.explanation)

    def test_records_iterable(self):
        leave = {"type": "leave", "post": "justice-principal", "depart": "2026-06-10", "notified": D(2026, 6, 8),
                 "days": 3, "destination": None}
        audit = self.model.audit(iter([LATE_MINUTES, leave]), name="oa")
        found = list(audit)
        self.assertEqual([(f.file, f.line, f.check) for f in found], [("oa", 1, "minutes-late"), ("oa", 2, "leave-late")])
        self.assertEqual(found[1].explanation, "离开县域应提前3日报告，实际提前2日")
        self.assertEqual(found[1].citation_label, "第六十六条")
        self.assertEqual(audit.summary.read, 2)
        self.assertEqual(audit.summary.violations, 1)

    def test_jsonl_file(self):
        path = self.write("log.jsonl", "\n".join(json.dumps(r) for r in (
            {"type": "meeting", "meeting": "party-group", "date": "2026-03-03",
             "present": ["county-head", "executive-deputy"], "convener": "county-head", "presider": "county-head"},
            {"type": "document", "kind": "request", "date": "2026-06-10", "recipient": "city-government",
             "portfolios": ["justice"], "signer": "executive-deputy"},
        )) + "\n")
        found = list(self.model.audit(path))
        self.assertEqual([(f.line, f.check, f.article) for f in found], [(1, "quorum", 41)])
        self.assertIn("不足法定人数", found[0].explanation)

    def test_streams_without_reading_the_whole_log(self):
        # every record is late: the library reads on only as findings are taken
        n = 20000
        path = self.write("big.csv", "type,meeting,held,issued\n" +
                          "minutes,executive,2021-10-15,2021-10-25\n" * n)
        audit = self.model.audit(path)
        first = next(audit)
        self.assertEqual((first.line, first.check), (2, "minutes-late"))
        audit.close()
        self.assertGreater(audit.summary.read, 0)
        self.assertLess(audit.summary.read, n // 4)
        with self.assertRaises(StopIteration):
            next(audit)
        # read to the end, every record is counted
        full = self.model.audit(path)
        self.assertEqual(sum(1 for _ in full), n)
        self.assertEqual(full.summary.read, n)

    def test_streams_dropped_unclosed_and_in_threads(self):
        n = 3000
        path = self.write("many.csv", "type,meeting,held,issued\n" + "minutes,executive,2021-10-15,2021-10-25\n" * n)
        for _ in range(5):
            audit = self.model.audit(path)
            next(audit)
            del audit  # dropped while its thread waits: collected, the thread stopped
        counts = []

        def worker():
            counts.append(sum(1 for _ in self.model.audit(path)))

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(counts, [n] * 4)

    def test_auditor_record_at_a_time(self):
        with self.model.auditor() as auditor:
            found = auditor.add(LATE_MINUTES, file="hook", line=7)
            self.assertEqual([(f.check, f.file, f.line, f.date) for f in found],
                             [("minutes-late", "hook", 7, D(2021, 10, 15))])
            self.assertEqual(auditor.add({"type": "minutes", "meeting": "executive", "held": "2021-11-05",
                                          "issued": "2021-11-10", "signer": "county-head"}), [])
            bad = auditor.add({"type": "bogus"})
            self.assertEqual([(f.check, f.severity) for f in bad], [("unreadable", quanze.Severity.UNREADABLE)])
            self.assertEqual(auditor.finish(), [])
            self.assertEqual(auditor.summary, quanze.AuditSummary(3, 2, 1, 0, 1))
            streamed = list(auditor.audit_file(YUNXI))
            self.assertEqual(len(streamed), 5)
            self.assertEqual(auditor.summary.read, 11)
        with self.assertRaisesRegex(ValueError, "closed"):
            auditor.add(LATE_MINUTES)

    def test_periodic_obligation(self):
        # one study session a quarter at least (Art 77); two quarters with none in between
        records = [{"type": "event", "obligation": "study-group-session", "date": d}
                   for d in ("2026-01-05", "2026-12-28")]
        found = [f for f in self.model.audit(records) if f.check == "periodic"]
        self.assertTrue(found)
        self.assertEqual({f.rule for f in found}, {"study-group-session"})
        self.assertTrue(all(f.line == 0 and f.date.year == 2026 for f in found))

    def test_fail_fast(self):
        with self.assertRaises(quanze.Error) as cm:
            list(self.model.audit(YUNXI, fail_fast=True))
        self.assertEqual((cm.exception.filename, cm.exception.line), (YUNXI, 9))
        self.assertIn("2021-13-01", str(cm.exception))

    def test_errors(self):
        with self.assertRaisesRegex(TypeError, "'records'"):
            self.model.audit(None)
        with self.assertRaises(TypeError):
            list(self.model.audit([["not", "a", "dict"]]))
        with self.assertRaises(TypeError):
            list(self.model.audit([{"type": "minutes", "held": 3.5}]))
        with self.assertRaises(quanze.FileError):
            list(self.model.audit(os.path.join(self.tmp, "missing.csv")))
        with self.assertRaises(quanze.InvalidArgumentError):
            list(self.model.audit(self.write("log.txt", "type\n")))
        with self.model.auditor() as auditor:
            with self.assertRaisesRegex(TypeError, "'record'"):
                auditor.add(None)
        with self.assertRaises(TypeError):
            quanze.Auditor(None)


if __name__ == "__main__":
    unittest.main()
