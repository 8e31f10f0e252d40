#!/usr/bin/env python3
"""Run `steppewatch analyze --json` on every corpus text, with the article's own publication date.

usage: analyze_all.py OUT_DIR [GOLD.jsonl ...] [--split dev|holdout|test] [--steppewatch PATH]
Writes OUT_DIR/<doc>.json (the analyzer's stdout), the layout score_analysis.py and
analysis_breakdown.py read. Texts that are absent (CI, or not rebuilt yet) are skipped and counted;
an analyzer failure on one text is reported and the rest go on. Splits the gold lines it used into
OUT_DIR/gold-dev.jsonl, OUT_DIR/gold-holdout.jsonl and OUT_DIR/gold-test.jsonl (a test set)
so each part can be scored separately.
"""
import argparse, json, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--split", choices=["dev", "holdout", "test"])
    ap.add_argument("--steppewatch", type=Path, default=REPO / "steppewatch")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    lines = []
    for gold in args.gold or sorted(HERE.glob("gold-*.jsonl")):
        lines += [json.loads(l) for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()]
    if args.split:
        lines = [g for g in lines if g.get("split") == args.split]
    done = missing = failed = 0
    for g in lines:
        text = HERE / "texts" / g["doc"]
        if not text.exists():
            missing += 1
            continue
        cmd = [str(args.steppewatch), "analyze", "--json"]
        if g.get("published"):
            cmd += ["--published", g["published"]]
        run = subprocess.run(cmd + [str(text)], capture_output=True, text=True, cwd=REPO)
        if run.returncode != 0:
            print(f"analyze failed on {g['doc']}: {run.stderr.strip()[:200]}", file=sys.stderr)
            failed += 1
            continue
        (args.out / f"{g['doc']}.json").write_text(run.stdout, encoding="utf-8")
        done += 1
    for split in ("dev", "holdout", "test"):
        part = [g for g in lines if g.get("split") == split]
        (args.out / f"gold-{split}.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in part),
                                                      encoding="utf-8")
    print(f"analyzed {done}, missing text {missing}, failed {failed}")


if __name__ == "__main__":
    main()
