#!/usr/bin/env python3
"""Every relative link of the project's Markdown pages leads somewhere.

For each README*.md and docs/**/*.md: a link [text](target) that is not a URL
names a file or directory that exists, and its #anchor (if any) is a section
of the Markdown page it names, by GitHub's slug of the heading or an explicit
<a id="..."></a>. Links inside code blocks and code spans are not links.
Usage: check_doc_links.py SOURCE_DIR   |   check_doc_links.py --self-test
"""
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_docs_zh import ANCHOR, english_anchors, parse_markdown  # noqa: E402

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"`[^`]*`")


def anchors_of(text):
    _, headings = parse_markdown(text)
    return set(english_anchors(headings)) | set(ANCHOR.findall(text))


def links_of(text):
    """(line, target) of every link outside code."""
    out, in_fence = [], False
    for n, line in enumerate(text.split("\n"), 1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        for m in LINK.finditer(CODE_SPAN.sub("", line)):
            out.append((n, m.group(1)))
    return out


def check_page(path, read=lambda p: open(p, encoding="utf-8").read()):
    problems = []
    text = read(path)
    for line, target in links_of(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # http:, mailto: ...
            continue
        file_part, _, anchor = target.partition("#")
        dest = os.path.normpath(os.path.join(os.path.dirname(path), file_part)) if file_part else path
        if not os.path.exists(dest):
            problems.append("%s:%d: link to %s: no such file" % (path, line, target))
            continue
        if anchor and dest.endswith(".md") and anchor not in anchors_of(read(dest)):
            problems.append("%s:%d: link to %s: %s has no section #%s" % (path, line, target, file_part or "this page", anchor))
    return problems


def pages(src):
    for name in sorted(os.listdir(src)):
        if name.startswith("README") and name.endswith(".md"):
            yield os.path.join(src, name)
    for root, _, files in sorted(os.walk(os.path.join(src, "docs"))):
        for name in sorted(files):
            if name.endswith(".md"):
                yield os.path.join(root, name)


class SelfTest(unittest.TestCase):
    def test_links_outside_code_only(self):
        text = "see [a](x.md#b) and `[c](d.md)`\n```\n[e](f.md)\n```\n"
        self.assertEqual(links_of(text), [(1, "x.md#b")])

    def test_missing_anchor_and_file(self):
        pages_ = {"/d/a.md": "# Top\n[ok](b.md#the-part) [bad](b.md#nope) [gone](c.md)\n",
                  "/d/b.md": "## The part\n## 其他 <a id=\"other\"></a>\n"}
        exists = os.path.exists
        try:
            os.path.exists = lambda p: p in pages_
            problems = check_page("/d/a.md", read=lambda p: pages_[p])
        finally:
            os.path.exists = exists
        self.assertEqual(len(problems), 2, problems)
        self.assertIn("#nope", problems[0])
        self.assertIn("c.md: no such file", problems[1])


def main():
    if sys.argv[1:] == ["--self-test"]:
        unittest.main(argv=[sys.argv[0]])
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    problems = [p for page in pages(sys.argv[1]) for p in check_page(page)]
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print("every relative link leads somewhere")


if __name__ == "__main__":
    main()
