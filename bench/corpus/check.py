#!/usr/bin/env python3
"""Check a corpus gold file against the labelling standard and, when present, its texts.

usage: check.py [GOLD.jsonl ...]   (default: every gold-*.jsonl next to this script)
Checks: the fields and their vocabularies, every quote an exact substring of texts/<doc> (skipped when the
text is absent, as in CI), `required` true exactly when the quote holds a digit outside a year (false also
allowed for ordinals written in digits), every third article of a
file in the holdout split (a test set, whose first line says "split": "test", is all test), unique doc names.
Exits 1 on any problem.
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UNITS = {"USD", "RUB", "KZT", "EUR", "CNY", "UZS", "percent", "count", "km", "m", "mi", "nmi", "ft", "t", "m3",
         "TEU", "days", "years", "m/s", "times", "rank"}
MEASURES = {"amount", "change", "share", "target"}
METRICS = {"trade.turnover", "trade.exports", "trade.imports", "trade.agrifood_turnover", "investment.total",
           "jointventures.count", "jointprojects.count", "jointprojects.value", "companies.count", "jobs.count",
           "exportban.items", "border.length", "students.count", "scholarships.count", "cargo.volume",
           "gdp.growth", "settlements.national_currency_share", "visits.count", "egov.rank",
           "egov.online_services_rank", "cargo.capacity", "cargo.containers", "route.length", "other"}
TOPICS = {"sanctions", "trade", "security", "corridors"}
LANGS = {"en", "ru", "fr", "kk", "uz"}
SUBJECT = re.compile(r"^(?:[A-Z]{2}|EAEU|CSTO|INSTC|TITR)$")
PERIOD = re.compile(r"^\d{4}(?:-\d{2})?(?:/\d{4}(?:-\d{2})?)?$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def check(path):
    problems, docs = [], set()
    lines = path.read_text(encoding="utf-8").splitlines()
    # A test set is labelled apart from the rules and never tuned on: every line is "test".
    try:
        test_set = bool(lines) and json.loads(lines[0]).get("split") == "test"
    except json.JSONDecodeError:
        test_set = False
    for n, line in enumerate(lines, 1):
        where = f"{path.name}:{n}"
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: not JSON ({e})")
            continue
        doc = g.get("doc", "")
        where += f" {doc}"
        if doc in docs:
            problems.append(f"{where}: duplicate doc")
        docs.add(doc)
        for key in ("doc", "language", "published", "relevant", "topics", "figures", "url", "source", "query", "split"):
            if key not in g:
                problems.append(f"{where}: missing {key}")
        if g.get("language") not in LANGS:
            problems.append(f"{where}: language {g.get('language')}")
        if g.get("published") is not None and not DATE.match(str(g["published"])):
            problems.append(f"{where}: published {g['published']}")
        if not set(g.get("topics", [])) <= TOPICS:
            problems.append(f"{where}: topics {g.get('topics')}")
        if not isinstance(g.get("relevant"), bool):
            problems.append(f"{where}: relevant must be true or false")
        want = "test" if test_set else "holdout" if n % 3 == 0 else "dev"
        if g.get("split") != want:
            problems.append(f"{where}: split {g.get('split')}, expected {want}")
        text_path = HERE / "texts" / doc
        text = text_path.read_text(encoding="utf-8") if text_path.exists() else None
        untitled_ok = doc.startswith("o-ru-fr-")  # factRuEval texts may come without a title (open_texts.py)
        if text is not None and ((not untitled_ok and not text.split("\n", 1)[0].strip())
                                 or not text.startswith(text.split("\n", 1)[0] + "\n\n")):
            problems.append(f"{where}: text must be a title line, a blank line, then the body")
        for f in g.get("figures", []):
            fw = f"{where} [{f.get('quote')}]"
            if text is not None and f.get("quote", "") not in text:
                problems.append(f"{fw}: quote not in text")
            if not isinstance(f.get("value"), (int, float)):
                problems.append(f"{fw}: value {f.get('value')!r}")
            if f.get("unit") not in UNITS:
                problems.append(f"{fw}: unit {f.get('unit')}")
            if f.get("measure") not in MEASURES:
                problems.append(f"{fw}: measure {f.get('measure')}")
            if f.get("metric") not in METRICS:
                problems.append(f"{fw}: metric {f.get('metric')}")
            subjects = f.get("subjects")
            if not isinstance(subjects, list) or not all(SUBJECT.match(s) for s in subjects):
                problems.append(f"{fw}: subjects {subjects}")
            elif len(set(subjects)) != len(subjects):
                problems.append(f"{fw}: repeated subject")
            if f.get("period") is not None and not PERIOD.match(str(f["period"])):
                problems.append(f"{fw}: period {f['period']}")
            # a year next to a number word ("nearly doubled in 2010") is context, not the figure, unless the
            # figure is that very number ("over 1900 km")
            quote = f.get("quote", "")
            digits = bool(re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", quote))) or any(
                float(y) == f.get("value") for y in re.findall(r"\b(?:19|20)\d\d\b", quote))
            # ordinals in digits: English, French and Russian endings, Kazakh and Uzbek suffixes (`29-шы`, `3-nchi`)
            # and the Kazakh and Uzbek hyphen before the place noun (`28-орынды`, `3-o'rin`), which marks the ordinal
            ordinal = bool(re.search(r"\d(?:st|nd|rd|th|e|er|ème|è|-?(?:й|я|е|го|м|ю|ми|х|ым|ом)|-?(?:шы|ші|ыншы|інші|нчи|инчи|nchi|inchi))\b"
                                     r"|\d-(?:орын|o['‘’ʻ]?rin|ўрин)", f.get("quote", "")))
            if f.get("required") is not digits and not (ordinal and f.get("required") is False):
                problems.append(f"{fw}: required {f.get('required')} but the quote {'has' if f.get('required') is False else 'has no'} digits")
            if f.get("metric") in ("investment.total", "border.length", "exportban.items") and len(subjects or []) != 2:
                problems.append(f"{fw}: a bilateral metric takes two parties")
    return problems, len(docs)


def main():
    paths = [Path(p) for p in sys.argv[1:]] or sorted(HERE.glob("gold-*.jsonl"))
    bad = 0
    for path in paths:
        problems, ndocs = check(path)
        for p in problems:
            print(p)
        bad += len(problems)
        print(f"{path.name}: {ndocs} docs, {len(problems)} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
