"""Shared helpers for the command-line tests.

Each test script is run by ctest as
    /usr/bin/python3 tests/cli/test_<name>.py /path/to/quanze
and fails at once when the tool lacks a command it tests.
Every run of the tool is checked for the exit-status contract: it must end
with 0, 1, 2 or 3, never by a signal.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(SOURCE_DIR, "tests", "data", "cli")
QUANZE = os.environ.get("QUANZE", "")

class Result:
    def __init__(self, code, out, err):
        self.code = code
        self.out = out
        self.err = err

    def __repr__(self):
        return "Result(code=%r, out=%r, err=%r)" % (self.code, self.out[:400], self.err[:400])


def data(name):
    return os.path.join(DATA, name)


def source(*parts):
    return os.path.join(SOURCE_DIR, *parts)


def run(*args, cwd=None):
    """Runs quanze with args; returns Result. Fails on a crash or an exit
    status outside the contract."""
    p = subprocess.run([QUANZE] + [str(a) for a in args], capture_output=True, timeout=120,
                       cwd=cwd)
    if p.returncode not in (0, 1, 2, 3):
        raise AssertionError("quanze %s ended with status %d (a crash?)\nstderr: %s"
                             % (" ".join(map(str, args)), p.returncode,
                                p.stderr.decode("utf-8", "replace")))
    return Result(p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8"))


def run_json(*args):
    """Runs quanze --json args; returns (Result, parsed JSON)."""
    r = run("--json", *args)
    try:
        doc = json.loads(r.out)
    except ValueError as e:
        raise AssertionError("not JSON (%s): %r / stderr %r" % (e, r.out[:400], r.err[:400]))
    return r, doc


# Debian's headless Chromium, which renders the HTML pages the tool writes.
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(*args, timeout=120):
    """Runs Chromium with `args` in a throwaway profile: (exit code, stdout, stderr)."""
    profile = tempfile.mkdtemp(prefix="quanze-chromium-")
    try:
        p = subprocess.run([CHROMIUM] + FLAGS + ["--user-data-dir=" + profile] + list(args),
                           capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def has_command(name):
    return run("help", name).code == 0


def today_shanghai():
    return datetime.now(timezone(timedelta(hours=8))).date().isoformat()


def main(*required_commands):
    """Takes the tool's path from argv, fails when a command is missing,
    then runs the tests."""
    global QUANZE
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        QUANZE = sys.argv.pop(1)
    if not QUANZE or not os.access(QUANZE, os.X_OK):
        print("usage: %s /path/to/quanze" % sys.argv[0], file=sys.stderr)
        sys.exit(2)
    for c in required_commands:
        if not has_command(c):
            print("this quanze has no '%s' command" % c, file=sys.stderr)
            sys.exit(1)
    unittest.main(verbosity=2)


class CliTestCase(unittest.TestCase):
    """Assertions shared by the command tests."""

    def assertStatus(self, r, code):
        self.assertEqual(r.code, code, r)

    def assertUsageError(self, r):
        self.assertEqual(r.code, 2, r)
        self.assertEqual(r.out, "", r)
        self.assertIn("quanze", r.err)

    def assertDataError(self, r):
        self.assertEqual(r.code, 3, r)
        self.assertEqual(r.out, "", r)
        self.assertNotEqual(r.err.strip(), "", r)

    def assertPerson(self, p):
        """A person object has exactly the documented fields and types."""
        for key in ("post", "role", "person", "name", "via"):
            self.assertIn(key, p)
            self.assertIsInstance(p[key], str, key)
            self.assertNotEqual(p[key], "", key)
        self.assertIn(p["via"], ("holder", "acting", "entrusted"))
        if p["via"] == "holder":
            self.assertIsNone(p["for_post"])
        else:
            self.assertIsInstance(p["for_post"], str)

    def assertCitations(self, doc, articles=None):
        """Every answer cites: a list of {article: int, item: int|null, text}."""
        self.assertIn("citations", doc)
        cites = doc["citations"]
        self.assertIsInstance(cites, list)
        for c in cites:
            self.assertIsInstance(c["article"], int)
            self.assertGreater(c["article"], 0)
            self.assertTrue(c["item"] is None or (isinstance(c["item"], int) and c["item"] > 0))
            self.assertIsInstance(c["text"], str)
            self.assertNotEqual(c["text"], "")
        if articles is not None:
            got = {c["article"] for c in cites}
            for a in articles:
                self.assertIn(a, got, cites)
        return cites

    def assertDate(self, s):
        self.assertRegex(s, r"^\d{4}-\d{2}-\d{2}$")
