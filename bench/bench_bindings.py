#!/usr/bin/env python3
"""Per-call cost of the Python binding beside the C library's own cost.

    PYTHONPATH=build/bindings/python python3 bench/bench_bindings.py --build build

Prints ns per call from Python for the calendar questions, the batch calls
(per item) and the signing, meeting and acting questions (the same mix of
questions as bench/bench_query.c asks in C). With --build, runs the C
benchmarks of that build directory (bench_calendar, bench_query) and prints
their figures alongside. Goals: a calendar call under 2 us, a signing
question under 10 us, the batch call within 3x of C per item. The batch calls run on 1M random
dates of 2004-2026 (100,000 with --quick), as lists of datetime.date and as
array('i') of day numbers.
"""
import argparse
import array
import datetime
import os
import random
import re
import subprocess
import time

import quanze

D = datetime.date


def best(fn, n, rounds=5):
    """The best of `rounds` runs of fn(n), in ns per item."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn(n)
        times.append(time.perf_counter() - t0)
    return min(times) / n * 1e9


def run_c(path, args=()):
    if not os.path.exists(path):
        return ""
    try:
        return subprocess.run([path, *args], capture_output=True, text=True, timeout=600).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def c_figure(text, label, pattern=r"([\d.]+)\s*$"):
    for line in text.splitlines():
        if line.startswith(label):
            m = re.search(pattern, line)
            if m:
                return float(m.group(1))
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", help="build directory holding bench/bench_calendar and bench/bench_query")
    parser.add_argument("--quick", action="store_true", help="fewer iterations (for a smoke test)")
    args = parser.parse_args()
    scale = 10 if args.quick else 1

    cal = quanze.Calendar.default()
    model = quanze.Model.default()
    d0, d1 = D(2026, 3, 2), D(2027, 3, 2)
    a, b = D(2025, 3, 3), D(2026, 3, 3)
    present, away = D(2026, 6, 10), D(2026, 3, 10)

    def is_workday(n):
        f, d = cal.is_workday, d0
        for _ in range(n):
            f(d)

    def add_workdays(n):
        f, d = cal.add_workdays, d0
        for _ in range(n):
            f(d, 5)

    def add_workdays_iso(n):
        f = cal.add_workdays
        for _ in range(n):
            f("2026-03-02", 5)

    def between(n):
        f = cal.workdays_between
        for _ in range(n):
            f(a, b)

    # The batch calls on random dates of 2004-2026 (not a few hundred
    # repeated ones): as lists of datetime.date, and as array('i') of day
    # numbers (the fast path, no Python object per item).
    rng = random.Random(13)
    first, last = D(2004, 1, 1).toordinal(), D(2026, 12, 1).toordinal()
    batch = 1000000 // scale
    days = [D.fromordinal(rng.randint(first, last)) for _ in range(batch)]
    ends = [min(d + datetime.timedelta(days=rng.randint(0, 60)), D(2026, 12, 31)) for d in days]
    epoch = D(1970, 1, 1).toordinal()
    days_i = array.array("i", (d.toordinal() - epoch for d in days))
    ends_i = array.array("i", (d.toordinal() - epoch for d in ends))
    fast = True
    try:
        cal.add_workdays_many(days_i[:1], 5)
    except TypeError:  # a binding without the buffer path
        fast = False

    def batch_add(n):
        cal.add_workdays_many(days, 5)

    def batch_between(n):
        cal.workdays_between_many(days, ends)

    def batch_add_array(n):
        cal.add_workdays_many(days_i, 5)

    def batch_between_array(n):
        cal.workdays_between_many(days_i, ends_i)

    def sign(n):
        s = model.sign
        for i in range(n):
            d = away if i & 1 else present
            if i & 2:
                s("request", d, recipient="city-government", portfolios=("justice",))
            else:
                s("notice", d, portfolios=("justice",))

    def sign_and_read(n):
        s = model.sign
        for i in range(n):
            s("request", present, recipient="city-government", portfolios=("justice",)).person.name

    def meeting(n):
        m = model.meeting
        for i in range(n):
            m("executive", away if i & 1 else present)

    def acting(n):
        q = model.acting
        for i in range(n):
            q("county-head", away if i & 1 else present)

    rows = [
        ("is_workday(date)", best(is_workday, 200000 // scale)),
        ("add_workdays(date, 5)", best(add_workdays, 200000 // scale)),
        ("add_workdays('2026-03-02', 5)", best(add_workdays_iso, 200000 // scale)),
        ("workdays_between(a, b), a year", best(between, 200000 // scale)),
        ("add_workdays_many, per item", best(batch_add, batch, 3)),
        ("workdays_between_many, per item", best(batch_between, batch, 3)),
    ]
    if fast:
        rows += [
            ("add_workdays_many array('i')", best(batch_add_array, batch, 3)),
            ("workdays_between_many array('i')", best(batch_between_array, batch, 3)),
        ]
    rows += [
        ("sign (bench_query mix)", best(sign, 50000 // scale)),
        ("sign + read the signer's name", best(sign_and_read, 50000 // scale)),
        ("meeting (bench_query mix)", best(meeting, 20000 // scale)),
        ("acting (bench_query mix)", best(acting, 50000 // scale)),
    ]

    c_cal = c_query = ""
    if args.build:
        c_cal = run_c(os.path.join(args.build, "bench", "bench_calendar"))
        c_query = run_c(os.path.join(args.build, "bench", "bench_query"))
    c = {
        "is_workday(date)": None,
        "add_workdays(date, 5)": c_figure(c_cal, "add_workdays n=5 "),
        "add_workdays('2026-03-02', 5)": c_figure(c_cal, "add_workdays n=5 "),
        "workdays_between(a, b), a year": c_figure(c_cal, "workdays_between, a year"),
        "add_workdays_many, per item": c_figure(c_cal, "add_workdays n=5 "),
        "workdays_between_many, per item": c_figure(c_cal, "workdays_between, a month"),
        "add_workdays_many array('i')": c_figure(c_cal, "add_workdays n=5 "),
        "workdays_between_many array('i')": c_figure(c_cal, "workdays_between, a month"),
        "sign (bench_query mix)": c_figure(c_query, "sign", r"\(\s*([\d.]+) us/query\)"),
        "sign + read the signer's name": c_figure(c_query, "sign", r"\(\s*([\d.]+) us/query\)"),
        "meeting (bench_query mix)": c_figure(c_query, "meeting", r"\(\s*([\d.]+) us/query\)"),
        "acting (bench_query mix)": c_figure(c_query, "acting", r"\(\s*([\d.]+) us/query\)"),
    }
    for key in ("sign (bench_query mix)", "sign + read the signer's name", "meeting (bench_query mix)",
                "acting (bench_query mix)"):
        if c[key] is not None:
            c[key] *= 1000.0  # us -> ns

    print("quanze Python binding benchmark ({}, best of 5; batch calls best of 3)".format(quanze.__version__))
    print("{:<36} {:>12} {:>10} {:>8}".format("call", "Python ns", "C ns", "ratio"))
    for name, ns in rows:
        ref = c.get(name)
        print("{:<36} {:>12.1f} {:>10} {:>8}".format(
            name, ns, "{:.1f}".format(ref) if ref else "-", "{:.1f}x".format(ns / ref) if ref else "-"))


if __name__ == "__main__":
    main()
