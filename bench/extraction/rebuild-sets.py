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

  bench/extraction/rebuild-sets.py --trafilatura GITDIR --scrapinghub GITDIR [--shared DIR]

GITDIR is a bare git directory of the repository (for example the snapshot the search tool's fetch brings).
"""
import argparse
import gzip
import hashlib
import json
import os
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trafilatura", help="git directory of adbar/trafilatura")
    parser.add_argument("--scrapinghub", help="git directory of scrapinghub/article-extraction-benchmark")
    parser.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared"),
                        help="the shared folder holding bench/article-extraction (default: ../shared)")
    parser.add_argument("--out", default=os.path.join(HERE, "sets"))
    args = parser.parse_args()
    if not args.trafilatura and not args.scrapinghub:
        parser.error("name at least one snapshot")
    if args.scrapinghub:
        scrapinghub(args.scrapinghub, args.shared, args.out)
    if args.trafilatura:
        trafilatura(args.trafilatura, args.out)


if __name__ == "__main__":
    main()
