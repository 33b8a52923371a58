#!/usr/bin/env python3
"""The shared library exports exactly the public API: every function declared
with QZ_EXTERN in include/, and nothing else.
    check_exports.py LIBRARY INCLUDE_DIR..."""
import pathlib
import re
import subprocess
import sys

lib, *include_dirs = sys.argv[1:]
declared = set()
pattern = re.compile(r'QZ_EXTERN\s*\([^;{]*?\)\s*\(?\s*\*?\s*(qz_[A-Za-z0-9_]+)\s*\(', re.S)
for d in include_dirs:
    for header in pathlib.Path(d).rglob('*.h'):
        declared.update(pattern.findall(header.read_text(encoding='utf-8')))

out = subprocess.run(['nm', '-D', '--defined-only', lib], check=True, capture_output=True, text=True).stdout
exported = set()
for line in out.splitlines():
    parts = line.split()
    if len(parts) >= 3 and parts[1] in 'TtDdBbRrVvWwi':
        exported.add(parts[2].split('@')[0])

unexpected = sorted(exported - declared)
missing = sorted(declared - exported)
if unexpected:
    print('exported but not public:', ' '.join(unexpected))
if missing:
    print('public but not exported:', ' '.join(missing))
print(f'{len(exported)} exported symbols, {len(declared)} public declarations')
sys.exit(1 if unexpected or missing else 0)
