#!/usr/bin/env python3
"""Which alert facts the pipeline raised differ from what reference rules give on the analysis's own figures.
usage: pipeline_vs_sim.py SEEDS MANIFEST PRED_DIR ALERTS"""
import json, subprocess, sys, tempfile, os
from pathlib import Path
TOOLS = os.environ.get("TOOLS", str(Path(__file__).resolve().parents[2] / ".." / "shared" / "tools"))
seeds, manifest, pred, alerts = sys.argv[1:5]
pred = Path(pred)
with tempfile.TemporaryDirectory() as tmp:
    sim = Path(tmp) / "sim.jsonl"
    with open(sim, "w") as out:
        for line in open(manifest):
            d = json.loads(line)
            p = json.loads((pred / f"{d['id']}.json").read_text())["analysis"]
            figs = [dict(value=f["value"], unit=f["unit"], measure=f["measure"].lower(), metric=f["metric"],
                         subjects=f["subjects"], period=f["period"], required=True) for f in p["figures"]]
            out.write(json.dumps(dict(id=d["id"], published=d["published"], relevant=d["relevant"], figures=figs)) + "\n")
    facts = [json.loads(l) for l in subprocess.run([sys.executable, f"{TOOLS}/reference_ledger.py", seeds, str(sim)],
                                                   capture_output=True, text=True, check=True).stdout.splitlines()[:-1]]
gold = [json.loads(l) for l in subprocess.run([sys.executable, f"{TOOLS}/reference_ledger.py", seeds, manifest],
                                              capture_output=True, text=True, check=True).stdout.splitlines()[:-1]]
def k(metric, subjects, period, value, doc):
    return (doc, metric, tuple(sorted(subjects)), period, round(float(value), 3))
simk = {k(f["metric"], f["subjects"], f["period"], f["value"], f["article"]): f["kind"] for f in facts}
goldk = {k(f["metric"], f["subjects"], f["period"], f["value"], f["article"]): f["kind"] for f in gold}
pipe = {}
for l in open(alerts):
    a = json.loads(l); f = a["figure"]
    doc = a["articleUrl"].rsplit("/", 1)[-1]
    pipe[k(f["metric"], f["subjects"], f["period"], f["value"], doc)] = a["kind"]
only_sim = [x for x in simk if x not in pipe]
only_pipe = [x for x in pipe if x not in simk]
print(f"sim {len(simk)} pipeline {len(pipe)} both {len(set(simk)&set(pipe))}")
print(f"sim-only {len(only_sim)} (of which correct per gold {sum(x in goldk for x in only_sim)})")
print(f"pipeline-only {len(only_pipe)} (of which correct per gold {sum(x in goldk for x in only_pipe)})")
if "-v" in sys.argv:
    for x in only_sim:
        print("SIM ", simk[x], "GOLD" if x in goldk else "    ", x)
    for x in only_pipe:
        print("PIPE", pipe[x], "GOLD" if x in goldk else "    ", x)
