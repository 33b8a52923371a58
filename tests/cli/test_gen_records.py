"""bench/gen_records.py makes a log with known injected violations; quanze
audit finds exactly those, no more, no fewer, on a small generated year."""
import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile

import qzcli
from qzcli import CliTestCase, run, source


class GeneratedYearTest(CliTestCase):
    def test_finds_exactly_the_injected(self):
        d = tempfile.mkdtemp(prefix="quanze-gen-")
        try:
            log, want = os.path.join(d, "year.csv"), os.path.join(d, "expected.txt")
            subprocess.run([sys.executable, source("bench", "gen_records.py"), log, want,
                            "--records", "2500", "--rate", "40"], check=True)
            r = run("audit", log, "--format", "csv")
            self.assertStatus(r, 1)
            got = sorted((int(x["line"]), x["check"]) for x in csv.DictReader(io.StringIO(r.out)))
            with open(want) as f:
                expected = sorted((int(l.split()[0]), l.split()[1]) for l in f)
            self.assertGreater(len(expected), 20)
            self.assertEqual({c for _, c in expected},
                             {"minutes-late", "leave-late", "quorum", "signer", "consultation-late"})
            self.assertEqual(got, expected)
        finally:
            shutil.rmtree(d, ignore_errors=True)

    def test_xml_and_jsonl_find_the_same(self):
        d = tempfile.mkdtemp(prefix="quanze-gen-")
        try:
            for ext in ("xml", "jsonl"):
                log, want = os.path.join(d, "year." + ext), os.path.join(d, "expected.txt")
                subprocess.run([sys.executable, source("bench", "gen_records.py"), log, want,
                                "--records", "1500", "--rate", "30"], check=True)
                r = run("audit", log, "--format", "csv")
                self.assertStatus(r, 1)
                got = sorted((int(x["line"]), x["check"]) for x in csv.DictReader(io.StringIO(r.out)))
                with open(want) as f:
                    expected = sorted((int(l.split()[0]), l.split()[1]) for l in f)
                self.assertGreater(len(expected), 20, ext)
                self.assertEqual(got, expected, ext)
        finally:
            shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    qzcli.main("audit")
