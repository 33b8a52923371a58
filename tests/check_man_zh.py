#!/usr/bin/env python3
"""Renders the Chinese manual page and checks its Chinese comes out intact (ctest docs_zh_man).

Usage: check_man_zh.py GROFF docs/zh/quanze.1

groff -Tutf8 -mandoc -k (preconv: the page is UTF-8) renders the page as
man(1) would on a UTF-8 terminal. The check fails on any groff warning, on a
replacement character or an unrendered escape in the output, and when one of
the page's Chinese sentences below is not found in the output (line breaks
and the spaces groff adds are ignored when comparing).
"""
import re
import subprocess
import sys

SENTENCES = [
    "按政府工作规则回答谁召集、谁主持、谁签发、谁代行",
    "法规依据",
    "退出状态",
    "中文文档",
]


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    groff, page = sys.argv[1], sys.argv[2]
    r = subprocess.run([groff, "-Tutf8", "-mandoc", "-k", "-ww", "-P", "-cbou", page],
                       capture_output=True, env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
    out = r.stdout.decode("utf-8", "replace")
    err = r.stderr.decode("utf-8", "replace")
    problems = []
    if r.returncode != 0:
        problems.append("groff ended with status %d" % r.returncode)
    if err.strip():
        problems.append("groff warned:\n" + err)
    if "\ufffd" in out:
        problems.append("the output holds U+FFFD replacement characters")
    if re.search(r"\\\[u[0-9A-F]{4}", out) or "\\(" in out:
        problems.append("the output holds unrendered escapes")
    flat = re.sub(r"[\s\u2010]+", "", re.sub(r"\x08.", "", out))
    for s in SENTENCES:
        if re.sub(r"\s+", "", s) not in flat:
            problems.append("not in the rendered page: " + s)
    if len(out.splitlines()) < 100:
        problems.append("the rendered page has only %d lines" % len(out.splitlines()))
    for p in problems:
        print("%s: %s" % (page, p))
    if not problems:
        print("%s: %d lines rendered, Chinese intact" % (page, len(out.splitlines())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
