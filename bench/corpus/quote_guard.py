#!/usr/bin/env python3
"""The regional guard: the old corpus's labelled quotes, read as small texts, scored for value and unit.

The texts of gold-a .. gold-zu are gone (see README.md), but their labels quote every figure. Each article's quotes,
one paragraph each, make a small text of the region's own writing (Russian, French, English, Kazakh, Uzbek) with its
labelled figures; the analysis should find each quote's figure and little else. No context is left, so only value,
unit and measure mean anything here: metric, period, subjects and topics are not comparable.

  quote_guard.py write OUT      writes OUT/texts/q-<doc> and OUT/gold-quotes.jsonl
Then `bench/corpus/quote_guard.sh [OUT]` analyses them with this tree and scores them.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(out):
    texts = out / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    docs = figures = 0
    with open(out / "gold-quotes.jsonl", "w", encoding="utf-8") as gold:
        for path in sorted(HERE.glob("gold-*.jsonl")):
            if path.name.startswith("gold-open"):
                continue  # the open corpus has its texts; this guard is for the region's writing
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                g = json.loads(line)
                quotes = list(dict.fromkeys(f["quote"] for f in g["figures"]))
                if not quotes:
                    continue
                doc = "q-" + g["doc"]
                body = "\n\n".join(q.strip().rstrip(".") + "." for q in quotes)
                (texts / doc).write_text("Quotes\n\n" + body + "\n", encoding="utf-8")
                gold.write(json.dumps({"doc": doc, "language": g["language"], "split": g["split"],
                                       "relevant": g["relevant"], "published": None, "topics": [],
                                       "figures": g["figures"]}, ensure_ascii=False) + "\n")
                docs += 1
                figures += len(g["figures"])
    print(f"wrote {docs} quote texts ({figures} labelled figures) to {texts}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "write":
        sys.exit(__doc__)
    write(Path(sys.argv[2]))
