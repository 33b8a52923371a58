#!/usr/bin/env python3
"""Keeps the Chinese documentation in step with the English (ctest docs_zh_sync).

Pairs: every docs/zh/NAME.md with docs/NAME.md, and docs/zh/quanze.1 with
docs/quanze.1. The rules (docs/internals.md, "The Chinese documentation"):

1. Code blocks. Every fenced code block (``` or ~~~) of the English page
   appears, unchanged, as a fenced block of the Chinese page, as many times
   as in the English; a fenced block of the Chinese page that the English
   page does not have is stale. Blocks are compared by their lines (the
   fence's own indentation removed, trailing spaces ignored); the info
   string (xml, c, ...) is not compared. In a man page the blocks are the
   .nf/.fi and .EX/.EE regions.
2. Sections. Every heading of the Chinese page ends with the anchor of its
   English heading, `## 管辖区域用语 <a id="the-jurisdiction"></a>`: the id is
   the GitHub anchor of the English heading (lower case, punctuation removed,
   spaces to hyphens, -1, -2... for repeats) or the English heading's own
   explicit `<a id="...">`. Each English heading needs exactly one Chinese
   heading with its anchor, at the same level, in the same order; a Chinese
   anchor naming no English heading is stale. The anchors also make links
   such as docs/zh/calendar.md#updating-for-a-new-year work in both languages.
   A man page has no anchors: its .SH and .SS headings must form the same
   sequence of levels, paired by position.

Every failure names the file and line, the block's first line or the
heading, and all failures are listed (not only the first).

Usage: check_docs_zh.py SOURCE_DIR            check every pair
       check_docs_zh.py --self-test           check the checker on made-up pages
"""
import os
import re
import sys
import tempfile
import unittest
from collections import Counter

FENCE = re.compile(r"^()(`{3,}|~{3,})(.*)$")
HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
ANCHOR = re.compile(r'<a id="([^"]+)"></a>')


class Block:
    def __init__(self, line, lines):
        self.line = line  # 1-based line of the opening fence
        self.key = "\n".join(l.rstrip() for l in lines)
        self.first = next((l.strip() for l in lines if l.strip()), "(empty block)")


class Heading:
    def __init__(self, line, level, text, anchor):
        self.line = line
        self.level = level
        self.text = text
        self.anchor = anchor  # explicit <a id> or None


def github_slug(text):
    """GitHub's anchor for a heading's text."""
    text = ANCHOR.sub("", text)
    text = re.sub(r"<[^>]+>", "", text).strip().lower()
    text = "".join(c for c in text if c.isalnum() or c in " -_")
    return text.replace(" ", "-")


def parse_markdown(text):
    """The fenced blocks and ATX headings of a Markdown page."""
    blocks, headings = [], []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i].lstrip(" ") if len(lines[i]) - len(lines[i].lstrip(" ")) < 12 else "")
        if m:
            indent = len(lines[i]) - len(lines[i].lstrip(" "))
            fence = m.group(2)
            start, body = i, []
            i += 1
            while i < len(lines):
                s = lines[i].strip()
                if s and s == fence[0] * len(s) and len(s) >= len(fence):
                    break
                line = lines[i]
                body.append(line[indent:] if line[:indent].strip() == "" else line.lstrip(" "))
                i += 1
            blocks.append(Block(start + 1, body))
            i += 1
            continue
        h = HEADING.match(lines[i])
        if h:
            a = ANCHOR.search(h.group(2))
            headings.append(Heading(i + 1, len(h.group(1)), ANCHOR.sub("", h.group(2)).strip(),
                                    a.group(1) if a else None))
        i += 1
    return blocks, headings


def parse_man(text):
    """The literal regions and the .SH/.SS headings of a man page."""
    blocks, headings = [], []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith((".nf", ".EX")):
            end = ".fi" if l.startswith(".nf") else ".EE"
            start, body = i, []
            i += 1
            while i < len(lines) and not lines[i].startswith(end):
                body.append(lines[i])
                i += 1
            blocks.append(Block(start + 1, body))
        elif l.startswith((".SH", ".SS")):
            headings.append(Heading(i + 1, 1 if l.startswith(".SH") else 2,
                                    l[3:].strip().strip('"'), None))
        i += 1
    return blocks, headings


