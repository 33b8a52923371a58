#!/usr/bin/env python3
"""Runs the commands of the documentation exactly as written (ctest docs_zh_quickstart).

Usage: check_quickstart_zh.py QUANZE PAGE...

In each PAGE (README.zh-CN.md, docs/zh/example-rule.md...), a fenced block
directly under a marker comment is used as is:

    <!-- qz-file: NAME -->        the block is written to the file NAME
    <!-- qz-run -->               the block is run by bash -e -o pipefail
    <!-- qz-run expect="TEXT" --> ... and its output must contain TEXT
                                  (several expect="..." may be given)
    <!-- qz-output -->            the block is the exact output (standard
                                  output and error, in order) of the last
                                  qz-run block before it

All blocks of one page share one new temporary directory, its working
directory, in page order; PATH starts with the directory of QUANZE (the
built tool), HOME is the temporary directory and QZ_CALENDAR_PATH is unset,
so nothing outside it is read or written. A page without any qz-run block
fails: the markers cannot silently disappear. A failure names the page, the
block's line and first command, the status and the output.
"""
import os
import re
import subprocess
import sys
import tempfile

MARK = re.compile(r"^<!--\s*qz-(run|file|output)(?::\s*(\S+))?((?:\s+expect=\"[^\"]*\")*)\s*-->\s*$")
EXPECT = re.compile(r'expect="([^"]*)"')


def marked_blocks(path):
    """(kind, name, expects, line, text) of every marked block of a page."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    for i, line in enumerate(lines):
        m = MARK.match(line.strip())
        if not m:
            continue
        j = i + 1
        if j >= len(lines) or not lines[j].lstrip().startswith(("```", "~~~")):
            raise SystemExit("%s:%d: a qz-%s marker must be followed directly by a fenced block"
                             % (path, i + 1, m.group(1)))
        fence = lines[j].strip()[:3]
        indent = len(lines[j]) - len(lines[j].lstrip())
        body = []
        k = j + 1
        while k < len(lines) and not lines[k].strip().startswith(fence):
            body.append(lines[k][indent:])
            k += 1
        out.append((m.group(1), m.group(2), EXPECT.findall(m.group(3) or ""), j + 1,
                    "\n".join(body) + "\n"))
    return out


def run_page(quanze, page):
    problems = []
    blocks = marked_blocks(page)
    if not any(b[0] == "run" for b in blocks):
        return ["%s: no <!-- qz-run --> block" % page]
    with tempfile.TemporaryDirectory(prefix="quanze-doc-") as tmp:
        env = {k: v for k, v in os.environ.items() if k != "QZ_CALENDAR_PATH"}
        env.update(PATH=os.path.dirname(os.path.abspath(quanze)) + ":/usr/bin:/bin", HOME=tmp,
                   LC_ALL="C.UTF-8", TMPDIR=tmp)
        last = None
        for kind, name, expects, line, text in blocks:
            if kind == "output":
                if last is None:
                    problems.append("%s:%d: qz-output without a qz-run block before it" % (page, line))
                elif last != text:
                    problems.append("%s:%d: the shown output differs from the command's:\n--- shown\n%s--- actual\n%s"
                                    % (page, line, text, last))
                continue
            if kind == "file":
                if not name or "/" in name or name.startswith("."):
                    problems.append("%s:%d: qz-file needs a plain file name" % (page, line))
                    continue
                with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                    f.write(text)
                continue
            r = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", text], cwd=tmp, env=env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, timeout=300)
            out = last = r.stdout.decode("utf-8", "replace")
            first = next((l for l in text.splitlines() if l.strip()), "")
            print("%s:%d: %s -> status %d" % (page, line, first, r.returncode))
            if r.returncode != 0:
                problems.append("%s:%d: block starting '%s' ended with status %d:\n%s"
                                % (page, line, first, r.returncode, out))
            for e in expects:
                if e not in out:
                    problems.append("%s:%d: the output of the block starting '%s' lacks '%s':\n%s"
                                    % (page, line, first, e, out))
    return problems


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    problems = []
    for page in sys.argv[2:]:
        problems += run_page(sys.argv[1], page)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
