"""Hostile command lines and files: the tool answers or refuses with the
documented exit status, never by a signal, and its JSON stays valid."""
import json
import os
import stat
import subprocess
import unittest

import qzcli
from qzcli import CliTestCase, data, run, run_json

ODD = ["", "-", "--", "-5", "--=", "=", "'", '"', "\\", "\n", "\t", "日期", "x" * 20000,
       "2026-10-12\n", " 2026-10-12", "2026-10-12 ", "9999-12-31", "0000-01-01",
       "-2026-10-12", "2147483648", "-2147483649", "1e3", "0x10", ",", ",,,", "a,,b"]


class OddArgumentsTest(CliTestCase):
    def test_every_command_with_odd_arguments(self):
        commands = [["workdays", "is"], ["workdays", "add", "2026-10-12"],
                    ["workdays", "between", "2026-10-12"], ["workdays", "year"],
                    ["meeting"], ["sign", "--kind"], ["acting"], ["deadline"],
                    ["leave"], ["quorum", "party-group", "--present"], ["matrix", "--date"],
                    ["matrix", "--format"], ["validate"], ["help"], ["sign", "--portfolio"],
                    ["deadline", "minutes-issue", "--from", "2026-10-12", "--limit"]]
        for cmd in commands:
            for odd in ODD:
                with self.subTest(cmd=cmd, odd=odd[:20]):
                    r = run(*(cmd + [odd]))  # run() fails on a crash or a stray status
                    if r.code == 2:
                        self.assertEqual(r.out, "")

    def test_json_stays_valid_with_odd_ids(self):
        # Ids that do not exist are usage errors; nothing half-written on stdout.
        for odd in ('a"b', "a\\b", "a\nb", "日\u2028"):
            r = run("--json", "acting", odd, "--date", "2026-10-12")
            self.assertUsageError(r)

    def test_invalid_utf8_arguments(self):
        p = subprocess.run([qzcli.QUANZE, "acting", b"\xff\xfe", "--date", "2026-10-12"],
                           capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 2)
        p = subprocess.run([qzcli.QUANZE, "--json", "validate", b"/nonexistent/\xff.xml"],
                           capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 1)
        doc = json.loads(p.stdout.decode("utf-8"))  # bad bytes became U+FFFD
        self.assertIn("\ufffd", doc["files"][0]["file"])

    def test_huge_numbers(self):
        self.assertIn(run("workdays", "add", "2026-10-12", "99999999999").code, (2,))
        self.assertIn(run("workdays", "add", "2026-10-12", "1000000").code, (2, 3))
        self.assertIn(run("workdays", "year", "99999999").code, (2, 3))
        self.assertIn(run("deadline", "minutes-issue", "--from", "2026-10-12",
                          "--limit", "1000000").code, (0, 2, 3))


class OddFilesTest(CliTestCase):
    def test_validate_odd_files(self):
        for path in ("/dev/null", "/", "/bin/sh", data("")):
            with self.subTest(path=path):
                r, d = run_json("validate", path)
                self.assertStatus(r, 1)
                self.assertIs(d["files"][0]["ok"], False)

    def test_data_options_with_odd_files(self):
        for opt in ("--calendar", "--rules", "--org"):
            for path in ("/dev/null", "/", data("not-xml.txt"), data("unknown-root.xml")):
                with self.subTest(opt=opt, path=path):
                    r = run(opt, path, "acting", "county-head", "--date", "2026-10-12")
                    self.assertDataError(r)


class WriteErrorTest(CliTestCase):
    @classmethod
    def setUpClass(cls):
        # Only the real device: never create a file of that name.
        try:
            is_dev = stat.S_ISCHR(os.stat("/dev/full").st_mode)
        except OSError:
            is_dev = False
        if not is_dev:
            raise unittest.SkipTest("no /dev/full device here")

    def test_stdout_full(self):
        with open("/dev/full", "r+b") as full:
            p = subprocess.run([qzcli.QUANZE, "workdays", "year", "2026", "--json"], stdout=full,
                               stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(p.returncode, 3)
        self.assertIn(b"cannot write", p.stderr)

    def test_output_file_full(self):
        r = run("matrix", "--format", "html", "--date", "2026-10-12", "-o", "/dev/full")
        self.assertDataError(r)


if __name__ == "__main__":
    qzcli.main("matrix")
