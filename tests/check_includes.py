#!/usr/bin/env python3
"""The layering of lib/ holds:
 1. lib/util/* includes nothing but lib/util/ headers, public headers
    (quanze/...) and system headers;
 2. no two files of the library call each other's non-static functions (a
    two-way dependency between files): read from the object files with nm;
 3. no lib/rules*.h declares a query function (qz_query_*).
    check_includes.py SOURCE_DIR OBJECT_FILE...   (object files may also come
    as one ';'-separated argument, as CMake's $<TARGET_OBJECTS:...> expands)
Every violation is listed; the exit status is 1 when there is any."""
import pathlib
import re
import subprocess
import sys


def util_includes(lib):
    """Includes of lib/util/ files that leave the utility layer."""
    util = lib / 'util'
    bad = []
    if not util.is_dir():
        return bad
    local = {p.name for p in util.rglob('*.h')}
    for f in sorted(util.rglob('*.[ch]')):
        for n, line in enumerate(f.read_text(encoding='utf-8').splitlines(), 1):
            m = re.match(r'\s*#\s*include\s*"([^"]+)"', line)
            if not m:
                continue
            inc = m.group(1)
            if inc.startswith('quanze/') or pathlib.PurePath(inc).name in local and '/' not in inc:
                continue
            bad.append(f'{f.relative_to(lib.parent)}:{n}: includes "{inc}" from outside lib/util')
    return bad


def query_in_rules_headers(lib):
    bad = []
    for h in sorted(lib.glob('rules*.h')):
        for n, line in enumerate(h.read_text(encoding='utf-8').splitlines(), 1):
            if re.search(r'\bqz_query_\w*\s*\(', line):
                bad.append(f'{h.relative_to(lib.parent)}:{n}: declares a query function: {line.strip()}')
    return bad


def source_name(obj):
    name = pathlib.Path(obj).name
    return name[:-2] if name.endswith('.o') else name   # query_answer.c.o -> query_answer.c


def two_way_calls(objects):
    defined, used = {}, {}
    for obj in objects:
        out = subprocess.run(['nm', obj], check=True, capture_output=True, text=True).stdout
        src = source_name(obj)
        used[src] = set()
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0] == 'U':
                used[src].add(parts[1])
            elif len(parts) == 3 and parts[1] in 'TDBRVW':   # global definitions only
                defined[parts[2]] = src
    edges = {}
    for src, syms in used.items():
        for s in syms:
            to = defined.get(s)
            if to and to != src:
                edges.setdefault((src, to), set()).add(s)
    bad = []
    for (a, b), syms in sorted(edges.items()):
        if a < b and (b, a) in edges:
            bad.append(f'{a} <-> {b}: {a} calls {", ".join(sorted(syms))}; '
                       f'{b} calls {", ".join(sorted(edges[(b, a)]))}')
    return bad


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    lib = pathlib.Path(sys.argv[1]) / 'lib'
    objects = [o for arg in sys.argv[2:] for o in arg.split(';') if o]
    problems = util_includes(lib) + query_in_rules_headers(lib) + two_way_calls(objects)
    for p in problems:
        print(p)
    print(f'{len(objects)} object files checked, {len(problems)} layering violation(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
