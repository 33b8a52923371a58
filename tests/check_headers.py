#!/usr/bin/env python3
"""Each public header compiles on its own, as C99 and as C++11, with
-Wall -Wextra -pedantic -Werror.
    check_headers.py CC CXX INCLUDE_DIR..."""
import os
import pathlib
import subprocess
import sys
import tempfile

cc, cxx, *include_dirs = sys.argv[1:]
flags = ['-Wall', '-Wextra', '-pedantic', '-Werror', '-fsyntax-only'] + [f'-I{d}' for d in include_dirs]
headers = sorted({str(p.relative_to(include_dirs[0])) for p in pathlib.Path(include_dirs[0]).rglob('*.h')}
                 | {'quanze/version.h'})
failed = 0
with tempfile.TemporaryDirectory() as tmp:
    for header in headers:
        for compiler, std, ext in ((cc, '-std=c99', 'c'), (cxx, '-std=c++11', 'cpp')):
            src = os.path.join(tmp, f'unit.{ext}')
            with open(src, 'w') as f:
                f.write(f'#include <{header}>\nint qz_header_test_anchor;\n')
            r = subprocess.run([compiler, std, *flags, src], capture_output=True, text=True)
            if r.returncode != 0:
                failed += 1
                print(f'FAIL {header} ({compiler} {std}):\n{r.stderr}')
print(f'{len(headers)} headers checked as C and C++, {failed} failures')
sys.exit(1 if failed else 0)