def english_anchors(headings):
    """Each English heading's anchor: its explicit id, or GitHub's slug."""
    seen = Counter()
    out = []
    for h in headings:
        if h.anchor:
            out.append(h.anchor)
            continue
        slug = github_slug(h.text)
        n = seen[slug]
        seen[slug] += 1
        out.append(slug if n == 0 else "%s-%d" % (slug, n))
    return out


def compare_blocks(en_name, en_blocks, zh_name, zh_blocks):
    problems = []
    zh_count = Counter(b.key for b in zh_blocks)
    en_count = Counter(b.key for b in en_blocks)
    used = Counter()
    for b in en_blocks:
        used[b.key] += 1
        if used[b.key] > zh_count[b.key]:
            problems.append("%s: code block of %s:%d missing or changed (first line: %s)"
                            % (zh_name, en_name, b.line, b.first))
    used = Counter()
    for b in zh_blocks:
        used[b.key] += 1
        if used[b.key] > en_count[b.key]:
            problems.append("%s:%d: code block not in %s (stale? first line: %s)"
                            % (zh_name, b.line, en_name, b.first))
    return problems


def compare_markdown_headings(en_name, en_h, zh_name, zh_h):
    problems = []
    anchors = english_anchors(en_h)
    by_anchor = {}
    for h in zh_h:
        if not h.anchor:
            problems.append('%s:%d: heading "%s" has no <a id="..."></a> naming its English heading'
                            % (zh_name, h.line, h.text))
        elif h.anchor in by_anchor:
            problems.append('%s:%d: heading "%s" repeats the anchor "%s" (also line %d)'
                            % (zh_name, h.line, h.text, h.anchor, by_anchor[h.anchor].line))
        else:
            by_anchor[h.anchor] = h
    known = set(anchors)
    last = 0
    for h, a in zip(en_h, anchors):
        z = by_anchor.get(a)
        if z is None:
            problems.append('%s: no section for %s:%d %s %s (add a heading ending <a id="%s"></a>)'
                            % (zh_name, en_name, h.line, "#" * h.level, h.text, a))
            continue
        if z.level != h.level:
            problems.append('%s:%d: heading "%s" is level %d, its English heading %s:%d "%s" is level %d'
                            % (zh_name, z.line, z.text, z.level, en_name, h.line, h.text, h.level))
        if z.line < last:
            problems.append('%s:%d: heading "%s" is out of order (English order: %s:%d "%s")'
                            % (zh_name, z.line, z.text, en_name, h.line, h.text))
        last = max(last, z.line)
    for a, z in by_anchor.items():
        if a not in known:
            problems.append('%s:%d: heading "%s" names anchor "%s", which no heading of %s has (stale?)'
                            % (zh_name, z.line, z.text, a, en_name))
    return problems


def compare_man_headings(en_name, en_h, zh_name, zh_h):
    problems = []
    for i in range(max(len(en_h), len(zh_h))):
        e = en_h[i] if i < len(en_h) else None
        z = zh_h[i] if i < len(zh_h) else None
        if e is None:
            problems.append("%s:%d: heading %s has no English counterpart in %s"
                            % (zh_name, z.line, z.text, en_name))
        elif z is None:
            problems.append("%s: no heading for %s:%d %s %s"
                            % (zh_name, en_name, e.line, ".SH" if e.level == 1 else ".SS", e.text))
        elif e.level != z.level:
            problems.append("%s:%d: heading %s (%s) pairs with %s:%d %s (%s)"
                            % (zh_name, z.line, z.text, ".SH" if z.level == 1 else ".SS",
                               en_name, e.line, e.text, ".SH" if e.level == 1 else ".SS"))
            break  # later pairs are shifted: one message is enough
    return problems


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def check_pair(en_path, zh_path, en_name, zh_name):
    man = en_path.endswith(".1")
    parse = parse_man if man else parse_markdown
    en_blocks, en_h = parse(read(en_path))
    zh_blocks, zh_h = parse(read(zh_path))
    problems = compare_blocks(en_name, en_blocks, zh_name, zh_blocks)
    if man:
        problems += compare_man_headings(en_name, en_h, zh_name, zh_h)
    else:
        problems += compare_markdown_headings(en_name, en_h, zh_name, zh_h)
    return problems


