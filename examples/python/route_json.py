#!/usr/bin/env python3
"""A document-management plugin's view of quanze, in Python: given a draft
file (XML or JSON, docs/documents.md), print the route the work rules
prescribe as JSON on standard output. Exit status 0 with no findings, 1 with
findings, 2 when the draft or the question is refused (the message on
standard error).

    python3 route_json.py ../dms-plugin/draft.xml
    python3 route_json.py draft.json --rules our-rules.xml --org our-org.xml

The same as examples/dms-plugin/route_json.c and examples/java/RouteJson.java.
"""
import argparse
import json
import os
import sys

import quanze


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("draft", nargs="?", default=os.path.join(here, "draft.json"),
                        help="the draft description, XML or JSON (default: draft.json beside this script, "
                             "a copy of examples/dms-plugin/draft.json)")
    parser.add_argument("--rules", help="rule set XML (default: the embedded Yunxi rules)")
    parser.add_argument("--org", help="organisation XML (default: the embedded demo organisation)")
    args = parser.parse_args()
    try:
        with quanze.Model.load(rules=args.rules, org=args.org) as model:
            route = model.route_draft(args.draft)
    except (quanze.Error, OSError) as e:
        print("route_json: {}".format(e), file=sys.stderr)
        return 2
    json.dump(route.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 1 if route.findings else 0


if __name__ == "__main__":
    sys.exit(main())
