#!/usr/bin/env python3
"""Writes labelled corpus articles as one local RSS feed for `steppewatch run`, and the matching MANIFEST for
reference_ledger.py.

usage: feed.py OUT.xml MANIFEST.jsonl SPLIT GOLD.jsonl:TEXTS [GOLD.jsonl:TEXTS ...]
SPLIT is dev, holdout, test (a test set such as gold-i) or all. Items come in the order reference_ledger.py
replays them (publication date, undated last, then id), each with its full text as content:encoded paragraphs, so the ingester needs no
network. A day of publication becomes the item's pubDate; a month or a year alone becomes a Dublin Core date of
that precision (<dc:date>2025-03</dc:date>), which the ingester keeps as such.
FEED_ORDER=newest lists the items newest first instead, as live feeds do (reference_ledger.py sorts the manifest itself): the
pipeline must then restore publication order itself.
"""
import html, json, os, sys


def pub_date(p):
    if not p:
        return None
    parts = p.split("-")
    y, m, d = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
    import datetime
    return datetime.datetime(y, m, d, 8, 0, 0).strftime("%a, %d %b %Y %H:%M:%S GMT")


def main():
    out, manifest, split = sys.argv[1], sys.argv[2], sys.argv[3]
    docs = []
    for pair in sys.argv[4:]:
        gold, texts = pair.split(":", 1)
        for line in open(gold, encoding="utf-8"):
            if not line.strip():
                continue
            g = json.loads(line)
            path = os.path.join(texts, g["doc"])
            if (split != "all" and g.get("split") != split) or not os.path.exists(path):
                continue
            docs.append((g, open(path, encoding="utf-8").read()))
    docs.sort(key=lambda d: (d[0].get("published") or "9999", d[0]["doc"]))
    if os.environ.get("FEED_ORDER") == "newest":
        dated = [d for d in docs if d[0].get("published")]
        docs = dated[::-1] + [d for d in docs if not d[0].get("published")]
    items = []
    with open(manifest, "w", encoding="utf-8") as m:
        for g, text in docs:
            title, _, body = text.partition("\n")
            paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
            content = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            published = g.get("published")
            date = pub_date(published) if published and len(published) == 10 else None
            dc = f"      <dc:date>{published}</dc:date>\n" if published and len(published) < 10 else ""
            items.append("    <item>\n      <title>{}</title>\n      <link>https://corpus.steppewatch.example/{}</link>\n{}"
                         "      <description>{}</description>\n      <content:encoded><![CDATA[{}]]></content:encoded>\n    </item>"
                         .format(html.escape(title.strip()), g["doc"],
                                 f"      <pubDate>{date}</pubDate>\n" if date else dc,
                                 html.escape(paragraphs[0] if paragraphs else ""), content.replace("]]>", "]]&gt;")))
            m.write(json.dumps({"id": g["doc"], "published": g.get("published"), "relevant": g.get("relevant", True),
                                "figures": g["figures"]}, ensure_ascii=False) + "\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
                '    <title>steppewatch labelled corpus</title>\n    <link>https://corpus.steppewatch.example/</link>\n'
                '    <description>labelled corpus articles</description>\n')
        f.write("\n".join(items))
        f.write("\n  </channel>\n</rss>\n")
    print(f"{len(docs)} articles -> {out}, {manifest}", file=sys.stderr)


if __name__ == "__main__":
    main()
