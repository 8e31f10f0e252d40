#!/usr/bin/env python3
"""Rebuilds the extra extraction benchmark sets from fetched snapshots of their public repositories.

Nothing of these repositories is committed here: the pages belong to their publishers. This script copies
what the benchmark needs out of a local git snapshot into bench/extraction/sets/ (ignored by git):

  sets/scrapinghub-heldout/   the pages of scrapinghub/article-extraction-benchmark (MIT) that are NOT among
                              the 88 development pages of ../shared/bench/article-extraction, with their
                              ground truth. Held out: only ever scored, never used to tune.
  sets/trafilatura-dev/       half of the evaluation corpus of adbar/trafilatura's tests (Apache-2.0):
  sets/trafilatura-heldout/   990 pages, each annotated with text segments that must appear in the main text
                              and segments that must not. Split by a hash of the page's URL, so the split is
                              stable and has nothing to do with what the pages contain.
  sets/googlenews-dev/        L3S-GN1 (Kohlschuetter, Fankhauser, Nejdl, WSDM 2010): 621 English news articles
  sets/googlenews-heldout/    from 407 sites, Google News 2008, each assessed by hand block by block (headline,
                              full text, supplemental, related, comments, not content). Taken from the copy in
                              geodrome/page-signal (commit 186d815; the dataset's own licence: research use only,
                              L3S Research Center). Split by the same hash of the URL. Scored by shingles against
                              the full-text blocks (ground-truth.json); segments.json lists the same blocks as
                              "with" and the related, comment and not-content blocks as "without", for
                              segment_losses.py.
  sets/dragnet-dev/           dragnet_data (Moz, for the Dragnet extractor; Peters and Lecocq, WWW 2013): 1,381
  sets/dragnet-heldout/       news and blog pages of 2012, each with the article text cut and pasted by hand from the
                              page in a browser, comments apart after a marker line. Taken from the copy in
                              j-szulc/html-cleaning-dataset-merged (commit 46e01a0, folder dragnet_data; the data's
                              own licence: AGPL-3.0, seomoz/dragnet_data README), since seomoz/dragnet_data's own
                              snapshot lacks the HTML. No address comes with a page, so the split is by the same hash
                              of the page's file name. Scored by shingles against the article text (ground-truth.json);
                              segments.json lists its lines as "with" and the comment lines as "without".

  bench/extraction/rebuild-sets.py [--trafilatura GITDIR] [--scrapinghub GITDIR] [--googlenews GITDIR]
                                   [--dragnet GITDIR] [--shared DIR]

GITDIR is a bare git directory of the repository (for example the snapshot the search tool's fetch brings).
"""
import argparse
import gzip
import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def blob(gitdir, path):
    return git(gitdir, "show", f"HEAD:{path}")


def page_id(url):
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:20]


def in_dev(url):
    # One bit of a hash of the address: stable across runs and machines, blind to the content.
    return hashlib.sha256(("split:" + url).encode("utf-8")).digest()[0] % 2 == 0


