#!/usr/bin/env python3
"""Why sim alerts are wrong / gold alert facts missed: compares each to the gold figure of the same article and value.
usage: alert_errors.py SEEDS MANIFEST PRED_DIR [-v]"""
import json, os, subprocess, sys, tempfile, collections
from pathlib import Path
TOOLS = os.environ.get("TOOLS", str(Path(__file__).resolve().parents[2] / ".." / "shared" / "tools"))
seeds, manifest, pred = sys.argv[1:4]; pred = Path(pred)
gold_docs = {json.loads(l)["id"]: json.loads(l) for l in open(manifest)}
pred_docs = {}
with tempfile.TemporaryDirectory() as tmp:
    sim = Path(tmp) / "sim.jsonl"
    with open(sim, "w") as out:
        for d in gold_docs.values():
            p = json.loads((pred / f"{d['id']}.json").read_text())["analysis"]
            figs = [dict(value=f["value"], unit=f["unit"], measure=f["measure"].lower(), metric=f["metric"],
                         subjects=f["subjects"], period=f["period"], required=True) for f in p["figures"]]
            pred_docs[d["id"]] = figs
            out.write(json.dumps(dict(id=d["id"], published=d["published"], relevant=d["relevant"], figures=figs)) + "\n")
    sim_facts = [json.loads(l) for l in subprocess.run([sys.executable, f"{TOOLS}/reference_ledger.py", seeds, str(sim)],
                 capture_output=True, text=True, check=True).stdout.splitlines()[:-1]]
gold_facts = [json.loads(l) for l in subprocess.run([sys.executable, f"{TOOLS}/reference_ledger.py", seeds, manifest],
              capture_output=True, text=True, check=True).stdout.splitlines()[:-1]]
def same(p, f):
    return p["metric"] == f["metric"] and sorted(p["subjects"]) == sorted(f["subjects"]) and p["period"] == f["period"] \
        and abs(p["value"] - f["value"]) <= 0.02 * abs(f["value"]) + 1e-9
def diff(fig, others):
    """Fields in which fig differs from the closest figure (same value and unit) in others."""
    best = None
    for o in others:
        if o["unit"] != fig["unit"] or abs(float(o["value"]) - float(fig["value"])) > 0.005 * abs(float(o["value"])) + 1e-9:
            continue
        d = [k for k in ("metric", "subjects", "period", "measure") if (sorted(o[k]) if k == "subjects" else o[k]) != (sorted(fig[k]) if k == "subjects" else fig[k])]
        if best is None or len(d) < len(best):
            best = d
    return "no such figure" if best is None else ("+".join(best) or "identical figure, ledger order/kind")
wrong = collections.Counter(); missed = collections.Counter()
for p in sim_facts:
    if not any(same(p, f) for f in gold_facts):
        gf = [f for f in gold_docs[p["article"]]["figures"] if f["metric"] != "other"] if gold_docs[p["article"]]["relevant"] else []
        r = diff(p, gold_docs[p["article"]]["figures"]); wrong[r] += 1
        if "-v" in sys.argv: print("WRONG", r, p["article"], p["metric"], p["subjects"], p["period"], p["value"])
for f in gold_facts:
    if f["required"] and not any(same(p, f) for p in sim_facts):
        r = diff(f, pred_docs[f["article"]]); missed[r] += 1
        if "-v" in sys.argv: print("MISSED", r, f["article"], f["metric"], f["subjects"], f["period"], f["value"])
print("sim alerts", len(sim_facts), "wrong", sum(wrong.values()), dict(wrong.most_common()))
print("gold facts (required)", sum(f["required"] for f in gold_facts), "missed", sum(missed.values()), dict(missed.most_common()))
