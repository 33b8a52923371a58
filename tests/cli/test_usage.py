"""The command line itself: help on every command, --version, unknown
commands and options, global options anywhere, exit statuses."""
import re
import shutil
import subprocess

import qzcli
from qzcli import CliTestCase, run, source


def commands():
    """The commands this build lists in its help."""
    out = run("--help").out
    section = out.split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    return [line.split()[0] for line in section.splitlines() if line.strip()]


class HelpTest(CliTestCase):
    def test_main_help(self):
        r = run("--help")
        self.assertStatus(r, 0)
        self.assertTrue(r.out.startswith("Usage: quanze "), r)
        for opt in ("--rules", "--org", "--calendar", "--json", "--help", "--version"):
            self.assertIn(opt, r.out)
        self.assertIn("workdays", commands())
        self.assertIn("validate", commands())
        self.assertEqual(r.err, "")
        self.assertEqual(run("-h").out, r.out)
        self.assertEqual(run("help").out, r.out)
        self.assertIn("中文文档 (Chinese documentation): README.zh-CN.md and docs/zh/", r.out)
        self.assertIn("man -L zh_CN quanze", r.out)

    def test_help_on_every_command(self):
        for cmd in commands():
            if cmd == "help":
                continue
            with self.subTest(cmd=cmd):
                for args in ((cmd, "--help"), ("--help", cmd), ("help", cmd), (cmd, "-h")):
                    r = run(*args)
                    self.assertStatus(r, 0)
                    self.assertTrue(r.out.startswith("Usage: quanze " + cmd), r)
                    self.assertIn("Exit status", r.out)
                    self.assertIn("中文文档", r.out)  # every help names the Chinese docs
                    self.assertEqual(r.err, "")

    def test_help_wins_over_bad_arguments(self):
        r = run("workdays", "is", "not-a-date", "--help")
        self.assertStatus(r, 0)
        self.assertTrue(r.out.startswith("Usage: quanze workdays"))

    def test_the_documented_commands_are_all_there_when_the_model_is(self):
        expected = ["workdays", "meeting", "sign", "acting", "deadline", "leave", "quorum",
                    "matrix", "validate", "calendar", "check", "audit", "route", "docnum", "periodic",
                    "substitute", "normative", "obligations", "help"]
        got = commands()
        if "meeting" in got:
            self.assertEqual(sorted(got), sorted(expected))


class VersionTest(CliTestCase):
    def test_version(self):
        r = run("--version")
        self.assertStatus(r, 0)
        self.assertRegex(r.out, r"^quanze \d+\.\d+\.\d+ \(library \d+\.\d+\.\d+\)\n$")
        self.assertEqual(run("workdays", "--version").out, r.out)


class UsageErrorTest(CliTestCase):
    def test_no_command(self):
        r = run()
        self.assertStatus(r, 2)
        self.assertEqual(r.out, "")
        self.assertIn("Usage: quanze", r.err)

    def test_unknown_command(self):
        r = run("frobnicate")
        self.assertUsageError(r)
        self.assertIn("unknown command 'frobnicate'", r.err)
        self.assertUsageError(run("help", "frobnicate"))

    def test_unknown_option(self):
        r = run("workdays", "is", "2026-10-01", "--colour")
        self.assertUsageError(r)
        self.assertIn("unknown option '--colour'", r.err)
        self.assertIn("Try 'quanze workdays is --help'", r.err)

    def test_global_option_without_value(self):
        for opt in ("--rules", "--org", "--calendar"):
            r = run("workdays", "is", "2026-10-01", opt)
            self.assertUsageError(r)
            self.assertIn(opt, r.err)

    def test_global_option_with_equals(self):
        r = run("workdays", "is", "2026-10-01", "--calendar=" + qzcli.data("calendar-2027.xml"))
        self.assertStatus(r, 0)

    def test_errors_never_go_to_stdout(self):
        for args in (("workdays", "is", "x"), ("nope",), ("workdays", "is", "2030-01-01")):
            r = run(*args)
            self.assertEqual(r.out, "", args)
            self.assertTrue(re.search(r"\S", r.err), args)


class DocsTest(CliTestCase):
    """docs/cli.md and the man page describe every command the tool has."""

    def test_cli_md(self):
        with open(source("docs", "cli.md"), encoding="utf-8") as f:
            text = f.read()
        for cmd in commands():
            self.assertIn("\n### %s\n" % cmd if cmd != "help" else "quanze help", text)
        for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |"):
            self.assertIn(code, text)

    def test_man_page(self):
        with open(source("docs", "quanze.1"), encoding="utf-8") as f:
            text = f.read()
        for cmd in commands():
            self.assertRegex(text, r"\.(B|BI) \"?%s" % re.escape(cmd))
        groff = shutil.which("groff")
        if groff:
            p = subprocess.run([groff, "-k", "-man", "-Tutf8", "-ww", "-z", source("docs", "quanze.1")],
                               capture_output=True, timeout=60)
            self.assertEqual(p.returncode, 0)
            self.assertEqual(p.stderr, b"", p.stderr.decode("utf-8", "replace"))


if __name__ == "__main__":
    qzcli.main()
