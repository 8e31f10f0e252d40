#!/usr/bin/env python3
"""The open corpus: real news texts that a script can rebuild from openly licensed benchmark data.

The labelled corpus (`gold-a` .. `gold-zu`) needs article texts that cannot be rebuilt on a machine without
network. These texts can: they are the hand-made article bodies of two public extraction benchmarks, which
`bench/extraction/rebuild-sets.py` brings in from their repositories (and `../shared/bench` holds 88 of):
  sh   scrapinghub/article-extraction-benchmark (MIT): the 88 pages of ../shared/bench/article-extraction
       and the 93 of bench/extraction/sets/scrapinghub-heldout;
  dn   dragnet_data (AGPL-3.0): bench/extraction/sets/dragnet-dev and dragnet-heldout.
  fr   factRuEval-2016 (dialogue-evaluation/factRuEval-2016, MIT; its texts come from Russian Wikinews and
       Chastny Korrespondent, both published under CC BY): 254 Russian news texts of 2010-2014 without titles or
       dates, copied by `import-ru GITDIR` from a git snapshot of that repository into sets/factrueval/ (ignored).
  ws   WikinewsSum (airKlizz/WikinewsSum, MIT): the English news pages that 101 English Wikinews articles of
       2004-2005 cite as their sources, as the dataset's authors extracted them (title, URL, main text); 209 pages
       from 137 sites (BBC, Reuters, CNN, agencies, papers of several countries). The texts belong to
       their publishers: `import-wns GITDIR` copies them from a git snapshot into sets/wikinewssum/ (ignored).
  nr   NEREL (nerel-ds/NEREL, an entity and relation dataset; its 828 texts are Russian Wikinews articles of
       2010-2021, CC BY 2.5): headline, then body, no date. `import-nerel GITDIR` copies them into sets/nerel/
       (ignored). Candidates are the texts with a figure and a unit, and every text naming a country of the region.
  wk   the French Wikinews keyphrase corpus (Bougouin, Boudin, Daille 2013; boudinfl/wikinews-2013-pre, Apache-2.0,
       ships it as a zip of 100 pages; Wikinews texts are CC BY 2.5): 100 French Wikinews articles of May-December
       2012, each opening with its date. `import-wk GITDIR` writes their title and paragraphs to sets/wikinews-fr/
       (ignored). Every one is a candidate.
The English ones are news and blog pages, mostly not about Central Asia; the Russian ones are Russian and world news.
They measure how the analysis reads figures (values, units, measures, metrics, periods, subjects) in real writing it
was never tuned on.

  open_texts.py select        list the candidates, in a fixed order (English, then Russian; each by a hash of
                              the page id), with how many figures with a unit each seems to hold; an English page
                              with fewer than 3 is left out, a Russian text with fewer than 2 (with --all: listed
                              after the others, so that all 254 Russian texts are candidates, and then every
                              WikinewsSum page, then the NEREL texts with at least one such figure or a
                              name of the region)
  open_texts.py import-ru GITDIR
                              copy the factRuEval texts (devset/ and testset/) of a bare git directory into
                              sets/factrueval/ (GITDIR: for example the snapshot the search tool's fetch brings)
  open_texts.py import-wns GITDIR
                              copy the WikinewsSum source pages (the dataset file of commit WNS_COMMIT, removed
                              from the repository later) into sets/wikinewssum/sources.jsonl: candidates 432 on,
                              every page, in the order of a hash of its URL
  open_texts.py import-nerel GITDIR
                              copy the NEREL texts (NEREL-v1.1, every split) into sets/nerel/: candidates 641 on
  open_texts.py import-wk GITDIR
                              copy the 100 French Wikinews texts into sets/wikinews-fr/: candidates 875 on
  open_texts.py build         write bench/corpus/texts/<doc> for every doc of gold-open*.jsonl (and, with
                              --all, for every candidate), as "title, blank line, body"

A doc's name says where it comes from: `o-en-sh-<page id>.txt`, `o-en-dn-<page id>.txt`, `o-ru-fr-<book id>.txt`,
`o-en-ws-<hash of the URL>.txt`, `o-ru-nr-<NEREL id>.txt`, `o-fr-wk-<Wikinews id>.txt` (a Russian text's title is its first paragraph when that is one short line, else blank). Nothing here is
committed but this script and the labels; the texts are ignored like the other corpus texts.
"""
import argparse
import gzip
import hashlib
import html
import html.parser
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SETS = REPO / "bench" / "extraction" / "sets"
SHARED = REPO.parent / "shared" / "bench" / "article-extraction"
FACTRUEVAL = HERE / "sets" / "factrueval"
WIKINEWSSUM = HERE / "sets" / "wikinewssum" / "sources.jsonl"
NEREL = HERE / "sets" / "nerel"
WIKINEWS_FR = HERE / "sets" / "wikinews-fr"
WK_ZIP = "src/WikinewsKeyphraseCorpus-master.zip"
# The dataset file was deleted from the repository's tip; this commit still holds it.
WNS_COMMIT = "1d985031625909c908766812e8a18d0c88116ec8"