def check_tree(src):
    zh_dir = os.path.join(src, "docs", "zh")
    problems = []
    pairs = 0
    for name in sorted(os.listdir(zh_dir)):
        if not (name.endswith(".md") or name.endswith(".1")):
            continue
        en = os.path.join(src, "docs", name)
        zh = os.path.join(zh_dir, name)
        if not os.path.exists(en):
            problems.append("docs/zh/%s: no English counterpart docs/%s" % (name, name))
            continue
        pairs += 1
        problems += check_pair(en, zh, "docs/" + name, "docs/zh/" + name)
    return pairs, problems


class SelfTest(unittest.TestCase):
    EN = ("# Title\n\nText.\n\n## The jurisdiction\n\n```xml\n<a/>\n```\n\n"
          "### Saving\n\n```\nquanze validate x.xml\n```\n\n## Saving\n\n  ```c\n  int x;\n  ```\n")
    ZH = ('# 标题 <a id="title"></a>\n\n正文。\n\n## 管辖 <a id="the-jurisdiction"></a>\n\n```xml\n<a/>\n```\n\n'
          '### 保存 <a id="saving"></a>\n\n```\nquanze validate x.xml\n```\n\n## 保存 <a id="saving-1"></a>\n\n'
          "```c\nint x;\n```\n")

    def run_pair(self, en, zh, suffix=".md"):
        with tempfile.TemporaryDirectory() as d:
            a, b = os.path.join(d, "en" + suffix), os.path.join(d, "zh" + suffix)
            with open(a, "w", encoding="utf-8") as f:
                f.write(en)
            with open(b, "w", encoding="utf-8") as f:
                f.write(zh)
            return check_pair(a, b, "docs/x" + suffix, "docs/zh/x" + suffix)

    def test_in_step(self):
        self.assertEqual(self.run_pair(self.EN, self.ZH), [])

    def test_slug(self):
        self.assertEqual(github_slug("Deadline roll-over (Civil Code Art. 203)"),
                         "deadline-roll-over-civil-code-art-203")
        self.assertEqual(github_slug("`quanze validate`: checking"), "quanze-validate-checking")

    def test_changed_block(self):
        p = self.run_pair(self.EN, self.ZH.replace("quanze validate x.xml", "quanze validate y.xml"))
        self.assertEqual(len(p), 2, p)
        self.assertIn("docs/zh/x.md: code block of docs/x.md:13 missing or changed (first line: quanze validate x.xml)", p)
        self.assertIn("stale? first line: quanze validate y.xml", p[1])

    def test_missing_section(self):
        p = self.run_pair(self.EN + "\n## New part\n", self.ZH)
        self.assertEqual(p, ['docs/zh/x.md: no section for docs/x.md:23 ## New part '
                             '(add a heading ending <a id="new-part"></a>)'])

    def test_level_order_and_stale(self):
        zh = self.ZH.replace("### 保存", "## 保存").replace('"title"', '"old-title"')
        p = self.run_pair(self.EN, zh)
        self.assertTrue(any("no section for docs/x.md:1 # Title" in x for x in p), p)
        self.assertTrue(any("is level 2, its English heading" in x for x in p), p)
        self.assertTrue(any('names anchor "old-title"' in x for x in p), p)
        zh = self.ZH.replace('## 管辖 <a id="the-jurisdiction"></a>', "## 管辖")
        p = self.run_pair(self.EN, zh)
        self.assertTrue(any("has no <a id" in x for x in p), p)

    def test_man_page(self):
        en = ".TH X 1\n.SH NAME\nx\n.SH EXAMPLES\n.nf\nquanze meeting plenary\n.fi\n.SS More\n"
        zh = ".TH X 1\n.SH 名称\nx\n.SH 示例\n.nf\nquanze meeting plenary\n.fi\n.SS 更多\n"
        self.assertEqual(self.run_pair(en, zh, ".1"), [])
        p = self.run_pair(en, zh.replace(".SS 更多", ".SH 更多").replace("plenary", "executive"), ".1")
        self.assertEqual(len(p), 3, p)
        self.assertTrue(p[0].endswith("missing or changed (first line: quanze meeting plenary)"), p)
        self.assertIn("pairs with docs/x.1:8 More (.SS)", p[2])


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "--self-test":
        unittest.main(argv=[sys.argv[0]])
        return 0
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    pairs, problems = check_tree(sys.argv[1])
    for p in problems:
        print(p)
    if problems:
        print("%d problem(s) in %d pair(s) of English and Chinese pages; see docs/internals.md, "
              "\"The Chinese documentation\"" % (len(problems), pairs))
        return 1
    print("%d pair(s) of English and Chinese pages in step" % pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
