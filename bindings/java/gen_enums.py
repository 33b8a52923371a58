#!/usr/bin/env python3
"""Writes the Java enums of org.quanze from the C enumerations of the public
headers: each `typedef enum qz_x { QZ_PREFIX_NAME = value, /**< doc */ } qz_x;`
becomes `public enum X { NAME(value), ... }` with value() and of(int).

usage: gen_enums.py OUTDIR HEADER...
"""
import os
import re
import sys

NAMES = {
    "qz_status": "Status", "qz_day_kind": "DayKind", "qz_org_kind": "OrgKind",
    "qz_org_scope": "Scope", "qz_rules_section": "Section", "qz_query_kind": "QueryKind",
    "qz_capacity": "Capacity", "qz_via": "Via", "qz_value": "Value",
    "qz_time_unit": "TimeUnit", "qz_matter_kind": "MatterKind",
    "qz_severity": "Severity", "qz_check_action": "CheckAction", "qz_route_step_kind": "RouteStepKind",
}

ENUM = re.compile(r"((?:/\*\*(?:(?!\*/).)*\*/\s*)?)typedef\s+enum\s+(qz_\w+)\s*\{(.*?)\}\s*\2\s*;", re.S)
ITEM = re.compile(r"(QZ_\w+)\s*=\s*(-?\d+)\s*,?\s*(?:/\*\*<\s*(.*?)\s*\*/)?", re.S)


def clean_doc(text):
    text = re.sub(r"^/\*\*|\*/$", "", text.strip()).strip()
    lines = [re.sub(r"^\s*\*\s?", "", l) for l in text.splitlines()]
    doc = " ".join(l.strip() for l in lines if l.strip())
    return re.sub(r"[#@]p?\s*(\w+)", r"\1", doc).replace("*/", "")


def common_prefix(names):
    prefix = os.path.commonprefix(names)
    return prefix[: prefix.rfind("_") + 1]


def java_enum(cname, jname, doc, items):
    prefix = common_prefix([n for n, _, _ in items]) if len(items) > 1 else "QZ_"
    out = ["package org.quanze;", "", "/** {} (C: {}) */".format(doc or jname, cname),
           "public enum {} {{".format(jname)]
    for i, (name, value, idoc) in enumerate(items):
        if idoc:
            out.append("  /** {} */".format(clean_doc(idoc)))
        out.append("  {}({}){}".format(name[len(prefix):], value, "," if i + 1 < len(items) else ";"))
    out += [
        "",
        "  private static final {}[] VALUES = values();".format(jname),
        "",
        "  private final int value;",
        "",
        "  {}(int value) {{".format(jname),
        "    this.value = value;",
        "  }",
        "",
        "  /** The value of the C enumerator. */",
        "  public int value() {",
        "    return value;",
        "  }",
        "",
        "  /** The constant whose C value is {@code value}. */",
        "  public static {} of(int value) {{".format(jname),
        "    for ({} e : VALUES) {{".format(jname),
        "      if (e.value == value) {",
        "        return e;",
        "      }",
        "    }",
        "    throw new IllegalArgumentException(\"no {} with value \" + value);".format(jname),
        "  }",
        "}",
        "",
    ]
    return "\n".join(out)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    for header in sys.argv[2:]:
        with open(header, encoding="utf-8") as f:
            text = f.read()
        for m in ENUM.finditer(text):
            cname = m.group(2)
            if cname not in NAMES:
                continue
            items = [(n, v, d) for n, v, d in ITEM.findall(m.group(3))]
            doc = clean_doc(m.group(1)) if m.group(1) else ""
            path = os.path.join(outdir, NAMES[cname] + ".java")
            with open(path, "w", encoding="utf-8") as f:
                f.write(java_enum(cname, NAMES[cname], doc, items))


if __name__ == "__main__":
    main()
