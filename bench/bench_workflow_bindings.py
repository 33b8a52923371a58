#!/usr/bin/env python3
"""Cost of the OA workflow calls through the Python binding: a check against
the sign question it asks, a route, a 发文字号 check, and an audit of a
records file (e.g. one written by bench/gen_records.py) streamed through
model.audit().

    PYTHONPATH=build/bindings/python python3 bench/bench_workflow_bindings.py [RECORDS.csv]
"""
import resource
import sys
import time
import timeit

import quanze


def per_call(fn, n):
    return min(timeit.repeat(fn, number=n, repeat=5)) / n * 1e6


def main():
    m = quanze.Model.default()
    n = 20000
    to_city = dict(recipient="city-government", portfolios=["justice"])
    rows = [
        ("sign (the query a check asks)", lambda: m.sign("request", "2026-06-10", **to_city), n),
        ("check_sign, denied (2 candidates)", lambda: m.check_sign("deputy-1", "request", "2026-06-10", **to_city), n),
        ("check_sign, allowed", lambda: m.check_sign("executive-deputy", "request", "2026-06-10", **to_city), n),
        ("check_convene", lambda: m.check_convene("county-head", "executive", "2026-03-02"), n),
        ("route (6 steps)", lambda: m.route("通知", "2026-10-09", portfolios=["justice", "education"]), n // 4),
        ("docnum_check (2 findings)", lambda: quanze.docnum_check("西政发[2021]011号"), n),
    ]
    for name, fn, count in rows:
        print("%-36s %8.2f us" % (name, per_call(fn, count)))
    if len(sys.argv) > 1:
        cpu = time.process_time()
        audit = m.audit(sys.argv[1])
        findings = sum(1 for _ in audit)
        cpu = time.process_time() - cpu
        s = audit.summary
        print("audit %s: %d records, %d findings, %.2f s CPU (%.0f records per CPU second), peak RSS %d MB"
              % (sys.argv[1], s.read, findings, cpu, s.read / cpu,
                 resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))


if __name__ == "__main__":
    main()
