#!/usr/bin/env python3
"""Would a metric chooser learned from the labelled corpus beat the hand rules on text it was not trained on?

An experiment only: nothing in services/ reads this.

    OUT=/tmp/learn/base bash bench/corpus/score.sh          # predictions and gold lines per split
    /usr/bin/python3 bench/corpus/learn/metric_experiment.py /tmp/learn/base
    /usr/bin/python3 bench/corpus/learn/metric_experiment.py /tmp/learn/base --blind-out   # dev-only variant

(`/usr/bin/python3` with Debian's python3-sklearn: `apt-get install -y python3-sklearn`.)

Predicted figures are matched to gold figures exactly as ../shared/tools/score_analysis.py matches them (its
helpers are imported; its loop is inline in main(), so the loop is repeated here line for line). For each matched
figure the features are the rules' metric, the unit, the language and the lower-cased words of the figure's
sentence (variant `sentence`) or of ~12 words each side of the figure in that sentence (variant `window`;
`window-norule` leaves the rules' metric out, to see what the words alone learn); the target is the gold metric.
The models (logistic regression with C chosen by 5-fold cross-validation over dev's documents, multinomial naive
Bayes) are trained on dev's matched figures only and evaluated on holdout's, as a whole and on gold-y's, gold-x's and gold-w's holdout parts apart:
metric accuracy of the rules alone, of the model, and of the model only where its probability is >= 0.8 (else the
rule), counted on all matched figures, on ledger-metric ones (gold or rule metric not `other`) and on the ones
score_analysis counts (gold metric not `other`).
"""
import json
import os
import re
import sys
from pathlib import Path

# The shared scoring tools sit beside the repository (../shared/tools), as for bench/corpus/e2e.sh; TOOLS overrides.
sys.path.insert(0, os.environ.get("TOOLS", str(Path(__file__).resolve().parents[3].parent / "shared" / "tools")))
from score_analysis import load_pred, unit_of, value_of  # noqa: E402

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.naive_bayes import MultinomialNB  # noqa: E402

WORD = re.compile(r"\w+", re.UNICODE)
WINDOW = 12
CONFIDENT = 0.8


def matched_pairs(gold_path, pred_dir):
    """(gold line, gold figure, predicted figure) for every match, as score_analysis.py's main() matches."""
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        pf = pred_dir / f"{g['doc']}.json"
        p = load_pred(pf) if pf.exists() else {}
        pfigs = [f for f in (p.get("figures") or []) if isinstance(f, dict)]
        used = set()
        for gf in g["figures"]:
            gv, gu = float(gf["value"]), gf["unit"]
            best = None
            for i, f in enumerate(pfigs):
                if i in used or unit_of(f.get("unit")) != gu:
                    continue
                v = value_of(f)
                if v is None or abs(v - gv) > 0.005 * abs(gv) + 1e-9:
                    continue
                best = i
                q = str(f.get("text") or f.get("quote") or f.get("span") or "")
                if q and (q in gf["quote"] or gf["quote"] in q):
                    break
            if best is not None:
                used.add(best)
                yield g, gf, pfigs[best]


def context_words(f, variant):
    sentence = str(f.get("sentence") or "")
    if variant == "sentence":
        return WORD.findall(sentence.lower())
    text = str(f.get("text") or "")
    at = sentence.find(text) if text else -1
    if at < 0:
        return WORD.findall(sentence.lower())
    before = WORD.findall(sentence[:at].lower())[-WINDOW:]
    after = WORD.findall(sentence[at + len(text):].lower())[:WINDOW]
    return before + WORD.findall(text.lower()) + after


def features(g, f, variant):
    x = {"unit=" + str(unit_of(f.get("unit"))): 1.0, "lang=" + str(g.get("language")): 1.0}
    if not variant.endswith("-norule"):
        x["rule=" + str(f.get("metric"))] = 1.0
    for w in context_words(f, variant.removesuffix("-norule")):
        x["w=" + w] = 1.0
    return x


def rows(gold_path, pred_dir, variant):
    out = []
    for g, gf, f in matched_pairs(gold_path, pred_dir):
        out.append({"doc": g["doc"], "x": features(g, f, variant), "gold": gf["metric"],
                    "rule": str(f.get("metric"))})
    return out


def score(part, chosen):
    """Accuracy on all matched figures, on ledger-metric ones, on score_analysis's (gold metric not other)."""
    res = {}
    for name, keep in (("all", lambda r: True),
                       ("ledger", lambda r: r["gold"] != "other" or r["rule"] != "other"),
                       ("gold_not_other", lambda r: r["gold"] != "other")):
        idx = [i for i, r in enumerate(part) if keep(r)]
        ok = sum(chosen[i] == part[i]["gold"] for i in idx)
        res[name] = (ok, len(idx))
    return res


def fmt(res):
    return "  ".join(f"{k} {ok}/{n}={ok / n:.3f}" if n else f"{k} -" for k, (ok, n) in res.items())


