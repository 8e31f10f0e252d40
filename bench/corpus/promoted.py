#!/usr/bin/env python3
"""Figures the labels leave `other` that the analysis gives a ledger metric, and the reverse.

score_analysis.py's metric accuracy counts only figures whose gold metric is not `other`, so a figure the labels
keep out of the ledger but the analysis promotes to a ledger metric never lowers it, yet each such figure can raise
a wrong alert. This counts both directions on the figures the scorer's value+unit matching pairs.

  bench/corpus/promoted.py GOLD.jsonl PRED_DIR [-v]

GOLD.jsonl: gold lines (as score.sh writes per split into $OUT/dev.jsonl); PRED_DIR: score.sh's pred/ folder.
-v lists each figure (PROMO: gold `other`, predicted a ledger metric; DEMO: the reverse) with its sentence.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("STEPPEWATCH_SHARED", os.path.join(HERE, "..", "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "tools"))
from score_analysis import unit_of, value_of  # noqa: E402


def key(figure):
    return round(value_of(figure), 4), unit_of(figure["unit"])


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    if len(args) != 2:
        sys.exit(__doc__)
    gold_path, pred_dir = args
    promoted = demoted = n_other = n_ledger = 0
    by_metric = collections.Counter()
    for line in open(gold_path, encoding="utf-8"):
        gold = json.loads(line)
        try:
            with open(os.path.join(pred_dir, gold["doc"] + ".json"), encoding="utf-8") as f:
                predicted = list(json.load(f)["analysis"]["figures"])
        except FileNotFoundError:
            continue
        for gf in gold["figures"]:
            match = next((p for p in predicted if key(p) == key(gf)), None)
            if match is None:
                continue
            predicted.remove(match)
            if gf["metric"] == "other":
                n_other += 1
                if match["metric"] != "other":
                    promoted += 1
                    by_metric[match["metric"]] += 1
                    if verbose:
                        print("PROMO", gold["doc"], gf.get("quote"), "->", match["metric"], "|", match.get("sentence", "")[:160])
            else:
                n_ledger += 1
                if match["metric"] == "other":
                    demoted += 1
                    if verbose:
                        print("DEMO ", gold["doc"], gf.get("quote"), gf["metric"], "|", match.get("sentence", "")[:160])
    print(f"gold other matched {n_other}: predicted a ledger metric {promoted} ({dict(by_metric.most_common())}); "
          f"gold ledger matched {n_ledger}: predicted other {demoted}")


if __name__ == "__main__":
    main()
