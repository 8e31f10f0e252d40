#!/usr/bin/env python3
"""Why an alert goes wrong when the analysis got its figure exactly right: alert_errors.py's "identical figure, ledger
order/kind" cases, each traced to the earlier figure that makes the difference.

usage: ledger_causes.py SEEDS MANIFEST PRED_DIR [-v]

The labels' figures and the analysis's figures are each run through reference_ledger.py's rules (seeds, then the
articles in publication order). For a wrong alert (the analysis's stream raises it, the labels' stream stays quiet on
the identical figure) and a missed one (the reverse), the quiet stream says why it was quiet (a known value within the
tolerance, an older or undated period of a known series, the identity known only in another unit or only from the same
article) and the raising stream why it raised (REVISED against known values, NEW_PERIOD after the latest period,
NEW_METRIC). The figures behind those reasons are looked up in the other stream's figures of their own article: the
first one that the other stream does not hold identically is the cause, named by the stream that holds it and by the
fields in which the other stream's figure of the same value differs ("absent": no figure of that value at all).
-v prints every case with its causes.
"""
import collections, json, sys
from pathlib import Path

TOL = 0.02
NEWEST = ("zj", "zk", "zl", "zm")


def key(f):
    return f["metric"], tuple(sorted(f["subjects"]))


def period_end(p):
    parts = p.split("/")[-1].split("-")
    return int(parts[0]), int(parts[1]) if len(parts) > 1 else 12


def run(baseline, stream):
    """reference_ledger.run, remembering for each figure its verdict and the known figures behind it."""
    known, out = {}, []

    def add(f):
        known.setdefault(key(f) + (f["measure"],), {}).setdefault(f["period"], []).append(f)
    for f in baseline:
        add(dict(f, article="seed:" + f.get("doc", "")))
    for f in stream:
        k = key(f) + (f["measure"],)
        v = float(f["value"])
        kind = why = None
        cause = []
        if k in known and f["period"] in known[k]:
            here = known[k][f["period"]]
            same = [x for x in here if x["unit"] == f["unit"]]
            close = [x for x in same if abs(v - float(x["value"])) <= TOL * abs(float(x["value"]))]
            if not same:
                why, cause = "other unit", list(here)
            elif close:
                why, cause = "confirmation", close
            elif any(x["article"] != f["article"] for x in same):
                kind, cause = "REVISED", [x for x in same if x["article"] != f["article"]]
            else:
                why, cause = "same article", list(same)
        elif k in known:
            ends = [(period_end(p), p) for p in known[k] if p]
            if f["period"] and (not ends or period_end(f["period"]) > max(ends)[0]):
                kind, cause = "NEW_PERIOD", list(known[k][max(ends)[1]] if ends else known[k][None])
            elif not f["period"]:
                why, cause = "undated in a known series", [x for p in known[k].values() for x in p]
            else:
                why, cause = "older period", list(known[k][max(ends)[1]])
        else:
            kind = "NEW_METRIC"
        add(f)
        out.append(dict(f=f, kind=kind, why=why, cause=cause))
    return out


def close_value(a, b, tol):
    return a["unit"] == b["unit"] and abs(float(a["value"]) - float(b["value"])) <= tol * abs(float(b["value"])) + 1e-9


def identical(a, b):
    return close_value(a, b, 0.005) and a["metric"] == b["metric"] and sorted(a["subjects"]) == sorted(b["subjects"]) \
        and a["period"] == b["period"] and a["measure"] == b["measure"]


def shape(fig, other, fields):
    """The fields in which other (the other stream's figure of the same value) differs from fig, in words."""
    if fields == ["period"]:
        if fig["period"] is None:
            return "period: undated here, dated there"
        if other["period"] is None:
            return "period: dated here, undated there"
        if period_end(fig["period"])[0] != period_end(other["period"])[0]:
            return "period: another end year"
        return "period: same end year, another span"
    if fields == ["metric"]:
        return "metric: other there" if other["metric"] == "other" else "metric: another ledger metric there"
    if fields == ["subjects"]:
        a, b = set(fig["subjects"]), set(other["subjects"])
        return "subjects: " + ("fewer there" if b < a else "more there" if b > a else "disjoint" if not a & b else "overlapping")
    return "+".join(fields)


def counterpart(fig, figures):
    """How fig appears among figures (the other stream's figures of its article)."""
    if fig["article"].startswith("seed:"):
        return "identical"
    best = None
    for o in figures:
        if not close_value(fig, o, 0.005):
            continue
        d = [k for k in ("metric", "subjects", "period", "measure")
             if (sorted(o[k]) if k == "subjects" else o[k]) != (sorted(fig[k]) if k == "subjects" else fig[k])]
        if best is None or len(d) < len(best[0]):
            best = (d, o)
    if best is None:
        return "absent"
    return shape(fig, best[1], best[0]) if best[0] else "identical"


