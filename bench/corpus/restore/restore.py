#!/usr/bin/env python3
"""Bookkeeping for writing the corpus texts back by hand from the search tool's stored pages, when the machine has
no network (bench/corpus/README.md, "How the texts were made, and how to rebuild them").

The texts themselves are copied by people from search results; this script only keeps the lists straight:

  restore.py plan K                 split the gold lines over K people (test set first, then holdout, then dev;
                                    contiguous runs of one gold file, so that one search brings back neighbours)
                                    into WORK/assign-<k>.txt
  restore.py todo K [N]             person K's next N lines with no text yet: doc, url, query, quotes
  restore.py match URL [URL ...]    which search-result URLs are corpus articles, and whether each still needs its text
  restore.py save DOC [--force]     stdin: a title line, then one paragraph per line; writes the text (title, blank
                                    line, paragraphs) unless someone saved it already, and prints every quote not found
  restore.py status                 how many texts are present, by split

WORK (default /tmp/steppewatch-restore) holds the assignments. Texts go to bench/corpus/texts/, a test set's
("split": "test") to TEST_TEXTS (default /work/testset/texts), outside the repository, as the README says.
"""
import json, os, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("WORK", "/tmp/steppewatch-restore"))
TEST_TEXTS = Path(os.environ.get("TEST_TEXTS", "/work/testset/texts"))


def lines():
    out = []
    for gold in sorted(HERE.glob("gold-*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def text_path(g):
    return (TEST_TEXTS if g.get("split") == "test" else HERE / "texts") / g["doc"]


def bare(url):
    url = re.sub(r"^https?://", "", url.strip().lower())
    return re.sub(r"^www\.", "", url).split("#")[0].rstrip("/")


def plan(k):
    WORK.mkdir(parents=True, exist_ok=True)
    every = lines()
    tiers = [[g for g in every if g.get("split") == s] for s in ("test", "holdout", "dev")]
    parts = [[] for _ in range(k)]
    for tier in tiers:
        for i in range(k):
            parts[i] += tier[i * len(tier) // k:(i + 1) * len(tier) // k]
    for i, part in enumerate(parts, 1):
        (WORK / f"assign-{i}.txt").write_text("".join(g["doc"] + "\n" for g in part), encoding="utf-8")
    print(f"{len(every)} lines over {k} people: {[len(p) for p in parts]}")


def todo(k, n):
    by_doc = {g["doc"]: g for g in lines()}
    docs = (WORK / f"assign-{k}.txt").read_text(encoding="utf-8").split()
    left = [d for d in docs if not text_path(by_doc[d]).exists()]
    print(f"# person {k}: {len(docs) - len(left)} of {len(docs)} done, {len(left)} left")
    for d in left[:n]:
        g = by_doc[d]
        print(json.dumps(dict(doc=d, url=g["url"], query=g.get("query"), language=g["language"],
                              quotes=[f["quote"] for f in g["figures"]]), ensure_ascii=False))


def match(urls):
    by_url = {}
    for g in lines():
        by_url.setdefault(bare(g["url"]), []).append(g)
    for url in urls:
        for g in by_url.get(bare(url), []):
            print(f"{g['doc']}\t{'HAS TEXT' if text_path(g).exists() else 'MISSING'}\t{url}")


def save(doc, force):
    g = next((g for g in lines() if g["doc"] == doc), None)
    if g is None:
        sys.exit(f"unknown doc {doc}")
    paragraphs = [l.strip() for l in sys.stdin.read().replace("\r\n", "\n").split("\n") if l.strip()]
    if len(paragraphs) < 2:
        sys.exit("need a title line and at least one paragraph")
    text = paragraphs[0] + "\n\n" + "\n\n".join(paragraphs[1:]) + "\n"
    path = text_path(g)
    if path.exists() and not force:
        sys.exit(f"{doc}: someone saved it already; not overwritten (--force replaces your own)")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".tmp").write_text(text, encoding="utf-8")
    os.replace(path.with_suffix(".tmp"), path)
    missing = [f["quote"] for f in g["figures"] if f["quote"] not in text]
    print(f"{doc}: saved {len(text)} chars, {len(g['figures']) - len(missing)}/{len(g['figures'])} quotes found")
    for quote in missing:
        print("  NOT FOUND:", repr(quote))


def status():
    every = lines()
    present = [g for g in every if text_path(g).exists()]
    print(len(present), "of", len(every), dict(Counter(g.get("split") for g in present)))


if __name__ == "__main__":
    verb, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if verb == "plan":
        plan(int(args[0]))
    elif verb == "todo":
        todo(args[0], int(args[1]) if len(args) > 1 else 5)
    elif verb == "match":
        match(args)
    elif verb == "save":
        save(args[0], "--force" in args)
    elif verb == "status":
        status()
    else:
        sys.exit(__doc__)