SOURCES = {  # source code -> folders holding ground-truth.json and html/<id>.html.gz
    "sh": [SHARED, SETS / "scrapinghub-heldout"],
    "dn": [SETS / "dragnet-dev", SETS / "dragnet-heldout"],
}
LICENCES = {"sh": "scrapinghub/article-extraction-benchmark (MIT)", "dn": "seomoz/dragnet_data (AGPL-3.0)",
            "fr": "dialogue-evaluation/factRuEval-2016 (MIT; texts CC BY)",
            "ws": "airKlizz/WikinewsSum (MIT; texts their publishers')",
            "nr": "nerel-ds/NEREL (texts Russian Wikinews, CC BY 2.5)",
            "wk": "boudinfl/wikinews-2013-pre (Apache-2.0; texts French Wikinews, CC BY 2.5)"}
UNIT_FIGURE = re.compile(
    r"\d[\d,.]*\s*(?:%|percent|per cent|billion|million|trillion|tonnes|tons|barrels|km|kilometres|kilometers|"
    r"miles|bn|mln|TEU|cubic)", re.I)
# The Russian list has the same kinds of words (shares, scales, money, mass, distance, volume). Russian texts are
# short (2,100 characters on average), so two such numbers make a candidate there.
UNIT_FIGURE_RU = re.compile(
    r"\d[\d,.]*\s*(?:%|процент|млрд|млн|миллиард|миллион|трлн|триллион|тыс|тонн|баррел|км|километр|кубометр|"
    r"кубическ|руб|доллар|долл|евро)", re.I)
MIN_FIGURES = {"sh": 3, "dn": 3, "fr": 2, "ws": 0, "nr": 1, "wk": 0}
REGION_RU = re.compile(r"казахстан|узбекистан|киргиз|кыргыз|таджик|туркмен", re.I)
TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def pages():
    """Yields (source, page id, folder, ground-truth entry) for every page of every source present; a Russian
    text's entry has its text as `articleBody` and no title."""
    for source, folders in SOURCES.items():
        for folder in folders:
            truth = folder / "ground-truth.json"
            if not truth.exists():
                print(f"absent: {truth} (rebuild it with bench/extraction/rebuild-sets.py)", file=sys.stderr)
                continue
            for page_id, entry in json.loads(truth.read_text(encoding="utf-8")).items():
                yield source, page_id, folder, entry
    if not FACTRUEVAL.is_dir():
        print(f"absent: {FACTRUEVAL} (bring it in with open_texts.py import-ru GITDIR)", file=sys.stderr)
        return
    for path in sorted(FACTRUEVAL.glob("book_*.txt")):
        yield "fr", path.stem.removeprefix("book_"), FACTRUEVAL, {"articleBody": path.read_text(encoding="utf-8")}
    if not WIKINEWSSUM.exists():
        print(f"absent: {WIKINEWSSUM} (bring it in with open_texts.py import-wns GITDIR)", file=sys.stderr)
        return
    for line in WIKINEWSSUM.read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        yield "ws", page["id"], WIKINEWSSUM.parent, page
    if not NEREL.is_dir():
        print(f"absent: {NEREL} (bring it in with open_texts.py import-nerel GITDIR)", file=sys.stderr)
        return
    for path in sorted(NEREL.glob("*.txt")):
        yield "nr", path.stem, NEREL, {"articleBody": path.read_text(encoding="utf-8")}
    if not WIKINEWS_FR.is_dir():
        print(f"absent: {WIKINEWS_FR} (bring it in with open_texts.py import-wk GITDIR)", file=sys.stderr)
        return
    for path in sorted(WIKINEWS_FR.glob("*.txt")):
        yield "wk", path.stem, WIKINEWS_FR, {"articleBody": path.read_text(encoding="utf-8")}


