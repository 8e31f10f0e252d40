#!/usr/bin/env python3
"""Add or replace one labelled article in gold-b.jsonl from a compact spec read on stdin.

Spec lines (key: value); figures one per line:
  doc: b-ru-001            lang: ru            pub: 2024-05-17 | 2024-05 | 2024 | -
  rel: 1|0                 topics: trade corridors
  url: ...                 source: ...         query: ...
  F: quote | value | unit | measure | metric | subjects (space separated, - for none) | period (- for null) [| req|opt]
`required` defaults to whether the quote holds a digit; `opt`/`req` overrides it.
The split is positional: every third article in the file is holdout.
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold-b.jsonl"


def parse(spec):
    art = {"figures": []}
    for raw in spec.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if key == "F":
            parts = [p.strip() for p in val.split(" | ")]
            if len(parts) not in (7, 8):
                raise SystemExit(f"bad figure line ({len(parts)} fields): {line}")
            quote, value, unit, measure, metric, subjects, period = parts[:7]
            req = bool(re.search(r"\d", quote))
            if len(parts) == 8:
                req = {"req": True, "opt": False}[parts[7]]
            v = float(value)
            art["figures"].append({"quote": quote, "value": int(v) if v.is_integer() and abs(v) < 1e15 and "e" not in value and "." not in value else v,
                                   "unit": unit, "measure": measure, "metric": metric,
                                   "subjects": [] if subjects == "-" else subjects.split(),
                                   "period": None if period == "-" else period, "required": req})
        else:
            art[key] = val
    doc = art["doc"] + ("" if art["doc"].endswith(".txt") else ".txt")
    return {"doc": doc, "language": art["lang"], "published": None if art.get("pub", "-") == "-" else art["pub"],
            "relevant": art.get("rel", "1") == "1", "topics": art.get("topics", "").split(),
            "figures": art["figures"], "url": art["url"], "source": art["source"], "query": art["query"]}


def main():
    rec = parse(sys.stdin.read())
    text = (HERE / "texts" / rec["doc"]).read_text(encoding="utf-8")
    for f in rec["figures"]:
        if f["quote"] not in text:
            raise SystemExit(f"quote not in text: {f['quote']!r}")
    lines = GOLD.read_text(encoding="utf-8").splitlines() if GOLD.exists() else []
    docs = [json.loads(l)["doc"] for l in lines]
    if rec["doc"] in docs:
        i = docs.index(rec["doc"])
    else:
        i = len(lines)
        lines.append("")
    rec["split"] = "holdout" if (i + 1) % 3 == 0 else "dev"
    lines[i] = json.dumps(rec, ensure_ascii=False)
    GOLD.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{rec['doc']}: {len(rec['figures'])} figures, {rec['split']}, line {i + 1}")


if __name__ == "__main__":
    main()
