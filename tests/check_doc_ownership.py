#!/usr/bin/env python3
"""Every public function that returns a pointer says in its own doc comment
whether the result is New (the caller frees it, and says with what) or
Borrowed (valid as long as something else lives), with the word "New" or
"Borrowed", capitalised. Its own comment is the /** ... */ right before the
declaration.
    check_doc_ownership.py INCLUDE_DIR...
Lists every violation as FILE:LINE: function; exit status 1 when any."""
import pathlib
import re
import sys

DECL = re.compile(r'QZ_EXTERN\s*\(([^;{]*?)\)\s*(qz_\w+)\s*\(', re.S)
WORDS = re.compile(r'\b(New|Borrowed)\b')


def own_comment(text, start):
    """The /** */ comment ending right before `start` (only blanks between), or None."""
    head = text[:start].rstrip()
    if not head.endswith('*/'):
        return None
    open_at = head.rfind('/*')
    comment = head[open_at:]
    return comment if comment.startswith('/**') else None


def check(path):
    text = path.read_text(encoding='utf-8')
    bad = []
    for m in DECL.finditer(text):
        ret, name = m.group(1), m.group(2)
        if '*' not in ret:
            continue
        comment = own_comment(text, m.start())
        line = text.count('\n', 0, m.start()) + 1
        if comment is None:
            bad.append(f'{path}:{line}: {name} returns {ret.strip()} but has no doc comment of its own')
        elif not WORDS.search(comment):
            bad.append(f'{path}:{line}: {name} returns {ret.strip()}; its comment says neither New nor Borrowed')
    return bad


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    headers = sorted(h for d in sys.argv[1:] for h in pathlib.Path(d).rglob('*.h'))
    bad = [b for h in headers for b in check(h)]
    for b in bad:
        print(b)
    print(f'{len(headers)} headers checked, {len(bad)} pointer-returning function(s) without New/Borrowed')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