def figures_in(source, body):
    found = len((UNIT_FIGURE_RU if source in ("fr", "nr") else UNIT_FIGURE).findall(body))
    # A NEREL text naming the region is a candidate whatever it holds.
    return max(found, 1) if source == "nr" and REGION_RU.search(body) else found


def doc_name(source, page_id):
    language = {"fr": "ru", "nr": "ru", "wk": "fr"}.get(source, "en")
    return f"o-{language}-{source}-{page_id}.txt"


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
    if folder == FACTRUEVAL:
        # No title comes with these texts, but many open with their headline as a paragraph of its own: a first
        # paragraph of one short line is taken as the title; otherwise the title line stays blank.
        first, _, rest = body.partition("\n\n")
        if rest and "\n" not in first and len(first) <= 150:
            return f"{first}\n\n{rest}\n"
        return f"\n\n{body}\n"
    if folder in (NEREL, WIKINEWS_FR):
        # A NEREL text's first line is its headline; so is a French Wikinews text's, as import-wk writes it.
        first, _, rest = body.partition("\n")
        return f"{first.strip()}\n\n{rest.strip()}\n"
    title = entry.get("title") if folder == WIKINEWSSUM.parent else title_of(folder, page_id)
    title = title or body.split("\n", 1)[0][:200]
    return f"{title.strip() or 'Untitled'}\n\n{body}\n"


GROUPS = {"sh": 0, "dn": 0, "fr": 1, "ws": 2, "nr": 3, "wk": 4}


def order_key(source, page_id):
    return hashlib.sha1(f"{source}:{page_id}".encode()).hexdigest()


def select(args):
    rows = []
    for source, page_id, folder, entry in pages():
        figures = figures_in(source, entry.get("articleBody") or "")
        fewer = figures < MIN_FIGURES[source]
        if (not fewer and source not in ("ws", "nr", "wk")) or (args.all and (source in ("fr", "ws") or not fewer)):
            rows.append((GROUPS[source], fewer, order_key(source, page_id), doc_name(source, page_id), figures,
                         entry.get("url", "") or {"nr": f"NEREL:{page_id}", "wk": f"WikinewsKeyphraseCorpus:{page_id}"}.get(
                             source, f"factRuEval:book_{page_id}")))
    # The Russian texts come after the first English ones, and with --all the Russian texts with fewer figures
    # after those; then the WikinewsSum pages, NEREL's, French Wikinews': every candidate keeps the number its label
    # cites.
    for _, _, _, doc, figures, url in sorted(rows):
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
        if doc in wanted or (args.all and figures_in(source, entry.get("articleBody") or "") >= MIN_FIGURES[source]):
            (out / doc).write_text(text_of(folder, page_id, entry), encoding="utf-8")
            wanted.discard(doc)
            written += 1
    print(f"wrote {written} texts to {out}; {len(wanted)} labelled docs without a source page here")


def copy_from_git(gitdir, pattern, folder, file_name):
    """Copies every file of a bare git directory's tip whose path matches `pattern` into `folder`, under the name
    `file_name(path)` gives it; returns how many."""
    names = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "-r", "--name-only", "HEAD"],
                           check=True, capture_output=True, text=True).stdout.split()
    wanted = [n for n in names if re.fullmatch(pattern, n)]
    folder.mkdir(parents=True, exist_ok=True)
    for name in wanted:
        text = subprocess.run(["git", "--git-dir", gitdir, "show", f"HEAD:{name}"],
                              check=True, capture_output=True).stdout.decode("utf-8")
        (folder / file_name(name)).write_text(text, encoding="utf-8")
    return len(wanted)


