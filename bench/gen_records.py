#!/usr/bin/env python3
"""Generates a year of audit records for the Yunxi demo county, every record
type, with known injected violations, and the list of those violations.

    gen_records.py OUT EXPECTED.txt [--records N] [--year Y] [--seed S] [--rate R]

OUT is written in the format its name says: CSV (.csv, the columns of
docs/audit.md), JSON Lines (.jsonl, .ndjson) or XML (.xml,
data/schema/records.xsd, one record a line); EXPECTED.txt one "LINE CHECK" per
injected violation (sorted), which `quanze audit` must find exactly: every
other record is compliant by construction (minutes issued on the day of the
meeting, leave reported ten days ahead, all members present, the executive
deputy signing requests to the city, consultations answered the same day).
N records are spread over the year's weekdays; about one in R is a
violation (default 50)."""
import argparse
import json
import datetime
import os
import random
import re
from xml.sax.saxutils import quoteattr

COLUMNS = ["type", "meeting", "held", "issued", "signer", "post", "depart", "notified", "date",
           "present", "kind", "recipient", "portfolios", "received", "limit", "replied"]
PARTY_GROUP = ["county-head", "deputy-1", "deputy-2", "deputy-3", "deputy-4", "executive-deputy",
               "office-director"]


ORG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "data", "yunxi-org.xml")


def absent_days(org):
    """Days on which someone of the demo organisation is away: the generator
    leaves them out, so that no compliant record depends on who acts."""
    days = set()
    with open(org, encoding="utf-8") as f:
        for m in re.finditer(r'<absence [^>]*from="([0-9-]+)" to="([0-9-]+)"', f.read()):
            d, end = datetime.date.fromisoformat(m.group(1)), datetime.date.fromisoformat(m.group(2))
            while d <= end:
                days.add(d)
                d += datetime.timedelta(days=1)
    return days


def weekdays(year, skip):
    d = datetime.date(year, 1, 5)
    end = datetime.date(year, 12, 1)   # leave room for deadlines inside the calendar
    while d < end:
        if d.weekday() < 5 and d not in skip and d + datetime.timedelta(days=12) not in skip:
            yield d
        d += datetime.timedelta(days=1)


def record(kind, day, bad):
    """One record of `kind` on `day` as a dict, and the check it breaks (or None)."""
    iso = day.isoformat
    r = {"type": kind}
    if kind == "minutes":
        r.update(meeting="executive", held=iso())
        r["issued"] = (day + datetime.timedelta(days=30)).isoformat() if bad else iso()
        return r, "minutes-late" if bad else None
    if kind == "leave":
        depart = day + datetime.timedelta(days=12)
        r.update(post="justice-principal", depart=depart.isoformat())
        r["notified"] = depart.isoformat() if bad else (depart - datetime.timedelta(days=10)).isoformat()
        return r, "leave-late" if bad else None
    if kind == "meeting":
        r.update(meeting="party-group", date=iso())
        r["present"] = "county-head" if bad else ";".join(PARTY_GROUP)
        return r, "quorum" if bad else None
    if kind == "document":
        r.update(kind="request", recipient="city-government", portfolios="justice", date=iso())
        r["signer"] = "deputy-1" if bad else "executive-deputy"
        return r, "signer" if bad else None
    r.update(received=iso(), limit="5")
    r["replied"] = (day + datetime.timedelta(days=60)).isoformat() if bad else iso()
    return r, "consultation-late" if bad else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("expected")
    ap.add_argument("--records", type=int, default=1000)
    ap.add_argument("--year", type=int, default=2026)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--rate", type=int, default=50)
    ap.add_argument("--org", default=ORG, help="the organisation whose absences are avoided")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    days = list(weekdays(a.year, absent_days(a.org)))
    kinds = ["minutes", "leave", "meeting", "document", "consultation"]
    expected = []
    fmt = "xml" if a.out.endswith(".xml") else "jsonl" if a.out.endswith((".jsonl", ".ndjson")) else "csv"
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        # the line of the first record: after the CSV header, or the XML declaration and <records>
        first = {"csv": 2, "jsonl": 1, "xml": 3}[fmt]
        if fmt == "csv":
            f.write(",".join(COLUMNS) + "\n")
        elif fmt == "xml":
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<records version="1">\n')
        for i in range(a.records):
            day = days[i * len(days) // max(a.records, 1)]
            bad = rng.randrange(a.rate) == 0
            r, check = record(kinds[i % len(kinds)], day, bad)
            if fmt == "csv":
                f.write(",".join(r.get(c, "") for c in COLUMNS) + "\n")
            elif fmt == "jsonl":
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
            else:
                fields = " ".join("%s=%s" % (k, quoteattr(v)) for k, v in r.items() if k != "type")
                f.write("  <%s %s/>\n" % (r["type"], fields))
            if check:
                expected.append((i + first, check))
        if fmt == "xml":
            f.write("</records>\n")
    with open(a.expected, "w", encoding="utf-8") as f:
        for line, check in expected:
            f.write("%d %s\n" % (line, check))


if __name__ == "__main__":
    main()
