#!/usr/bin/env python3
"""Lists what the extractor loses on a segment-annotated set, page by page, worst pages first.

For each page: the "with" segments missing from the extracted text (lost recall) and the "without" segments present
in it (lost precision). A missing segment that the page also gives as its title, its headline (<h1>) or its meta
description is marked [head]: the headline or the standfirst, which the 88 development pages' annotators leave out
of the article and trafilatura's annotators put in, so the two sets disagree on it. The mark is a hint, not a
verdict: a description often repeats the body's first sentence too, so a [head] segment may also be a lost opening.
`--no-head` leaves those out, so that what remains are the losses worth grouping into classes.

`--place` also says where each missing segment sits in the page's text (markup, scripts and styles taken out) against
the text kept: [open] before the first kept paragraph (a lost opening or standfirst), [mid] between kept paragraphs
(the article trimmed), [end] after the last one (the article cut short, or the wrong block), [none] nowhere in that
text (only in a script, an attribute or split by markup), [all] on a page whose text kept nothing. The summary then
counts segments and pages by place.

`--spacing` asks whether a missing segment is a matter of how the text was joined or split rather than which text was
kept: [spacing] when the segment is in the kept text once all white space is ignored on both sides (a line break or
a list item's gap where the page runs on, or words run together where the page parts them), [letters] when it is there
once only letters and digits count (punctuation or a symbol rendered otherwise). The summary counts both.

  segment_losses.py SETDIR PREDICTION [--no-head] [--summary] [--place] [--spacing]
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
SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
# A kept paragraph this long is told apart from the page's other text by its first and last words.
PLACE_PARAGRAPH_CHARS = 30
PLACE_KEY_CHARS = 40
CHARSET = re.compile(rb"""charset=["']?([A-Za-z0-9_-]+)""", re.I)
TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
HEADLINE = re.compile(r"<h1[^>]*>(.*?)</h1>", re.I | re.S)
META = re.compile(r"<meta\b[^>]*>", re.I)
META_NAME = re.compile(r"""(?:name|property)\s*=\s*["']?(description|og:description|twitter:description|og:title"""
                       r"""|twitter:title)["'\s>]""", re.I)
META_CONTENT = re.compile(r"""content\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I | re.S)


def collapse(text):
    return SPACE.sub(" ", text).strip()


def letters(text):
    return "".join(c for c in text.lower() if c.isalnum())


def spacing(segment, kept_unspaced, kept_letters):
    """Whether a missing segment is in the kept text once white space, or all but letters and digits, is ignored."""
    if SPACE.sub("", segment) in kept_unspaced:
        return "spacing"
    if letters(segment) and letters(segment) in kept_letters:
        return "letters"
    return None


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


def place(segment, page_text, kept):
    """Where a missing segment sits in the page's text against the kept paragraphs (see the module's notes)."""
    at = page_text.find(segment)
    if at < 0:
        return "none"
    paragraphs = [p for p in (collapse(line) for line in kept.split("\n")) if len(p) >= PLACE_PARAGRAPH_CHARS]
    starts = [page_text.find(p[:PLACE_KEY_CHARS]) for p in paragraphs]
    ends = [page_text.rfind(p[-PLACE_KEY_CHARS:]) for p in paragraphs]
    starts = [i for i in starts if i >= 0]
    ends = [i for i in ends if i >= 0]
    if not starts or not ends:
        return "all"
    if at < min(starts):
        return "open"
    if at > max(ends):
        return "end"
    return "mid"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("setdir")
    parser.add_argument("prediction")
    parser.add_argument("--no-head", action="store_true", help="leave out missing headlines and standfirsts")
    parser.add_argument("--summary", action="store_true", help="only the counts")
    parser.add_argument("--place", action="store_true", help="where each missing segment sits against the kept text")
    parser.add_argument("--spacing", action="store_true",
                        help="mark missing segments found once white space or punctuation is ignored")
    args = parser.parse_args()
    if "heldout" in os.path.basename(os.path.normpath(args.setdir)):
        sys.exit("segment_losses.py: a held-out set is scored, never studied page by page")
    with open(os.path.join(args.setdir, "segments.json"), encoding="utf-8") as f:
        truth = json.load(f)
    with open(args.prediction, encoding="utf-8") as f:
        prediction = json.load(f)

    pages = []
    missed = missed_head = leaked = 0
    places = {}  # place -> [segments, pages]
    spaced = {"spacing": 0, "letters": 0}
    for pid, item in truth.items():
        text = collapse(prediction.get(pid, {}).get("articleBody") or "")
        lost = [collapse(s) for s in item["with"] if collapse(s) not in text]
        extra = [collapse(s) for s in item["without"] if collapse(s) in text]
        if not lost and not extra:
            continue
        heads = []
        page_text = ""
        if lost:
            page = os.path.join(args.setdir, "html", pid + ".html.gz")
            source = read_page(page) if os.path.exists(page) else ""
            heads = head_texts(source)
            if args.place:
                page_text = collapse(html.unescape(TAG.sub(" ", SCRIPT.sub(" ", source))))
        rows = []
        seen_places = set()
        kept = prediction.get(pid, {}).get("articleBody") or ""
        kept_unspaced = SPACE.sub("", kept) if args.spacing else ""
        kept_letters = letters(kept) if args.spacing else ""
        for segment in lost:
            head = any(segment in h for h in heads)
            missed += 1
            missed_head += head
            if not (head and args.no_head):
                kind = "head" if head else "miss"
                if args.place:
                    where = place(segment, page_text, kept)
                    kind += " " + where
                    counts = places.setdefault(where, [0, 0])
                    counts[0] += 1
                    if where not in seen_places:
                        seen_places.add(where)
                        counts[1] += 1
                if args.spacing:
                    join = spacing(segment, kept_unspaced, kept_letters)
                    if join:
                        kind += " " + join
                        spaced[join] += 1
                rows.append((kind, segment))
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
    if args.place:
        listed = "missing segments listed" + (" (no title, headline or description)" if args.no_head else "")
        print(f"{listed}, by place (segments / pages): "
              + ", ".join(f"{where} {counts[0]} / {counts[1]}" for where, counts in sorted(places.items())))
    if args.spacing:
        print(f"missing segments in the kept text once white space is ignored: {spaced['spacing']}; "
              f"once only letters and digits count: {spaced['letters']}")


if __name__ == "__main__":
    main()