def fresh(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(os.path.join(path, "html"))


def scrapinghub(gitdir, shared, out_root):
    shared_truth = os.path.join(shared, "bench", "article-extraction", "ground-truth.json")
    with open(shared_truth, encoding="utf-8") as f:
        seen = set(json.load(f))
    truth = json.loads(blob(gitdir, "ground-truth.json"))
    out = os.path.join(out_root, "scrapinghub-heldout")
    fresh(out)
    kept = {}
    for pid, item in sorted(truth.items()):
        if pid in seen:
            continue
        raw = blob(gitdir, f"html/{pid}.html.gz")
        with open(os.path.join(out, "html", f"{pid}.html.gz"), "wb") as f:
            f.write(raw)
        kept[pid] = item
    with open(os.path.join(out, "ground-truth.json"), "w", encoding="utf-8") as f:
        json.dump(kept, f, ensure_ascii=False, indent=1)
    licence = blob(gitdir, "LICENSE")
    with open(os.path.join(out, "LICENSE"), "wb") as f:
        f.write(licence)
    print(f"scrapinghub-heldout: {len(kept)} pages (of {len(truth)}; {len(truth) - len(kept)} are the shared dev pages)")


def trafilatura(gitdir, out_root):
    annotations = json.loads(blob(gitdir, "tests/evaldata.json"))
    listing = git(gitdir, "ls-tree", "-r", "--name-only", "-z", "HEAD", "tests/cache", "tests/eval")
    paths = {}
    for path in listing.decode("utf-8").split("\0"):
        if path:
            paths.setdefault(path.split("/", 2)[2], path)  # cache/ first, as the upstream scorer looks there first
    sets = {"trafilatura-dev": {}, "trafilatura-heldout": {}}
    for name in sets:
        fresh(os.path.join(out_root, name))
    for url, item in sorted(annotations.items()):
        path = paths.get(item["file"])
        if path is None:
            print(f"trafilatura: no page {item['file']} in the snapshot, skipped", file=sys.stderr)
            continue
        name = "trafilatura-dev" if in_dev(url) else "trafilatura-heldout"
        pid = page_id(url)
        with gzip.open(os.path.join(out_root, name, "html", f"{pid}.html.gz"), "wb") as f:
            f.write(blob(gitdir, path))
        sets[name][pid] = {"url": url, "with": item["with"], "without": item["without"]}
    for name, items in sets.items():
        with open(os.path.join(out_root, name, "segments.json"), "w", encoding="utf-8") as f:
            json.dump(items, f, ensure_ascii=False, indent=1)
        with open(os.path.join(out_root, name, "LICENSE"), "wb") as f:
            f.write(blob(gitdir, "LICENSE"))
        print(f"{name}: {len(items)} pages")


GOOGLENEWS = "L3S-GN1-20100130203947-00001"
# The assessors' labels, as classes of the <span> around each text block; headline and supplemental (captions) are
# neither article body nor boilerplate here, so they are left out of both lists.
FULL_TEXT, NOT_CONTENT = "x-nc-sel2", ("x-nc-sel0", "x-nc-sel4", "x-nc-sel5")
# A block shorter than this ("Home", "More") is too common to say anything when found or missed in a text.
SEGMENT_CHARS = 25


class LabelledBlocks(html.parser.HTMLParser):
    """The text blocks of an assessed page, each with the label of the innermost labelled <span> around it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.labels = []  # one entry per open <span>: its x-nc-sel class or None
        self.skip = 0
        self.blocks = []  # [label, text]

    def label(self):
        return next((l for l in reversed(self.labels) if l), None)

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "span":
            classes = (dict(attrs).get("class") or "").split()
            self.labels.append(next((c for c in classes if c.startswith("x-nc-sel")), None))
        if tag != "a":
            self.blocks.append([self.label(), ""])  # any tag but a link ends a block

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag == "span" and self.labels:
            self.labels.pop()
        if tag != "a":
            self.blocks.append([self.label(), ""])

    def handle_data(self, data):
        if not self.skip:
            if not self.blocks:
                self.blocks.append([self.label(), ""])
            self.blocks[-1][1] += data


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def googlenews(gitdir, out_root):
    urls = {}
    for line in blob(gitdir, f"{GOOGLENEWS}/url-mapping.txt").decode("utf-8").splitlines():
        if line.strip():
            urn, url = line.split("\t", 1)
            urls[urn.strip("<>").removeprefix("urn:uuid:")] = url.strip()
    sets = {"googlenews-dev": ({}, {}), "googlenews-heldout": ({}, {})}
    for name in sets:
        fresh(os.path.join(out_root, name))
    for uuid, url in sorted(urls.items()):
        parser = LabelledBlocks()
        parser.feed(blob(gitdir, f"{GOOGLENEWS}/annotated/{uuid}.html").decode("utf-8", "replace"))
        parser.close()
        blocks = [(label, collapse(text)) for label, text in parser.blocks if collapse(text)]
        body = [text for label, text in blocks if label == FULL_TEXT]
        if not body:
            print(f"googlenews: {uuid} has no full-text block, skipped", file=sys.stderr)
            continue
        name = "googlenews-dev" if in_dev(url) else "googlenews-heldout"
        pid = page_id(url)
        # The conversion stored every page as UTF-8 but left the pages' own charset declarations (often
        # ISO-8859-1); a byte-order mark says what the bytes are, as a server's header would.
        with gzip.open(os.path.join(out_root, name, "html", f"{pid}.html.gz"), "wb") as f:
            f.write(b"\xef\xbb\xbf" + blob(gitdir, f"{GOOGLENEWS}/original/{uuid}.html"))
        joined = "\n".join(body)
        with_ = [t for t in body if len(t) >= SEGMENT_CHARS]
        without = sorted({t for label, t in blocks
                          if label in NOT_CONTENT and len(t) >= SEGMENT_CHARS and t not in joined})
        truth, segments = sets[name]
        truth[pid] = {"url": url, "articleBody": joined}
        segments[pid] = {"url": url, "with": with_, "without": without}
    for name, (truth, segments) in sets.items():
        for file, items in (("ground-truth.json", truth), ("segments.json", segments)):
            with open(os.path.join(out_root, name, file), "w", encoding="utf-8") as f:
                json.dump(items, f, ensure_ascii=False, indent=1)
        with open(os.path.join(out_root, name, "LICENSE"), "wb") as f:
            f.write(blob(gitdir, f"{GOOGLENEWS}/Readme-L3S-GN1.txt"))
        print(f"{name}: {len(truth)} pages")


DRAGNET = "dragnet_data"
DRAGNET_COMMENTS = "!@#$%^&*()  COMMENTS"


def text_of(raw):
    # Most gold files are UTF-8; some were saved as UTF-16 (with a byte-order mark), a few as Windows-1252.
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def dragnet(gitdir, out_root):
    listing = git(gitdir, "ls-tree", "-r", "--name-only", "-z", "HEAD", f"{DRAGNET}/input")
    sets = {"dragnet-dev": ({}, {}), "dragnet-heldout": ({}, {})}
    for name in sets:
        fresh(os.path.join(out_root, name))
    for path in sorted(p for p in listing.decode("utf-8").split("\0") if p.endswith(".html")):
        stem = os.path.basename(path).removesuffix(".html")
        gold = text_of(blob(gitdir, f"{DRAGNET}/GoldStandard/{stem}.txt"))
        article, _, comments = gold.partition(DRAGNET_COMMENTS)
        lines = [collapse(line) for line in article.splitlines() if collapse(line)]
        if not lines:
            print(f"dragnet: {stem} has no article text, skipped", file=sys.stderr)
            continue
        key = f"dragnet:{stem}"
        name = "dragnet-dev" if in_dev(key) else "dragnet-heldout"
        pid = page_id(key)
        with gzip.open(os.path.join(out_root, name, "html", f"{pid}.html.gz"), "wb") as f:
            f.write(blob(gitdir, path))
        joined = "\n".join(lines)
        without = sorted({t for t in (collapse(line) for line in comments.splitlines())
                          if len(t) >= SEGMENT_CHARS and t not in joined})
        truth, segments = sets[name]
        truth[pid] = {"url": key, "articleBody": joined}
        segments[pid] = {"url": key, "with": [t for t in lines if len(t) >= SEGMENT_CHARS], "without": without}
    for name, (truth, segments) in sets.items():
        for file, items in (("ground-truth.json", truth), ("segments.json", segments)):
            with open(os.path.join(out_root, name, file), "w", encoding="utf-8") as f:
                json.dump(items, f, ensure_ascii=False, indent=1)
        with open(os.path.join(out_root, name, "LICENSE"), "w", encoding="utf-8") as f:
            f.write("dragnet_data: AGPL-3.0 (https://github.com/seomoz/dragnet_data, README); this copy from\n"
                    "j-szulc/html-cleaning-dataset-merged, folder dragnet_data.\n")
        print(f"{name}: {len(truth)} pages")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trafilatura", help="git directory of adbar/trafilatura")
    parser.add_argument("--scrapinghub", help="git directory of scrapinghub/article-extraction-benchmark")
    parser.add_argument("--googlenews", help="git directory of geodrome/page-signal (holds L3S-GN1)")
    parser.add_argument("--dragnet", help="git directory of j-szulc/html-cleaning-dataset-merged (holds dragnet_data)")
    parser.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared"),
                        help="the shared folder holding bench/article-extraction (default: ../shared)")
    parser.add_argument("--out", default=os.path.join(HERE, "sets"))
    args = parser.parse_args()
    if not (args.trafilatura or args.scrapinghub or args.googlenews or args.dragnet):
        parser.error("name at least one snapshot")
    if args.scrapinghub:
        scrapinghub(args.scrapinghub, args.shared, args.out)
    if args.trafilatura:
        trafilatura(args.trafilatura, args.out)
    if args.googlenews:
        googlenews(args.googlenews, args.out)
    if args.dragnet:
        dragnet(args.dragnet, args.out)


if __name__ == "__main__":
    main()