def reading(holder, shape):
    """What the analysis did to the causing figure, seen from the labels, whichever stream holds it."""
    by_labels = holder == "labels"
    table = {
        "absent": "figure missed" if by_labels else "spurious figure",
        "period: undated here, dated there": "period spurious" if by_labels else "period missing",
        "period: dated here, undated there": "period missing" if by_labels else "period spurious",
        "subjects: fewer there": "subjects: a party missing" if by_labels else "subjects: a party added",
        "subjects: more there": "subjects: a party added" if by_labels else "subjects: a party missing",
        "metric: other there": "metric: left other" if by_labels else "metric: other given a ledger metric",
    }
    return table.get(shape, shape.split(" there")[0])


def main():
    seeds, manifest, pred = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    verbose = "-v" in sys.argv
    gold = {json.loads(l)["id"]: json.loads(l) for l in open(manifest, encoding="utf-8")}
    ours = {}
    for d in gold.values():
        p = json.loads((pred / f"{d['id']}.json").read_text(encoding="utf-8"))["analysis"]
        ours[d["id"]] = [dict(value=f["value"], unit=f["unit"], measure=f["measure"].lower(), metric=f["metric"],
                              subjects=f["subjects"], period=f["period"], required=True) for f in p["figures"]]
    figures = {"labels": lambda a: gold[a]["figures"] if a in gold else [], "analysis": lambda a: ours.get(a, [])}
    baseline = [f for f in map(json.loads, open(seeds, encoding="utf-8")) if f["metric"] != "other"]
    arts = sorted(gold.values(), key=lambda d: (d["published"] or "9999", d["id"]))
    traces = {
        "labels": run(baseline, [dict(f, article=d["id"]) for d in arts if d["relevant"]
                                 for f in d["figures"] if f["metric"] != "other"]),
        "analysis": run(baseline, [dict(f, article=d["id"]) for d in arts if d["relevant"]
                                   for f in ours[d["id"]] if f["metric"] != "other"])}
    facts = {s: [t for t in tr if t["kind"]] for s, tr in traces.items()}

    def same_fact(p, f):
        return p["metric"] == f["metric"] and sorted(p["subjects"]) == sorted(f["subjects"]) \
            and p["period"] == f["period"] and close_value(p, f, TOL)

    classes, causing = collections.Counter(), collections.defaultdict(set)
    fields = collections.Counter()
    for side, raising, quiet in (("wrong", "analysis", "labels"), ("missed", "labels", "analysis")):
        for t in facts[raising]:
            f = t["f"]
            if not f.get("required", True) or any(same_fact(f, o["f"]) for o in facts[quiet]):
                continue
            q = next((x for x in traces[quiet] if x["f"]["article"] == f["article"] and identical(x["f"], f)), None)
            if q is None:
                continue  # the figure itself differs: alert_errors.py's other causes
            rc = [(c, counterpart(c, figures[quiet](c["article"]))) for c in t["cause"]]
            qc = [(c, counterpart(c, figures[raising](c["article"]))) for c in q["cause"]]
            r_off = [(c, s) for c, s in rc if s != "identical"]
            q_off = [(c, s) for c, s in qc if s != "identical"]
            if r_off and (not qc or len(q_off) < len(qc)):
                cause, holder = r_off[0], raising
            elif q_off:
                cause, holder = q_off[0], quiet
            else:
                cause, holder = None, None
            cls = f"an earlier figure of the {holder}, {cause[1]} in the {'labels' if holder == 'analysis' else 'analysis'}" \
                if cause else "no earlier figure differs (order within an article, tolerance)"
            classes[(side, cls)] += 1
            if cause:
                c = cause[0]
                causing[(side, cls)].add((c["article"], c["metric"], tuple(sorted(c["subjects"])), c["period"], c["measure"], float(c["value"])))
            fields[(side, reading(holder, cause[1]) if cause else "-")] += 1
            if verbose:
                print(f"{side.upper()} {t['kind']}: {f['article']} {f['metric']} {sorted(f['subjects'])} {f['period']}"
                      f" {f['measure']} {float(f['value']):g} {f['unit']}; the {quiet}: {q['why']}")
                for c, s in rc + qc:
                    print(f"    {c['article']} {c['metric']} {sorted(c['subjects'])} {c['period']} {c['measure']}"
                          f" {float(c['value']):g} {c['unit']}: {s}")
                print(f"    -> {cls}")
    print("cases", sum(classes.values()), dict(collections.Counter(s for s, _ in classes.elements())))
    print("count, side, cause (the causing figures: how many, in how many gold files, how many in the newest four)")
    for (side, cls), n in classes.most_common():
        cs = causing[(side, cls)]
        fs = collections.Counter(c[0].split("-")[0] for c in cs)
        print(f"{n:4d} {side}: {cls}  ({len(cs)} figures, files {len(fs)}, newest four"
              f" {sum(v for x, v in fs.items() if x in NEWEST)}: {dict(fs.most_common())})")
    print("by the analysis's reading of the causing figure (side, reading):")
    for k, n in fields.most_common():
        print(f"{n:4d} {k}")


if __name__ == "__main__":
    main()