def import_ru(args):
    """Copies devset/book_*.txt and testset/book_*.txt of the factRuEval snapshot into sets/factrueval/."""
    count = copy_from_git(args.gitdir, r"(devset|testset)/book_\d+\.txt", FACTRUEVAL, lambda n: n.split("/")[-1])
    print(f"copied {count} texts into {FACTRUEVAL}")


def import_wns(args):
    """Writes the English source pages of WikinewsSum's dataset file, once each, to sets/wikinewssum/."""
    raw = subprocess.run(["git", "--git-dir", args.gitdir, "show", f"{WNS_COMMIT}:endataset.json"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    pages_by_url = {}
    for line in raw.splitlines():
        if line.strip():
            for src in json.loads(line)["sources"]:
                if src.get("language") == "en" and (src.get("maintext") or "").strip():
                    pages_by_url.setdefault(src["url"], src)
    WIKINEWSSUM.parent.mkdir(parents=True, exist_ok=True)
    with WIKINEWSSUM.open("w", encoding="utf-8") as out:
        for url, src in sorted(pages_by_url.items()):
            page = {"id": hashlib.sha1(url.encode()).hexdigest()[:12], "url": url, "title": src.get("title") or "",
                    "articleBody": src["maintext"]}
            out.write(json.dumps(page, ensure_ascii=False) + "\n")
    print(f"wrote {len(pages_by_url)} pages to {WIKINEWSSUM}")


def import_nerel(args):
    """Copies every NEREL-v1.1 text (train, dev and test) of a bare git directory into sets/nerel/<id>.txt."""
    count = copy_from_git(args.gitdir, r"NEREL-v1\.1/(train|dev|test)/\d+_text\.txt", NEREL,
                          lambda n: n.split("/")[-1].removesuffix("_text.txt") + ".txt")
    print(f"copied {count} texts into {NEREL}")


class _Paragraphs(html.parser.HTMLParser):
    """The title and the text of each <p> of a French Wikinews page as the keyphrase corpus saved it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.paragraphs, self._in = "", [], None

    def handle_starttag(self, tag, attrs):
        if tag in ("title", "p"):
            self._in = tag
            if tag == "p":
                self.paragraphs.append("")

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "p":
            self.paragraphs[-1] += data


def import_wk(args):
    """Writes each page of the keyphrase corpus's zip (in the snapshot's tip) as "title, blank line, paragraphs"."""
    raw = subprocess.run(["git", "--git-dir", args.gitdir, "show", f"HEAD:{WK_ZIP}"],
                         check=True, capture_output=True).stdout
    WIKINEWS_FR.mkdir(parents=True, exist_ok=True)
    count = 0
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for name in archive.namelist():
            found = re.fullmatch(r".*/documents/(\d+)\.html", name)
            if not found:
                continue
            page = _Paragraphs()
            page.feed(archive.read(name).decode("utf-8"))
            paragraphs = [" ".join(p.split()) for p in page.paragraphs if p.strip()]
            text = " ".join(page.title.split()) + "\n" + "\n\n".join(paragraphs) + "\n"
            (WIKINEWS_FR / f"{found.group(1)}.txt").write_text(text, encoding="utf-8")
            count += 1
    print(f"wrote {count} texts to {WIKINEWS_FR}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    sel = sub.add_parser("select")
    sel.add_argument("--all", action="store_true", help="also every other Russian text (candidates 252 on)")
    b = sub.add_parser("build")
    b.add_argument("--all", action="store_true", help="also every candidate, labelled or not")
    r = sub.add_parser("import-ru")
    r.add_argument("gitdir", help="a bare git directory of dialogue-evaluation/factRuEval-2016")
    w = sub.add_parser("import-wns")
    w.add_argument("gitdir", help="a bare git directory of airKlizz/WikinewsSum")
    n = sub.add_parser("import-nerel")
    n.add_argument("gitdir", help="a bare git directory of nerel-ds/NEREL")
    k = sub.add_parser("import-wk")
    k.add_argument("gitdir", help="a bare git directory of boudinfl/wikinews-2013-pre")
    args = ap.parse_args()
    {"select": select, "build": build, "import-ru": import_ru, "import-wns": import_wns,
     "import-nerel": import_nerel, "import-wk": import_wk}[args.command](args)


if __name__ == "__main__":
    main()
