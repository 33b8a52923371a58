#!/usr/bin/env python3
"""Writes a province-sized organisation for bench_org (and for trying the
loader on large inputs): by default 100,000 posts and 100,000 people.

    bench/gen_org.py [--posts N] [--seed S] OUT.xml

The shape: a provincial government (governor, executive deputy, deputies in
AB pairs, each in charge of a share of the units), then units of ten posts
each (a principal, a deputy, eight more), every post held by one person, one
post in ten with a former holder, a party group, entrustments and absences
spread over 2026. Names are made up; the output is deterministic for a seed.
"""
import argparse
import random
from datetime import date, timedelta

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕"
GIVEN = "建文志秀海国晓丽春雪振玉德红立静亚明凤长卫桂永淑光慧宏金兴燕学庆新美"
DEPUTIES = 20
POSTS_PER_UNIT = 10


def day(d):
    return d.isoformat()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--posts", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    nunits = max(1, (args.posts - 2 - DEPUTIES) // POSTS_PER_UNIT)

    def name():
        return rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)

    out = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w('<organisation version="1" id="province" name="某省人民政府">')
    w("  <units>")
    w('    <unit id="government" kind="government" name="某省人民政府"/>')
    for u in range(nunits):
        tags = ' tags="legality-review"' if u == 0 else ""
        w(f'    <unit id="u{u:05d}" kind="department" name="第{u}厅" parent="government"{tags}/>')
    w("  </units>")
    w("  <posts>")
    leaders = ["governor", "executive-deputy"] + [f"deputy-{i}" for i in range(1, DEPUTIES + 1)]
    roles = {"governor": "county-head", "executive-deputy": "executive-deputy"}
    for p in leaders:
        w(f'    <post id="{p}" unit="government" role="{roles.get(p, "deputy")}" name="省长"/>')
    posts = list(leaders)
    for u in range(nunits):
        for k in range(POSTS_PER_UNIT):
            role = ("department-principal", "department-deputy")[k] if k < 2 else "staff"
            pid = f"u{u:05d}-p{k}"
            posts.append(pid)
            w(f'    <post id="{pid}" unit="u{u:05d}" role="{role}" name="第{u}厅岗位{k}"/>')
    w("  </posts>")
    w("  <people>")
    for i in range(len(posts)):
        cpc = "false" if i % 17 == 0 else "true"
        w(f'    <person id="n{i:06d}" name="{name()}" cpc="{cpc}"/>')
    w("  </people>")
    w("  <tenures>")
    start = date(2023, 1, 1)
    change = date(2026, 7, 1)
    for i, p in enumerate(posts):
        if i % 10 == 5 and i + 1 < len(posts):
            # a former holder (who holds the next post now) until mid-2026
            w(f'    <tenure post="{p}" person="n{i + 1:06d}" from="{day(start)}" to="{day(change - timedelta(1))}"/>')
            w(f'    <tenure post="{p}" person="n{i:06d}" from="{day(change)}"/>')
        elif i % 10 == 6:
            w(f'    <tenure post="{p}" person="n{i:06d}" from="{day(change)}"/>')
        else:
            w(f'    <tenure post="{p}" person="n{i:06d}" from="{day(start)}"/>')
    w("  </tenures>")
    w("  <portfolios>")
    for d in range(DEPUTIES):
        w(f'    <portfolio post="deputy-{d + 1}" from="{day(start)}">')
        for u in range(d, nunits, DEPUTIES):
            w(f'      <matter ref="u{u:05d}"/>')
        w("    </portfolio>")
    w("  </portfolios>")
    w("  <ab-pairs>")
    for d in range(1, DEPUTIES, 2):
        w(f'    <ab-pair a="deputy-{d}" b="deputy-{d + 1}"/>')
    w("  </ab-pairs>")
    w('  <party-group name="某省人民政府党组">')
    w('    <member post="governor" secretary="true"/>')
    for p in leaders[1:12]:
        w(f'    <member post="{p}"/>')
    w("  </party-group>")
    w("  <entrustments>")
    for k in range(200):
        f = date(2026, 1, 1) + timedelta(days=k)
        w(f'    <entrustment by="governor" agent="executive-deputy" scope="government-work" from="{day(f)}" to="{day(f)}"/>')
    w("  </entrustments>")
    w("  <absences>")
    for i in range(0, len(posts), 5):
        f = date(2026, 1, 1) + timedelta(days=rnd.randrange(360))
        away = ' away-from-county="true"' if i % 2 else ""
        w(f'    <absence person="n{i:06d}" from="{day(f)}" to="{day(f + timedelta(rnd.randrange(5)))}"{away} reason="出差"/>')
    w("  </absences>")
    w("</organisation>")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
