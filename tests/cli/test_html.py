"""The HTML authority-matrix page, rendered by headless Chromium.

The page is written with `quanze matrix --format html -o FILE`, opened with
Debian's /usr/bin/chromium, and its rendered DOM (--dump-dom) is checked for
one table per kind of matter, with Chinese headings and citations. A
screenshot is saved under the build directory (QZ_CLI_OUT, set by
tests/cli.cmake) for people to look at."""
import os
import sys
import tempfile
import unittest
from html.parser import HTMLParser

import qzcli
from qzcli import CliTestCase, chromium, run, run_json

DATE = "2026-10-12"

# Titles of the sections, by matter kind (as tools/cmd_matrix.c writes them).
TITLES = {"role": "角色", "acting": "代行职责", "meeting": "会议", "substitution": "代为参会",
          "signing": "公文签发", "deadline": "办理时限", "leave": "请销假",
          "periodic": "定期事项", "check": "规范性文件", "provision": "其他规定",
          "obligation": "义务"}


def out_dir():
    d = os.environ.get("QZ_CLI_OUT") or os.path.join(tempfile.gettempdir(), "quanze-cli")
    os.makedirs(d, exist_ok=True)
    return d


class Page(HTMLParser):
    """Collects what the checks need from the rendered DOM."""

    def __init__(self):
        super().__init__()
        self.tables = 0
        self.h2 = []
        self.rows = 0
        self.external = []
        self.scripts = 0
        self._in_h2 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables += 1
        elif tag == "tr":
            self.rows += 1
        elif tag == "h2":
            self._in_h2 = True
            self.h2.append("")
        elif tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            v = a.get(key)
            if v and not v.startswith("#"):
                self.external.append(v)

    def handle_endtag(self, tag):
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, d):
        if self._in_h2:
            self.h2[-1] += d


class HtmlPageTest(CliTestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = out_dir()
        cls.page = os.path.join(cls.dir, "authority-matrix.html")
        r = run("matrix", "--format", "html", "--date", DATE, "-o", cls.page)
        if r.code != 0:
            raise AssertionError(r)
        with open(cls.page, encoding="utf-8") as f:
            cls.html = f.read()
        cls.matrix = run_json("matrix", "--date", DATE)[1]

    def kinds(self):
        seen = []
        for m in self.matrix["matters"]:
            if m["kind"] not in seen:
                seen.append(m["kind"])
        return seen

    def test_self_contained(self):
        page = Page()
        page.feed(self.html)
        self.assertEqual(page.external, [], "the page must not load anything")
        self.assertEqual(page.scripts, 0)
        self.assertNotRegex(self.html, r"url\(|@import|https?://")
        self.assertIn('<meta charset="utf-8">', self.html)
        self.assertIn('lang="zh-CN"', self.html)
        self.assertIn("@media print", self.html)

    def headings(self):
        """The tables' headings: one per matter kind, then the meeting approvals' own table."""
        extra = ["会议审批"] if self.matrix["meeting_approvals"] else []
        return [TITLES[k] for k in self.kinds()] + extra

    def test_a_table_per_matter_kind(self):
        page = Page()
        page.feed(self.html)
        kinds = self.kinds()
        approvals = self.matrix["meeting_approvals"]
        extra = 1 if approvals else 0
        self.assertEqual(page.tables, len(kinds) + extra)
        self.assertEqual(page.h2, self.headings())
        # One row per matter and per meeting approval, plus one header row per table.
        self.assertEqual(page.rows, len(self.matrix["matters"]) + len(approvals) + len(kinds) + extra)

    def test_citations_in_a_column_and_on_hover(self):
        for m in self.matrix["matters"]:
            for c in m["citations"]:
                self.assertIn('title="' + c["text"].replace('"', "&quot;") + '"', self.html)
        self.assertIn("第五十四条第(一)项", self.html)

    def test_output_to_stdout_is_the_same_page(self):
        r = run("matrix", "--format", "html", "--date", DATE)
        self.assertEqual(r.out, self.html)

    def test_bad_output_path(self):
        r = run("matrix", "--format", "html", "-o", os.path.join(self.dir, "no", "such", "x.html"))
        self.assertDataError(r)

    def test_rendered_by_chromium(self):
        url = "file://" + self.page
        code, dom, err = chromium("--dump-dom", url)
        self.assertEqual(code, 0, err[-2000:])
        page = Page()
        page.feed(dom)
        self.assertEqual(page.tables, len(self.headings()), dom[:2000])
        self.assertIn("<th>依据</th>", dom)
        self.assertIn("第五十四条第(一)项", dom)
        # The Chinese headings come out of the browser's decoding intact
        # (the page declares lang="zh-CN" and UTF-8).
        self.assertEqual(page.h2, self.headings())
        self.assertIn('lang="zh-CN"', dom)
        shot = os.path.join(self.dir, "authority-matrix.png")
        if os.path.exists(shot):
            os.remove(shot)
        code, _, err = chromium("--screenshot=" + shot, "--window-size=1400,2400",
                                "--hide-scrollbars", url)
        self.assertEqual(code, 0, err[-2000:])
        self.assertTrue(os.path.getsize(shot) > 10000, "screenshot too small")
        with open(shot, "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")
        print("\nscreenshot: " + shot, file=sys.stderr)


if __name__ == "__main__":
    qzcli.main("matrix")
