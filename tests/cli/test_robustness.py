"""Hostile command lines and files: the tool answers or refuses with the
documented exit status, never by a signal, and its JSON stays valid."""
import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import tempfile

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


def _limit_file_size():
    """In the child: files may not grow past 1000 bytes, and going past the
    limit makes write() fail with EFBIG instead of killing the process. (A
    read-only directory would not do: the tests may run as root.)"""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))


def run_limited(*args, stdout=subprocess.PIPE):
    return subprocess.run([qzcli.QUANZE] + list(args), stdout=stdout, stderr=subprocess.PIPE,
                          preexec_fn=_limit_file_size, timeout=60)


class WriteErrorTest(CliTestCase):
    """Write failures, made with a file size limit in a private directory."""

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="qz-write-")
        self.addCleanup(shutil.rmtree, self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_stdout_to_a_file_that_cannot_grow(self):
        with open(self.path("out.json"), "wb") as out:
            p = run_limited("workdays", "year", "2026", "--json", stdout=out)
        self.assertEqual(p.returncode, 3)
        self.assertIn(b"cannot write", p.stderr)

    def test_failed_output_file_leaves_the_previous_one(self):
        target = self.path("matrix.html")
        with open(target, "w") as f:
            f.write("previous page\n")
        os.chmod(target, 0o640)
        p = run_limited("matrix", "--format", "html", "--date", "2026-10-12", "-o", target)
        self.assertEqual(p.returncode, 3, p.stderr)
        self.assertEqual(p.stdout, b"")
        self.assertNotEqual(p.stderr.strip(), b"")
        with open(target) as f:
            self.assertEqual(f.read(), "previous page\n")
        self.assertEqual(stat.S_IMODE(os.stat(target).st_mode), 0o640)
        self.assertEqual(os.listdir(self.dir), ["matrix.html"])  # no temporary file left

    def test_output_file_replaced_whole_on_success(self):
        target = self.path("matrix.html")
        with open(target, "w") as f:
            f.write("previous page\n")
        os.chmod(target, 0o640)
        r = run("matrix", "--format", "html", "--date", "2026-10-12", "-o", target)
        self.assertStatus(r, 0)
        with open(target) as f:
            page = f.read()
        self.assertTrue(page.rstrip().endswith("</html>"), page[-200:])
        self.assertEqual(stat.S_IMODE(os.stat(target).st_mode), 0o640)
        self.assertEqual(os.listdir(self.dir), ["matrix.html"])

    def test_output_through_a_symbolic_link_keeps_the_link(self):
        target = self.path("real.html")
        with open(target, "w") as f:
            f.write("old")
        os.symlink("real.html", self.path("link.html"))
        r = run("matrix", "--format", "html", "--date", "2026-10-12", "-o", self.path("link.html"))
        self.assertStatus(r, 0)
        self.assertTrue(os.path.islink(self.path("link.html")))
        with open(target) as f:
            self.assertIn("</html>", f.read())

    def test_fifo_target_refused_without_hanging(self):
        fifo = self.path("pipe")
        os.mkfifo(fifo)
        r = run("matrix", "--date", "2026-10-12", "-o", fifo)  # run() has a timeout
        self.assertDataError(r)
        self.assertIn("not a regular file", r.err)
        self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))

    def test_directory_target_refused(self):
        r = run("matrix", "--date", "2026-10-12", "-o", self.dir)
        self.assertDataError(r)
        self.assertTrue(os.path.isdir(self.dir))
        self.assertEqual(os.listdir(self.dir), [])

    def test_dash_is_standard_output(self):
        r = run("matrix", "--date", "2026-10-12", "-o", "-")
        self.assertStatus(r, 0)
        self.assertNotEqual(r.out, "")
        self.assertFalse(os.path.exists("-"))


if __name__ == "__main__":
    qzcli.main("matrix")