def choose_c(dev, variant):
    """Logistic regression's C by 5-fold cross-validation over dev's documents (never holdout)."""
    from sklearn.model_selection import GroupKFold
    groups = [r["doc"] for r in dev]
    y = [r["gold"] for r in dev]
    scores = {}
    for c in (0.1, 0.3, 1.0, 3.0, 10.0):
        ok = 0
        for tr, te in GroupKFold(n_splits=5).split(dev, y, groups):
            vec = DictVectorizer()
            model = LogisticRegression(max_iter=3000, C=c)
            model.fit(vec.fit_transform([dev[i]["x"] for i in tr]), [y[i] for i in tr])
            pred = model.predict(vec.transform([dev[i]["x"] for i in te]))
            ok += sum(p == y[i] for p, i in zip(pred, te))
        scores[c] = ok / len(dev)
    rule_acc = sum(r["rule"] == r["gold"] for r in dev) / len(dev)
    print(f"    dev 5-fold CV by document ({variant}): rules {rule_acc:.3f}, "
          + ", ".join(f"C={c}: {a:.3f}" for c, a in scores.items()))
    return max(scores, key=scores.get)


def run(out_dir, variant, model_name):
    dev = rows(out_dir / "dev.jsonl", out_dir / "pred", variant)
    hold = rows(out_dir / "holdout.jsonl", out_dir / "pred", variant)
    vec = DictVectorizer()
    xd = vec.fit_transform([r["x"] for r in dev])
    yd = [r["gold"] for r in dev]
    if model_name == "logreg":
        model = LogisticRegression(max_iter=3000, C=choose_c(dev, variant))
    else:
        model = MultinomialNB(alpha=0.3)
    model.fit(xd, yd)
    dev_acc = sum(p == y for p, y in zip(model.predict(xd), yd)) / len(yd)
    print(f"=== {model_name}{' C=' + str(model.C) if model_name == 'logreg' else ''}, {variant}: trained on {len(dev)} dev figures, {len(model.classes_)} metrics; "
          f"dev (training) accuracy {dev_acc:.3f}")
    xh = vec.transform([r["x"] for r in hold])
    proba = model.predict_proba(xh)
    classes = list(model.classes_)
    for part_name, prefix in (("holdout", ""), ("y-holdout", "y-"), ("x-holdout", "x-"), ("w-holdout", "w-")):
        idx = [i for i, r in enumerate(hold) if r["doc"].startswith(prefix)]
        part = [hold[i] for i in idx]
        rule = [r["rule"] for r in part]
        learned, mixed, n_conf = [], [], 0
        for i, r in zip(idx, part):
            best = max(range(len(classes)), key=lambda k: proba[i][k])
            learned.append(classes[best])
            if proba[i][best] >= CONFIDENT:
                mixed.append(classes[best])
                n_conf += 1
            else:
                mixed.append(r["rule"])
        print(f"-- {part_name} ({len(part)} matched figures)")
        changed = sum(m != r for m, r in zip(mixed, rule))
        fixed = sum(m != r and m == p["gold"] for m, r, p in zip(mixed, rule, part))
        broke = sum(m != r and r == p["gold"] for m, r, p in zip(mixed, rule, part))
        to_other = [(m == p["gold"], r == p["gold"]) for m, r, p in zip(mixed, rule, part)
                    if m != r and m == "other"]
        print(f"   rules     {fmt(score(part, rule))}")
        print(f"   model     {fmt(score(part, learned))}")
        print(f"   model>=.8 {fmt(score(part, mixed))}  (confident on {n_conf}; changed {changed}: "
              f"fixed {fixed}, broke {broke}; of the changes {len(to_other)} to `other`: "
              f"fixed {sum(a for a, _ in to_other)}, broke {sum(b for _, b in to_other)})")


def leave_one_blind_set_out(out_dir):
    """Train on dev without one blind set's dev part, test on that part (dev only: a model of the next blind set)."""
    for variant, c in (("window", 3.0), ("window-norule", 1.0)):
        dev = rows(out_dir / "dev.jsonl", out_dir / "pred", variant)
        for prefix in ("y-", "x-", "w-"):
            train = [r for r in dev if not r["doc"].startswith(prefix)]
            part = [r for r in dev if r["doc"].startswith(prefix)]
            vec = DictVectorizer()
            model = LogisticRegression(max_iter=3000, C=c)
            model.fit(vec.fit_transform([r["x"] for r in train]), [r["gold"] for r in train])
            proba = model.predict_proba(vec.transform([r["x"] for r in part]))
            classes = list(model.classes_)
            learned, mixed = [], []
            for row, pr in zip(part, proba):
                best = max(range(len(classes)), key=lambda k: pr[k])
                learned.append(classes[best])
                mixed.append(classes[best] if pr[best] >= CONFIDENT else row["rule"])
            print(f"=== {variant} C={c}, trained on dev without {prefix}* ({len(train)}), tested on {prefix}dev "
                  f"({len(part)} figures)")
            print(f"   rules     {fmt(score(part, [r['rule'] for r in part]))}")
            print(f"   model     {fmt(score(part, learned))}")
            print(f"   model>=.8 {fmt(score(part, mixed))}")


def main():
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/learn/base")
    if "--blind-out" in sys.argv:
        leave_one_blind_set_out(out_dir)
        return
    for model_name in ("logreg", "nb"):
        for variant in ("sentence", "window"):
            run(out_dir, variant, model_name)
    run(out_dir, "window-norule", "logreg")


if __name__ == "__main__":
    main()
