"""The command line's contract at its edges: special files, empty option
values, counts with blanks, unknown scopes, output that cannot be written,
and control bytes in what is echoed back."""
import os
import resource
import shutil
import signal
import subprocess
import tempfile

import qzcli
from qzcli import CliTestCase, run


def _limit_file_size():
    # In the child: writes past 10 bytes fail with EFBIG (no signal). Works
    # as root, unlike a read-only directory; no device file is involved.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (10, 10))


class TempDirCase(CliTestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="qz-contract-")
        self.addCleanup(shutil.rmtree, self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)


class SpecialFilesTest(TempDirCase):
    def test_validate_dev_zero_ends(self):
        r = run("validate", "/dev/zero")  # run() times out rather than hang
        self.assertStatus(r, 1)
        self.assertIn("not a regular file", r.err)

    def test_validate_fifo_ends(self):
        fifo = self.path("pipe.xml")
        os.mkfifo(fifo)
        r = run("validate", fifo)
        self.assertStatus(r, 1)
        self.assertIn("not a regular file", r.err)


class OptionValuesTest(CliTestCase):
    def test_empty_file_option_names_the_option(self):
        for args in (("--rules=",), ("--org=",), ("--calendar=",), ("--rules", "")):
            with self.subTest(args=args):
                r = run(*(args + ("acting", "county-head", "--date", "2026-10-12")))
                self.assertUsageError(r)
                self.assertIn("'" + args[0].rstrip("=") + "'", r.err)
                self.assertNotIn(": :", r.err)

    def test_empty_command_option_value(self):
        r = run("acting", "county-head", "--date=")
        self.assertUsageError(r)
        self.assertIn("'--date'", r.err)

    def test_counts_with_blanks_are_refused(self):
        for args in (("workdays", "add", "2026-10-12", " 5"),
                     ("workdays", "add", "2026-10-12", "\t5"),
                     ("workdays", "year", " 2026"),
                     ("deadline", "minutes-issue", "--from", "2026-10-12", "--limit", " 5")):
            with self.subTest(args=args):
                r = run(*args)
                self.assertUsageError(r)
                self.assertIn("bad number", r.err)
        self.assertStatus(run("workdays", "add", "2026-10-12", "5"), 0)
        self.assertStatus(run("workdays", "add", "2026-10-12", "-5"), 0)

    def test_unknown_matter_is_an_error(self):
        r = run("acting", "county-head", "--matter", "nosuch", "--date", "2026-10-12")
        self.assertUsageError(r)  # an id that does not exist, as for every other id
        self.assertIn("nosuch", r.err)
        r = run("acting", "county-head", "--matter", "executive", "--date", "2026-10-12")
        self.assertStatus(r, 0)

    def test_messages_name_no_internal_function(self):
        r = run("leave", "county-head", "--depart", "2026-10-12", "--notified", "2026-10-10",
                "--days", "99999")
        self.assertUsageError(r)
        self.assertNotIn("qz_", r.err)
        self.assertNotIn("qzc_", r.err)


class UnwritableOutputTest(TempDirCase):
    def run_to_small_file(self, *args):
        with open(self.path("out"), "wb") as out:
            return subprocess.run([qzcli.QUANZE] + list(args), stdout=out, stderr=subprocess.PIPE,
                                  preexec_fn=_limit_file_size, timeout=60)

    def test_help_and_version_fail_when_output_cannot_be_written(self):
        for args in (("--help",), ("--version",), ("help", "matrix"), ("matrix", "--help")):
            with self.subTest(args=args):
                p = self.run_to_small_file(*args)
                self.assertEqual(p.returncode, 3, p.stderr)
                self.assertIn(b"cannot write", p.stderr)

    def test_help_succeeds_when_it_fits(self):
        p = subprocess.run([qzcli.QUANZE, "--version"], stdout=subprocess.PIPE, timeout=60)
        self.assertEqual(p.returncode, 0)


class EscapingTest(TempDirCase):
    def test_validate_escapes_control_bytes_in_names(self):
        name = self.path("a\x1b[31mred\rb.xml")
        with open(name, "w") as f:
            f.write("<notours/>\n")
        p = subprocess.run([qzcli.QUANZE, "validate", name], capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 1)
        self.assertNotIn(b"\x1b", p.stderr)
        self.assertNotIn(b"\r", p.stderr)
        self.assertIn(b"\\x1b[31mred\\x0db.xml", p.stderr)

    def test_validate_escapes_control_bytes_in_messages(self):
        name = self.path("odd.xml")
        with open(name, "wb") as f:
            f.write(b"<ro\x1bot/>\n")
        p = subprocess.run([qzcli.QUANZE, "validate", name], capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 1)
        self.assertNotIn(b"\x1b", p.stderr)

    def test_ok_line_is_escaped_too(self):
        name = self.path("cal\x07.xml")
        shutil.copy(qzcli.source("data", "cn-calendar.xml"), name)
        p = subprocess.run([qzcli.QUANZE, "validate", name], capture_output=True, timeout=120)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertNotIn(b"\x07", p.stdout)
        self.assertIn(b"cal\\x07.xml: ok", p.stdout)


if __name__ == "__main__":
    qzcli.main("validate", "acting", "workdays", "leave")
