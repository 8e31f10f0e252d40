#!/usr/bin/env python3
"""Subject agreement on matched figures, and (with --show KIND) the dev cases behind each error.

usage: subjects.py GOLD.jsonl PRED_DIR [--show subjects|period|metric|missed|spurious|topics]
Figures match as in score_analysis.py (same unit, value within 0.5 %, the quote breaking ties). Prints
{"subject_n", "subject_acc"}: on matched figures, how often the predicted subject set equals the labels'.
"""
import json, os, sys
from pathlib import Path

sys.path.insert(0, os.environ.get("TOOLS", str(Path(__file__).resolve().parents[2] / ".." / "shared" / "tools")))
from score_analysis import load_pred, norm_period, topics_of, unit_of, value_of  # noqa: E402


def matches(gold_figures, figs, used):
    """Each labelled figure with the index of the predicted figure it matches, or None, as score_analysis.py matches
    them (same unit, value within 0.5 %, the quote breaking ties); matched indexes are added to `used`."""
    for gf in gold_figures:
        best = None
        for i, f in enumerate(figs):
            if i in used or unit_of(f.get("unit")) != gf["unit"]:
                continue
            v = value_of(f)
            if v is None or abs(v - float(gf["value"])) > 0.005 * abs(float(gf["value"])) + 1e-9:
                continue
            best = i
            q = str(f.get("text") or "")
            if q and (q in gf["quote"] or gf["quote"] in q):
                break
        if best is not None:
            used.add(best)
        yield gf, best


def main():
    gold, pred = Path(sys.argv[1]), Path(sys.argv[2])
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    n = ok = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        pf = pred / f"{g['doc']}.json"
        p = load_pred(pf) if pf.exists() else {}
        figs = p.get("figures") or []
        used = set()
        for gf, best in matches(g["figures"], figs, used):
            if best is None:
                if show == "missed" and gf.get("required"):
                    print(f"{g['doc']}: MISSED {gf['value']} {gf['unit']} | {gf['quote']}")
                continue
            f = figs[best]
            n += 1
            same = sorted(f.get("subjects") or []) == sorted(gf.get("subjects") or [])
            ok += same
            if show == "subjects" and not same:
                print(f"{g['doc']}: {gf['metric']} gold {gf.get('subjects')} pred {f.get('subjects')} | {f.get('sentence')[:220]}")
            if show == "period" and norm_period(f.get("period")) != gf.get("period"):
                print(f"{g['doc']} ({g.get('published')}): gold {gf.get('period')} pred {f.get('period')} | {gf['quote']} | {f.get('sentence')[:200]}")
            if show == "metric" and gf["metric"] != "other" and f.get("metric") != gf["metric"]:
                print(f"{g['doc']}: gold {gf['metric']} pred {f.get('metric')} ({f.get('unit')}) | {f.get('sentence')[:200]}")
        if show == "spurious":
            for i, f in enumerate(figs):
                if i not in used:
                    print(f"{g['doc']}: SPURIOUS {f.get('value')} {f.get('unit')} '{f.get('text')}' | {f.get('sentence')[:160]}")
        if show == "topics":
            gt, pt = set(g.get("topics") or []), topics_of(p)
            if gt != pt:
                print(f"{g['doc']}: gold {sorted(gt)} pred {sorted(pt)} | {p.get('topics')}")
    print(json.dumps({"subject_n": n, "subject_acc": round(ok / n, 3) if n else 0.0}))


if __name__ == "__main__":
    main()
