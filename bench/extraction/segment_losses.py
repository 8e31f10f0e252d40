#!/usr/bin/env python3
"""Lists what the extractor loses on a segment-annotated set, page by page, worst pages first.

For each page: the "with" segments missing from the extracted text (lost recall) and the "without" segments present
in it (lost precision). A missing segment that the page also gives as its title, its headline (<h1>) or its meta
description is marked [head]: the headline or the standfirst, which the 88 development pages' annotators leave out
of the article and trafilatura's annotators put in, so the two sets disagree on it. The mark is a hint, not a
verdict: a description often repeats the body's first sentence too, so a [head] segment may also be a lost opening.
`--no-head` leaves those out, so that what remains are the losses worth grouping into classes.

  segment_losses.py SETDIR PREDICTION [--no-head] [--summary]
  (SETDIR holds segments.json and html/; PREDICTION is {id: {"articleBody": text}}, as run.sh writes it under
   services/ingester/target/extraction-bench/)

Only for the sets we tune on: it refuses a held-out set, whose pages are scored and never studied.
"""
import argparse
import gzip
import html
import json
import os
import re
import sys

SPACE = re.compile(r"\s+")
TAG = re.compile(r"<[^>]+>")
CHARSET = re.compile(rb"""charset=["']?([A-Za-z0-9_-]+)""", re.I)
TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
HEADLINE = re.compile(r"<h1[^>]*>(.*?)</h1>", re.I | re.S)
META = re.compile(r"<meta\b[^>]*>", re.I)
META_NAME = re.compile(r"""(?:name|property)\s*=\s*["']?(description|og:description|twitter:description|og:title"""
                       r"""|twitter:title)["'\s>]""", re.I)
META_CONTENT = re.compile(r"""content\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I | re.S)


def collapse(text):
    return SPACE.sub(" ", text).strip()


def read_page(path):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    found = CHARSET.search(raw[:4096])
    encoding = found.group(1).decode("ascii") if found else "utf-8"
    try:
        return raw.decode(encoding, errors="replace")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


def head_texts(page):
    """The page's title, headlines and meta descriptions, as plain collapsed text."""
    texts = [m.group(1) for m in TITLE.finditer(page)] + [m.group(1) for m in HEADLINE.finditer(page)]
    for meta in META.finditer(page):
        tag = meta.group(0)
        if META_NAME.search(tag):
            content = META_CONTENT.search(tag)
            if content:
                texts.append(content.group(1) if content.group(1) is not None else content.group(2))
    return [collapse(html.unescape(TAG.sub(" ", text))) for text in texts]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("setdir")
    parser.add_argument("prediction")
    parser.add_argument("--no-head", action="store_true", help="leave out missing headlines and standfirsts")
    parser.add_argument("--summary", action="store_true", help="only the counts")
    args = parser.parse_args()
    if "heldout" in os.path.basename(os.path.normpath(args.setdir)):
        sys.exit("segment_losses.py: a held-out set is scored, never studied page by page")
    with open(os.path.join(args.setdir, "segments.json"), encoding="utf-8") as f:
        truth = json.load(f)
    with open(args.prediction, encoding="utf-8") as f:
        prediction = json.load(f)

    pages = []
    missed = missed_head = leaked = 0
    for pid, item in truth.items():
        text = collapse(prediction.get(pid, {}).get("articleBody") or "")
        lost = [collapse(s) for s in item["with"] if collapse(s) not in text]
        extra = [collapse(s) for s in item["without"] if collapse(s) in text]
        if not lost and not extra:
            continue
        heads = []
        if lost:
            page = os.path.join(args.setdir, "html", pid + ".html.gz")
            heads = head_texts(read_page(page)) if os.path.exists(page) else []
        rows = []
        for segment in lost:
            head = any(segment in h for h in heads)
            missed += 1
            missed_head += head
            if not (head and args.no_head):
                rows.append(("head" if head else "miss", segment))
        rows += [("leak", segment) for segment in extra]
        leaked += len(extra)
        if rows:
            pages.append((len(rows), item.get("url", ""), pid, rows))

    if not args.summary:
        for count, url, pid, rows in sorted(pages, key=lambda p: (-p[0], p[1])):
            print(f"{count}  {pid}  {url}")
            for kind, segment in rows:
                print(f"     [{kind}] {segment[:150]}")
    print(f"missing 'with' segments: {missed} (title, headline or description: {missed_head}); "
          f"present 'without' segments: {leaked}; pages listed: {len(pages)}")


if __name__ == "__main__":
    main()
