#!/usr/bin/env python3
"""Scores extracted text against segment annotations (the format of trafilatura's evaluation corpus).

Each page lists segments that belong to its main text ("with") and segments that do not ("without"). A
segment counts as present when it occurs in the extracted text after both have their white space collapsed.
Present "with" segments are true positives, present "without" segments false positives; precision, recall,
accuracy and F1 are computed over all segments of all pages, as the corpus's own evaluation does.

  segment_score.py segments.json prediction.json
  (segments.json: {id: {"with": [...], "without": [...]}}; prediction.json: {id: {"articleBody": text}})
"""
import json
import re
import sys

SPACE = re.compile(r"\s+")


def collapse(text):
    return SPACE.sub(" ", text).strip()


def main(truth_path, prediction_path):
    with open(truth_path, encoding="utf-8") as f:
        truth = json.load(f)
    with open(prediction_path, encoding="utf-8") as f:
        prediction = json.load(f)
    tp = fp = fn = tn = 0
    missing = 0
    for pid, item in truth.items():
        body = prediction.get(pid, {}).get("articleBody")
        if body is None:
            missing += 1
            body = ""
        text = collapse(body)
        found = sum(1 for s in item["with"] if collapse(s) in text)
        leaked = sum(1 for s in item["without"] if collapse(s) in text)
        tp += found
        fn += len(item["with"]) - found
        fp += leaked
        tn += len(item["without"]) - leaked
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    accuracy = (tp + tn) / (tp + fp + fn + tn) if tp + fp + fn + tn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{'prediction':<40} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6}  docs={len(truth)}"
          + (f" missing={missing}" if missing else ""))
    print(f"{prediction_path.rsplit('/', 1)[-1]:<40} {f1:6.3f} {precision:6.3f} {recall:6.3f} {accuracy:6.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
