#!/usr/bin/env python3
"""Refined bar (WAVE2-55): of the gold figures matched by BEFORE, how many are still matched by AFTER, and how many
of those changed subjects or period (figures matched as subjects.py matches them). Prints aggregates only, so it may
be run on holdout.
usage: kept_figures.py GOLD.jsonl BEFORE_PRED AFTER_PRED"""
import json, os, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, os.environ.get("TOOLS", str(Path(__file__).resolve().parents[2] / ".." / "shared" / "tools")))
from score_analysis import load_pred, norm_period
from subjects import matches

gold, a, b = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
n = lost = subj = per = both_same = gained = 0
for line in gold.read_text(encoding="utf-8").splitlines():
    g = json.loads(line)
    res = []
    for d in (a, b):
        pf = d / f"{g['doc']}.json"
        p = load_pred(pf) if pf.exists() else {}
        figs = p.get("figures") or []
        res.append([(gf, figs[i] if i is not None else None) for gf, i in matches(g["figures"], figs, set())])
    for (gf, fa), (_, fb) in zip(*res):
        if fa is None:
            if fb is not None:
                gained += 1
            continue
        n += 1
        if fb is None:
            lost += 1
            continue
        s = sorted(fa.get("subjects") or []) != sorted(fb.get("subjects") or [])
        q = norm_period(fa.get("period")) != norm_period(fb.get("period"))
        subj += s; per += q
        both_same += not (s or q)
print(json.dumps({"matched_before": n, "lost": lost, "subjects_changed": subj, "period_changed": per,
                  "kept_same": both_same, "newly_matched": gained}))
