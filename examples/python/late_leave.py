#!/usr/bin/env python3
"""Reads a CSV of leave records (post, day of departure, day the leave was
reported) and prints the ones reported late, with the article that says so.

    python3 late_leave.py leave-records.csv
    python3 late_leave.py records.csv --rules our-rules.xml --org our-org.xml

The CSV needs the columns `record`, `post`, `depart` and `notified`
(dates as YYYY-MM-DD); other columns are ignored.
"""
import argparse
import csv
import os
import sys

import quanze


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", default=os.path.join(here, "leave-records.csv"))
    parser.add_argument("--rules", help="rule set XML (default: the embedded Yunxi rules)")
    parser.add_argument("--org", help="organisation XML (default: the embedded demo organisation)")
    args = parser.parse_args()

    model = quanze.Model.load(rules=args.rules, org=args.org)
    late = problems = 0
    with open(args.csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            try:
                answer = model.leave(row["post"], row["depart"], row["notified"])
            except quanze.Error as e:  # unknown post, bad date, outside the calendar...
                print("{}: cannot check: {}".format(row["record"], e), file=sys.stderr)
                problems += 1
                continue
            if not answer.late:
                continue
            late += 1
            holder = answer.who("absent")
            who = holder[0].name if holder else row["post"]
            print("{} {} ({}) left {}, reported {}: late".format(
                row["record"], who, row["post"], row["depart"], row["notified"]))
            for c in answer.citations:
                print("    {} {}".format(c, c.text))
    print("{} late, {} could not be checked".format(late, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
