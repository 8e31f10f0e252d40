#!/usr/bin/env python3
"""The open corpus: real news texts that a script can rebuild from openly licensed benchmark data.

The labelled corpus (`gold-a` .. `gold-zu`) needs article texts that cannot be rebuilt on a machine without
network. These texts can: they are the hand-made article bodies of two public extraction benchmarks, which
`bench/extraction/rebuild-sets.py` brings in from their repositories (and `../shared/bench` holds 88 of):
  sh   scrapinghub/article-extraction-benchmark (MIT): the 88 pages of ../shared/bench/article-extraction
       and the 93 of bench/extraction/sets/scrapinghub-heldout;
  dn   dragnet_data (AGPL-3.0): bench/extraction/sets/dragnet-dev and dragnet-heldout.
They are English news and blog pages, mostly not about Central Asia: they measure how the analysis reads
figures (values, units, measures, metrics, periods, subjects) in real writing it was never tuned on.

  open_texts.py select        list the candidates, in a fixed order (a hash of the page id), with how many
                              figures with a unit each seems to hold; pages with fewer than 3 are left out
  open_texts.py build         write bench/corpus/texts/<doc> for every doc of gold-open*.jsonl (and, with
                              --all, for every candidate), as "title, blank line, body"

A doc's name says where it comes from: `o-en-sh-<page id>.txt`, `o-en-dn-<page id>.txt`. Nothing here is
committed but this script and the labels; the texts are ignored like the other corpus texts.
"""
import argparse
import gzip
import hashlib
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SETS = REPO / "bench" / "extraction" / "sets"
SHARED = REPO.parent / "shared" / "bench" / "article-extraction"

SOURCES = {  # source code -> folders holding ground-truth.json and html/<id>.html.gz
    "sh": [SHARED, SETS / "scrapinghub-heldout"],
    "dn": [SETS / "dragnet-dev", SETS / "dragnet-heldout"],
}
LICENCES = {"sh": "scrapinghub/article-extraction-benchmark (MIT)", "dn": "seomoz/dragnet_data (AGPL-3.0)"}
UNIT_FIGURE = re.compile(
    r"\d[\d,.]*\s*(?:%|percent|per cent|billion|million|trillion|tonnes|tons|barrels|km|kilometres|kilometers|"
    r"miles|bn|mln|TEU|cubic)", re.I)
TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def pages():
    """Yields (source, page id, folder, ground-truth entry) for every page of every source present."""
    for source, folders in SOURCES.items():
        for folder in folders:
            truth = folder / "ground-truth.json"
            if not truth.exists():
                print(f"absent: {truth} (rebuild it with bench/extraction/rebuild-sets.py)", file=sys.stderr)
                continue
            for page_id, entry in json.loads(truth.read_text(encoding="utf-8")).items():
                yield source, page_id, folder, entry


def doc_name(source, page_id):
    return f"o-en-{source}-{page_id}.txt"


def title_of(folder, page_id):
    path = folder / "html" / f"{page_id}.html.gz"
    if not path.exists():
        return None
    raw = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    found = TITLE.search(raw)
    return " ".join(html.unescape(found.group(1)).split()) if found else None


def text_of(folder, page_id, entry):
    body = "\n".join(line.strip() for line in (entry.get("articleBody") or "").splitlines())
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    title = title_of(folder, page_id) or body.split("\n", 1)[0][:200]
    return f"{title.strip() or 'Untitled'}\n\n{body}\n"


def order_key(source, page_id):
    return hashlib.sha1(f"{source}:{page_id}".encode()).hexdigest()


def select(args):
    rows = []
    for source, page_id, folder, entry in pages():
        body = entry.get("articleBody") or ""
        figures = len(UNIT_FIGURE.findall(body))
        if figures >= 3:
            rows.append((order_key(source, page_id), doc_name(source, page_id), figures, entry.get("url", "")))
    for _, doc, figures, url in sorted(rows):
        print(f"{doc}\t{figures}\t{url}")
    print(f"{len(rows)} candidates", file=sys.stderr)


def build(args):
    wanted = set()
    for gold in sorted(HERE.glob("gold-open*.jsonl")):
        wanted |= {json.loads(l)["doc"] for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()}
    out = HERE / "texts"
    out.mkdir(exist_ok=True)
    written = 0
    for source, page_id, folder, entry in pages():
        doc = doc_name(source, page_id)
        if doc in wanted or (args.all and len(UNIT_FIGURE.findall(entry.get("articleBody") or "")) >= 3):
            (out / doc).write_text(text_of(folder, page_id, entry), encoding="utf-8")
            wanted.discard(doc)
            written += 1
    print(f"wrote {written} texts to {out}; {len(wanted)} labelled docs without a source page here")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("select")
    b = sub.add_parser("build")
    b.add_argument("--all", action="store_true", help="also every candidate, labelled or not")
    args = ap.parse_args()
    {"select": select, "build": build}[args.command](args)


if __name__ == "__main__":
    main()
