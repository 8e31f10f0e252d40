#!/usr/bin/env python3
"""What the ledger rules make of the analysis's own figures: the alert facts reference_ledger.py derives when the
analysed figures (PRED_DIR/<doc>.json) stand in for the labels, scored against the labels' facts. Separates what
the analysis loses from what the pipeline loses.

usage: ledger_sim.py SEED_FIGURES.jsonl MANIFEST.jsonl PRED_DIR
"""
import json, os, subprocess, sys, tempfile
from pathlib import Path

TOOLS = os.environ.get("TOOLS", str(Path(__file__).resolve().parents[2] / ".." / "shared" / "tools"))


def main():
    seeds, manifest, pred = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    with tempfile.TemporaryDirectory() as tmp:
        sim_manifest = Path(tmp) / "sim.jsonl"
        with open(sim_manifest, "w", encoding="utf-8") as out:
            for line in open(manifest, encoding="utf-8"):
                d = json.loads(line)
                p = json.loads((pred / f"{d['id']}.json").read_text(encoding="utf-8"))["analysis"]
                figs = [dict(value=f["value"], unit=f["unit"], measure=f["measure"].lower(), metric=f["metric"],
                             subjects=f["subjects"], period=f["period"], required=True) for f in p["figures"]]
                out.write(json.dumps(dict(id=d["id"], published=d["published"], relevant=d["relevant"],
                                          figures=figs)) + "\n")
        facts = subprocess.run([sys.executable, f"{TOOLS}/reference_ledger.py", seeds, str(sim_manifest)],
                               capture_output=True, text=True, check=True).stdout.splitlines()[:-1]
        alerts = Path(tmp) / "alerts.jsonl"
        alerts.write_text("\n".join(json.dumps({"kind": f["kind"], "figure": f})
                                    for f in map(json.loads, facts)) + "\n", encoding="utf-8")
        print(subprocess.run([sys.executable, f"{TOOLS}/reference_ledger.py", seeds, manifest, str(alerts)],
                             capture_output=True, text=True, check=True).stdout.strip())


if __name__ == "__main__":
    main()
