#!/usr/bin/env python3
"""How far two labellers agree on the same articles: the second labeller's figures are scored as if they were the
analysis's output, with the same tools and the same matching as the analysis (score_analysis.py, subjects.py,
analysis_breakdown.py, and ledger_sim.py for the alerts the ledger rules would raise from them). The figures are the
ceiling a careful reader reaches under our labelling standard; the analysis's scores on the same articles say how far
below it the rules are.

usage: agreement.py FIRST.jsonl SECOND.jsonl [TEXTS]
FIRST is the labels scored against (a gold-*.jsonl), SECOND the other labeller's lines for some of its articles
(bench/corpus/agreement/*.jsonl). TEXTS (default bench/corpus/texts) is only needed for the alert part, which
writes the feed manifest with feed.py; without the texts that part is skipped.
"""
import json, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOLS = HERE.parents[1] / ".." / "shared" / "tools"
SEEDS = HERE.parents[1] / "services/analysis/src/main/resources/io/steppewatch/gold/seed-figures.jsonl"


def as_prediction(line):
    """One labelled article in the shape of `steppewatch analyze --json` output, as the scorers read it."""
    figures = [dict(value=f["value"], unit=f["unit"], measure=str(f.get("measure") or "amount").upper(),
                    metric=f["metric"], subjects=f.get("subjects") or [], period=f.get("period"), text=f["quote"],
                    sentence=f["quote"]) for f in line["figures"]]
    topics = [dict(topic=t) for t in line.get("topics") or []]
    return dict(id=line["doc"], published=line.get("published"),
                analysis=dict(language=line.get("language"), topics=topics, figures=figures))


def run(*args):
    done = subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"agreement: {args[0]} failed: {done.stderr.strip()}")
    return done.stdout


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    first, second = Path(sys.argv[1]), Path(sys.argv[2])
    texts = Path(sys.argv[3]) if len(sys.argv) > 3 else HERE / "texts"
    seconds = {d["doc"]: d for d in map(json.loads, second.read_text(encoding="utf-8").splitlines()) if d}
    firsts = [d for d in map(json.loads, first.read_text(encoding="utf-8").splitlines()) if d and d["doc"] in seconds]
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred"
        pred.mkdir()
        with open(gold, "w", encoding="utf-8") as out:
            for d in firsts:
                out.write(json.dumps(dict(d, split="all"), ensure_ascii=False) + "\n")
                (pred / f"{d['doc']}.json").write_text(json.dumps(as_prediction(seconds[d["doc"]]), ensure_ascii=False),
                                                       encoding="utf-8")
        print(f"{len(firsts)} articles labelled twice ({first.name} against {second.name})")
        print(run(TOOLS / "score_analysis.py", gold, pred).strip().splitlines()[-1])
        print(run(HERE / "subjects.py", gold, pred).strip().splitlines()[-1])
        print(run(TOOLS / "analysis_breakdown.py", gold, pred).strip())
        if all((texts / d["doc"]).is_file() for d in firsts):
            run(HERE / "feed.py", Path(tmp) / "feed.xml", Path(tmp) / "manifest.jsonl", "all", f"{gold}:{texts}")
            print(run(HERE / "ledger_sim.py", SEEDS, Path(tmp) / "manifest.jsonl", pred).strip().splitlines()[-1])
        else:
            print("alerts: skipped (the texts are absent; rebuild them with rebuild.py)")


if __name__ == "__main__":
    main()
