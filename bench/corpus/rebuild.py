#!/usr/bin/env python3
"""Rebuild the corpus texts (bench/corpus/texts/<doc>) from the URLs in the gold files.

usage: rebuild.py [--force] [--steppewatch PATH] [GOLD.jsonl ...]   (default: every gold-*.jsonl here)

The texts are third-party articles, so the repository keeps only their URLs and labels. On a machine with
network this fetches each page, extracts the title and main text, and writes texts/<doc> as the title,
a blank line, then the body paragraphs separated by blank lines. Extraction uses
`./steppewatch extract --json` on the saved page when the launcher is there, else a plain-HTML fallback.
Existing texts are kept unless --force. Without network every fetch fails and the script says so and exits
0: nothing that needs the texts can run, and nothing is lost.

A rebuilt text can differ from the one the labels were made on (pages change, extractors differ), so run
check.py afterwards: it lists every quote that is no longer an exact substring of its text.
"""
import argparse, gzip, html, json, re, subprocess, sys, tempfile, urllib.request
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
AGENT = "Mozilla/5.0 (compatible; steppewatch-corpus-rebuild)"


def fetch(url, timeout=30):
    req = urllib.request.Request(url, headers={"User-Agent": AGENT, "Accept-Language": "en,ru;q=0.8,fr;q=0.6"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        data = resp.read()
        if resp.headers.get("Content-Encoding") == "gzip":
            data = gzip.decompress(data)
        charset = resp.headers.get_content_charset() or "utf-8"
    return data.decode(charset, errors="replace")


def extract_with_steppewatch(launcher, page):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(page, encoding="utf-8")
        out = subprocess.run([str(launcher), "extract", "--json", str(path)], capture_output=True, text=True,
                             timeout=300, cwd=REPO)
        if out.returncode != 0 or not out.stdout.strip():
            return None
        rec = json.loads(out.stdout.strip().splitlines()[0])
        return rec.get("title") or "", rec.get("text") or ""


class _Paragraphs(HTMLParser):
    """Fallback: the <title> and the text of <p> elements outside navigation-like containers."""
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.paras, self._buf, self._in_title, self._in_p, self._skip = "", [], [], False, 0, 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "p":
            self._in_p += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "p" and self._in_p:
            self._in_p -= 1
            text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
            if text and not self._skip:
                self.paras.append(text)
            self._buf = []

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif self._in_p and not self._skip:
            self._buf.append(data)


def extract_fallback(page):
    p = _Paragraphs()
    p.feed(page)
    return html.unescape(p.title).strip(), "\n\n".join(x for x in p.paras if len(x) > 40)


def as_text(title, body):
    paras = [re.sub(r"[ \t]+", " ", x).strip() for x in re.split(r"\n\s*\n|\n", body)]
    title = re.sub(r"\s+", " ", title).strip() or (paras[0] if paras else "")
    return title + "\n\n" + "\n\n".join(x for x in paras if x) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--force", action="store_true", help="overwrite texts that already exist")
    ap.add_argument("--steppewatch", type=Path, default=REPO / "steppewatch", help="launcher for extract --json")
    args = ap.parse_args()
    golds = args.gold or sorted(HERE.glob("gold-*.jsonl"))
    out_dir = HERE / "texts"
    out_dir.mkdir(exist_ok=True)
    launcher = args.steppewatch if args.steppewatch.exists() else None
    written = kept = failed = 0
    for gold in golds:
        for line in gold.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            target = out_dir / rec["doc"]
            if target.exists() and not args.force:
                kept += 1
                continue
            try:
                page = fetch(rec["url"])
            except Exception as e:  # no network, 404, timeout: report and go on with the rest
                print(f"skip {rec['doc']}: {rec['url']}: {e}", file=sys.stderr)
                failed += 1
                continue
            got = None
            if launcher:
                try:
                    got = extract_with_steppewatch(launcher, page)
                except Exception as e:
                    print(f"steppewatch extract failed on {rec['doc']} ({e}); using the fallback", file=sys.stderr)
            title, body = got if got and got[1].strip() else extract_fallback(page)
            if not body.strip():
                print(f"skip {rec['doc']}: no text extracted", file=sys.stderr)
                failed += 1
                continue
            target.write_text(as_text(title, body), encoding="utf-8")
            written += 1
    print(f"written {written}, kept {kept}, failed {failed}")
    if failed and not written:
        print("nothing fetched (no network?): the texts stay as they are", file=sys.stderr)


if __name__ == "__main__":
    main()
