#!/usr/bin/env python3
"""The exported ABI is written down four times, and the four must agree:
  (a) the dynamic symbols of the built library (nm -D --defined-only), each
      carrying the version node of lib/quanze.map;
  (b) the committed list abi/quanze.symbols (sorted, one name a line);
  (c) the explicit global: list of lib/quanze.map (no wildcard);
  (d) the functions declared with QZ_EXTERN in include/.
So a function removed from the headers, the library or the map fails here
until abi/quanze.symbols is regenerated on purpose (scripts/update-abi.sh).
    check_exports.py LIBRARY SYMBOLS_FILE VERSION_SCRIPT INCLUDE_DIR..."""
import pathlib
import re
import subprocess
import sys

EXTERN = re.compile(r'QZ_EXTERN\s*\([^;{]*?\)\s*\(?\s*\*?\s*(qz_[A-Za-z0-9_]+)\s*\(', re.S)
NODE = re.compile(r'^\s*([A-Za-z0-9_.]+)\s*\{(.*?)\}\s*([A-Za-z0-9_.]*)\s*;', re.S | re.M)


def declared(include_dirs):
    names = set()
    for d in include_dirs:
        for header in pathlib.Path(d).rglob('*.h'):
            names.update(EXTERN.findall(header.read_text(encoding='utf-8')))
    return names


def exported(lib):
    """name -> version node, for every defined dynamic symbol but the node names themselves."""
    out = subprocess.run(['nm', '-D', '--defined-only', lib], check=True,
                         capture_output=True, text=True).stdout
    names = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 3 or parts[1] not in 'TtDdBbRrVvWwi':
            continue
        name, _, version = parts[2].partition('@')
        if parts[1] == 'A' or name.startswith('QUANZE_'):
            continue
        names[name] = version.lstrip('@')
    return names


def committed(path):
    lines = [l.strip() for l in pathlib.Path(path).read_text(encoding='utf-8').splitlines()]
    names = [l for l in lines if l and not l.startswith('#')]
    problems = []
    if names != sorted(names):
        problems.append(f'{path} is not sorted')
    if len(names) != len(set(names)):
        problems.append(f'{path} lists a name twice')
    return set(names), problems


def version_script(path):
    """(node names in order, {symbol: node}, problems)"""
    text = re.sub(r'/\*.*?\*/|#[^\n]*', '', pathlib.Path(path).read_text(encoding='utf-8'), flags=re.S)
    nodes, symbols, problems = [], {}, []
    for node, body, _parent in NODE.findall(text):
        nodes.append(node)
        section = None
        for item in re.split(r'[;\s]+', body):
            if not item:
                continue
            if item in ('global:', 'local:'):
                section = item
                continue
            if section == 'local:':
                if item != '*':
                    problems.append(f'{path}: {node} hides {item} by name')
                continue
            if '*' in item or '?' in item or '[' in item:
                problems.append(f'{path}: {node} exports a pattern {item}, list the names')
            elif item in symbols:
                problems.append(f'{path}: {item} in {symbols[item]} and {node}')
            else:
                symbols[item] = node
    if not nodes:
        problems.append(f'{path}: no version node')
    return nodes, symbols, problems


def main():
    lib, symbols_file, map_file, *include_dirs = sys.argv[1:]
    lists = {
        'exported by the library': exported(lib),
        'in ' + symbols_file: None,
        'in ' + map_file: None,
        'declared QZ_EXTERN': declared(include_dirs),
    }
    listed, problems = committed(symbols_file)
    lists['in ' + symbols_file] = listed
    nodes, mapped, map_problems = version_script(map_file)
    lists['in ' + map_file] = set(mapped)
    problems += map_problems

    for name, version in sorted(lists['exported by the library'].items()):
        if name in mapped and version != mapped[name]:
            problems.append(f'{name} carries version {version or "(none)"}, the map says {mapped[name]}')

    every = set().union(*(set(v) for v in lists.values()))
    for sym in sorted(every):
        missing = [k for k, v in lists.items() if sym not in v]
        if missing:
            problems.append(f'{sym}: not {", not ".join(missing)}')

    for p in problems:
        print(p)
    counts = ', '.join(f'{len(v)} {k}' for k, v in lists.items())
    print(f'{counts}; version nodes {" ".join(nodes)}')
    if problems:
        print('if the change is meant: scripts/update-abi.sh BUILD_DIR (see docs/internals.md)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
