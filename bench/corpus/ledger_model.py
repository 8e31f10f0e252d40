#!/usr/bin/env python3
"""What `steppewatch run` alerts on the labelled corpus, in seconds and without Kafka: the processor's ledger modelled
on the analysis's figures (score.sh's PRED_DIR), scored against the labels' alert facts as e2e.sh scores the pipeline.

usage: ledger_model.py SEEDS MANIFEST PRED_DIR [--relevance TSV] [--no-near] [--alerts E2E_ALERTS.jsonl] [-v]

The model is reference_ledger.py's rules (shared/DESIGN.md) plus the two steps of the pipeline that the reference
leaves out (README "The figure ledger"):
  - the ingester's relevance filter: with --relevance (CorpusRelevance's TSV, see bench/corpus/README) only the
    articles the ingester keeps reach the ledger; without it, the labels' "relevant" decides, as in ledger_sim.py;
  - near identities (NearIdentities): a figure that would open a series or a period in its own series, whose value
    agrees within the tolerance with a figure of the same metric, measure, period and unit in a series whose subjects
    hold its own or are held by them, confirms that series instead (the one sharing most subjects, then the one
    holding most figures, then the first key); --no-near leaves the step out.
The tolerance is the processor's (2 % of the larger value). The baseline is the seeds' labels (the processor also keeps
the analysis's other readings of the seed texts, for their own seed alone; on dev at the start they changed nothing).
With --alerts, compares the model's alerts with an e2e run's (alerts.jsonl) and lists the differences (-v).
"""
import argparse, json, subprocess, sys, os
from collections import defaultdict
from pathlib import Path

TOL = 0.02
TOOLS = os.environ.get("TOOLS", str(Path(__file__).resolve().parents[2] / ".." / "shared" / "tools"))


def period_end(p):
    parts = p.split("/")[-1].split("-")
    return int(parts[0]), int(parts[1]) if len(parts) > 1 else 12


def within(v, known):
    return abs(v - known) <= TOL * max(abs(v), abs(known))


def verdict(f, own):
    """FigureLedger.judge on the series' known figures (publication order makes known and known-then the same)."""
    same = [x for x in own if x["measure"] == f["measure"] and x["period"] == f["period"]]
    if same:
        same_unit = [x for x in same if x["unit"] == f["unit"]]
        if not same_unit or any(within(f["value"], x["value"]) for x in same_unit):
            return None
        return "REVISED" if any(x["article"] != f["article"] for x in same_unit) else None
    same_measure = [x for x in own if x["measure"] == f["measure"]]
    if not same_measure:
        return "NEW_METRIC"
    ends = [period_end(x["period"]) for x in same_measure if x["period"]]
    if f["period"] and (not ends or period_end(f["period"]) > max(ends)):
        return "NEW_PERIOD"
    return None


def nested(subjects, key_subjects):
    shared = len(subjects & set(key_subjects))
    return shared > 0 and (shared == len(subjects) or shared == len(key_subjects)), shared


def model(seeds, docs, pred, kept, near=True):
    series = defaultdict(list)
    for f in seeds:
        if f["metric"] != "other":
            series[(f["metric"], tuple(sorted(f["subjects"])))].append(
                dict(f, value=float(f["value"]), article="seed:" + f.get("doc", "")))
    alerts = []
    for d in sorted(docs, key=lambda d: (d["published"] or "9999", d["id"])):
        if not kept(d):
            continue
        for g in json.loads((pred / f"{d['id']}.json").read_text(encoding="utf-8"))["analysis"]["figures"]:
            if g["metric"] == "other":
                continue
            f = dict(value=float(g["value"]), unit=g["unit"], measure=g["measure"].lower(), metric=g["metric"],
                     subjects=sorted(g["subjects"]), period=g["period"], article=d["id"])
            k = (f["metric"], tuple(f["subjects"]))
            kind = verdict(f, series[k])
            if near and kind in ("NEW_METRIC", "NEW_PERIOD"):
                best = None
                for other, figures in sorted(series.items()):
                    if other == k or other[0] != f["metric"]:
                        continue
                    ok, shared = nested(set(f["subjects"]), other[1])
                    if ok and any(x["measure"] == f["measure"] and x["period"] == f["period"] and x["unit"] == f["unit"]
                                  and within(f["value"], float(x["value"])) for x in figures):
                        if best is None or (shared, len(figures)) > best[:2]:
                            best = (shared, len(figures), other)
                if best:
                    k, kind = best[2], None
            series[k].append(f)
            if kind:
                alerts.append(dict(f, kind=kind))
    return alerts


def same_fact(p, f):
    return p["metric"] == f["metric"] and sorted(p["subjects"]) == sorted(f["subjects"]) and p["period"] == f["period"] \
        and abs(float(p["value"]) - float(f["value"])) <= TOL * abs(float(f["value"])) + 1e-9


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seeds")
    ap.add_argument("manifest")
    ap.add_argument("pred", type=Path)
    ap.add_argument("--relevance")
    ap.add_argument("--no-near", action="store_true")
    ap.add_argument("--alerts")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    docs = [json.loads(l) for l in open(a.manifest, encoding="utf-8")]
    if a.relevance:
        verdicts = {l.split("\t")[0]: l.split("\t")[1] == "true" for l in open(a.relevance, encoding="utf-8")}
        kept = lambda d: verdicts[d["id"]]
    else:
        kept = lambda d: d["relevant"]
    seeds = [json.loads(l) for l in open(a.seeds, encoding="utf-8")]
    alerts = model(seeds, docs, a.pred, kept, near=not a.no_near)
    facts = [json.loads(l) for l in subprocess.run([sys.executable, f"{TOOLS}/reference_ledger.py", a.seeds, a.manifest],
             capture_output=True, text=True, check=True).stdout.splitlines()[:-1]]
    good = sum(any(same_fact(p, f) for f in facts) for p in alerts)
    expected = [f for f in facts if f["required"]]
    found = sum(any(same_fact(p, f) for p in alerts) for f in expected)
    precision = good / len(alerts) if alerts else 0.0
    recall = found / len(expected) if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(json.dumps({"alerts": len(alerts), "expected": len(expected), "precision": round(precision, 3),
                      "recall": round(recall, 3), "f1": round(f1, 3)}))
    if a.alerts:
        run = []
        for l in open(a.alerts, encoding="utf-8"):
            x = json.loads(l)
            fig = x["figure"]
            run.append(dict(fig, kind=x["kind"], measure=fig["measure"].lower(), subjects=sorted(fig["subjects"]),
                            article=x["articleUrl"].rsplit("/", 1)[-1]))
        only_run = [r for r in run if not any(same_fact(r, m) for m in alerts)]
        only_model = [m for m in alerts if not any(same_fact(r, m) for r in run)]
        print(f"e2e alerts {len(run)}, model {len(alerts)}: only in e2e {len(only_run)}, only in the model {len(only_model)}")
        if a.v:
            for tag, xs in (("E2E ONLY", only_run), ("MODEL ONLY", only_model)):
                for x in xs:
                    print(tag, x["kind"], x["article"], x["metric"], x["subjects"], x["period"], x["measure"], x["value"],
                          x["unit"])


if __name__ == "__main__":
    main()
