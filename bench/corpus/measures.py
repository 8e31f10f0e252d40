#!/usr/bin/env python3
"""Measure agreement on matched figures: how often the analysis's measure (amount, change, share, target) equals the
labels', on all matched figures and on ledger figures apart, with the confusions and (with --show) the cases.

usage: measures.py GOLD.jsonl PRED_DIR [--show FROM>TO] [--sets a,b,...]

GOLD.jsonl: one split's gold lines (score.sh's $OUT/dev.jsonl or holdout.jsonl); PRED_DIR: score.sh's pred/ folder.
Figures match as in score_analysis.py (subjects.py's `matches`). A ledger figure is one whose labelled metric is not
`other` (measure is part of the ledger's identity: a target never confirms a level). Prints the confusions
(gold -> predicted) over all matched figures, over ledger figures, and over ledger figures of the newest sets
(--sets, default zj,zk,zl,zm), then one JSON summary line last. --show amount>target lists the matched figures the
labels call amount and the analysis target (any pair of measures; `*` for any), ledger figures first.
"""
import collections, json, os, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from subjects import matches  # noqa: E402
from score_analysis import load_pred  # noqa: E402


def main():
    args = sys.argv[1:]
    show = args[args.index("--show") + 1] if "--show" in args else None
    sets = (args[args.index("--sets") + 1] if "--sets" in args else "zj,zk,zl,zm").split(",")
    gold_path, pred = Path(args[0]), Path(args[1])
    n = collections.Counter()
    ok = collections.Counter()
    confusions = {k: collections.Counter() for k in ("all", "ledger", "ledger-new")}
    shown = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        pf = pred / f"{g['doc']}.json"
        if not pf.exists():
            continue
        figs = load_pred(pf).get("figures") or []
        new = g["doc"].split("-")[0] in sets
        for gf, best in matches(g["figures"], figs, set()):
            if best is None:
                continue
            f = figs[best]
            gm, pm = gf["measure"].lower(), str(f.get("measure") or "").lower()
            ledger = gf["metric"] != "other"
            for k in ["all"] + (["ledger"] if ledger else []) + (["ledger-new"] if ledger and new else []):
                n[k] += 1
                ok[k] += gm == pm
                if gm != pm:
                    confusions[k][(gm, pm)] += 1
            if show and gm != pm:
                want_g, want_p = show.split(">")
                if want_g in ("*", gm) and want_p in ("*", pm):
                    shown.append((not ledger, g["doc"], f"{g['doc']}: gold {gm} {gf['metric']} {gf.get('period')} "
                                  f"pred {pm} {f.get('metric')} {f.get('period')} | {gf['quote']} | "
                                  f"{(f.get('sentence') or '')[:240]}"))
    for _, _, s in sorted(shown):
        print(s)
    for k in confusions:
        print(k, dict(confusions[k].most_common()))
    print(json.dumps({k + "_n": n[k] for k in n} | {k + "_measure_acc": round(ok[k] / n[k], 3) for k in n if n[k]}))


if __name__ == "__main__":
    main()
