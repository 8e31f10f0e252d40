#!/usr/bin/env python3
"""Check gold-b.jsonl against the gold README's lists and against the texts (when present).

usage: check_b.py [GOLD.jsonl] [--coverage]   exit status 1 on any problem; texts are skipped when absent.
--coverage also lists numbers written in digits that no quote covers (years and dates included), for review.
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UNITS = {"USD", "RUB", "KZT", "EUR", "CNY", "UZS", "percent", "count", "km", "m", "mi", "nmi", "ft", "t", "m3",
         "TEU", "days", "years", "m/s", "times", "rank"}
MEASURES = {"amount", "change", "share", "target"}
METRICS = {"trade.turnover", "trade.exports", "trade.imports", "trade.agrifood_turnover", "investment.total",
           "jointventures.count", "jointprojects.count", "jointprojects.value", "companies.count", "jobs.count",
           "exportban.items", "border.length", "students.count", "scholarships.count", "cargo.volume", "gdp.growth",
           "settlements.national_currency_share", "visits.count", "egov.rank", "egov.online_services_rank",
           "cargo.capacity", "cargo.containers", "route.length", "other"}
TOPICS = {"sanctions", "trade", "security", "corridors"}
SUBJECT = re.compile(r"^([A-Z]{2}|EAEU|CSTO|INSTC|TITR)$")
PERIOD = re.compile(r"^\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?$")
PUBLISHED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEYS = {"doc", "language", "published", "relevant", "topics", "figures", "url", "source", "query", "split"}
FKEYS = {"quote", "value", "unit", "measure", "metric", "subjects", "period", "required"}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    coverage = "--coverage" in sys.argv
    gold = Path(args[0]) if args else HERE / "gold-b.jsonl"
    problems, seen, nfig, missing = [], set(), 0, 0
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        d = json.loads(line)
        where = f"line {n} {d.get('doc')}"
        if set(d) != KEYS:
            problems.append(f"{where}: keys {sorted(set(d) ^ KEYS)}")
        if d["doc"] in seen:
            problems.append(f"{where}: duplicate doc")
        seen.add(d["doc"])
        m = re.match(r"^b-(en|ru|fr|kk|uz)-\d{3}\.txt$", d["doc"])
        if not m or m.group(1) != d["language"]:
            problems.append(f"{where}: doc name / language")
        if d["published"] is not None and not PUBLISHED.match(d["published"]):
            problems.append(f"{where}: published {d['published']}")
        want = "holdout" if n % 3 == 0 else "dev"
        if d["split"] != want:
            problems.append(f"{where}: split {d['split']} (want {want})")
        if not set(d["topics"]) <= TOPICS or not isinstance(d["relevant"], bool):
            problems.append(f"{where}: topics/relevant")
        if not d["url"].startswith("http") or not d["source"] or not d["query"]:
            problems.append(f"{where}: provenance")
        path = HERE / "texts" / d["doc"]
        text = path.read_text(encoding="utf-8") if path.exists() else None
        if text is None:
            missing += 1
        elif len(text.split("\n", 2)) < 3 or text.split("\n")[1] != "" or not text.split("\n")[0].strip():
            problems.append(f"{where}: text must be title, blank line, body")
        for f in d["figures"]:
            nfig += 1
            fw = f"{where} {f.get('quote')!r}"
            if set(f) != FKEYS:
                problems.append(f"{fw}: keys")
                continue
            if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
                problems.append(f"{fw}: value")
            if f["unit"] not in UNITS or f["measure"] not in MEASURES or f["metric"] not in METRICS:
                problems.append(f"{fw}: unit/measure/metric {f['unit']}/{f['measure']}/{f['metric']}")
            if not all(SUBJECT.match(s) for s in f["subjects"]):
                problems.append(f"{fw}: subjects {f['subjects']}")
            if f["period"] is not None and not PERIOD.match(f["period"]):
                problems.append(f"{fw}: period {f['period']}")
            if f["measure"] == "share" and f["unit"] != "percent":
                problems.append(f"{fw}: {f['measure']} in {f['unit']}")
            if text is not None and f["quote"] not in text:
                problems.append(f"{fw}: quote not in text")
            if f["required"] != bool(re.search(r"\d", f["quote"])):
                print(f"note {fw}: required={f['required']} differs from digit rule", file=sys.stderr)
        if coverage and text is not None:
            covered = [False] * len(text)
            for f in d["figures"]:
                start = 0
                while (i := text.find(f["quote"], start)) >= 0:
                    for k in range(i, i + len(f["quote"])):
                        covered[k] = True
                    start = i + 1
            for m in re.finditer(r"\d[\d\s.,’']*\d|\d", text):
                if not any(covered[m.start():m.end()]):
                    ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                    print(f"uncovered {d['doc']}: {m.group()!r} ... {ctx}")
    for p in problems:
        print(p)
    print(f"{len(seen)} docs, {nfig} figures, {missing} texts absent, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
