#!/usr/bin/env python3
"""Which return of Subjects.of decided each figure's subjects, and how often each one agrees with the labels.

A measuring aid, not part of the analysis: `patch` rewrites a worktree's sources so that CorpusAnalysis, run with
-Dsteppewatch.subjectTrace=true, writes OUT/<doc>.trace next to each prediction (one line per figure: its offset, the
source line of the return that chose its subjects, the metric they were chosen for, those subjects, its text, the
sentence's and paragraph's mentions, the headline's countries, the article's ranking and corridors). `table` joins
the traces to the labels, matched as subjects.py matches figures, and prints per return: figures, agreement, figures
whose label has a ledger metric, and for the disagreements what the labels chose instead. Undo the patch with
`git checkout -- services/analysis/src` before committing anything.

usage: subject_trace.py patch ROOT
       java -Dsteppewatch.subjectTrace=true -cp ... io.steppewatch.analysis.eval.CorpusAnalysis OUT GOLD TEXTS ...
       subject_trace.py table GOLD.jsonl OUT [PREFIXES, e.g. x,y,z,za] [-v]
"""
import collections, json, os, re, sys
from pathlib import Path

PKG = "services/analysis/src/main/java/io/steppewatch/analysis"
CORRIDORS = {"TITR", "INSTC"}

TRACE_CLASS = '''package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;

import io.steppewatch.analysis.region.Mention;

/** Scratch (bench/corpus/subject_trace.py): which return of Subjects.of chose each figure's subjects. */
public final class SubjectTrace {
    public static final boolean ON = Boolean.getBoolean("steppewatch.subjectTrace");
    public static final List<String> LOG = new ArrayList<>();
    static final ThreadLocal<Integer> BRANCH = new ThreadLocal<>();

    private SubjectTrace() {
    }

    static List<String> at(int line, List<String> subjects) {
        if (ON) {
            BRANCH.set(line);
        }
        return subjects;
    }

    static void record(int offset, String text, String metric, List<String> subjects, List<Mention> sentence,
                       List<Mention> paragraph, ArticleFrame article) {
        if (!ON) {
            return;
        }
        LOG.add(offset + "\\t" + BRANCH.get() + "\\t" + metric + "\\t" + String.join(",", subjects) + "\\t"
                + text.replace('\\t', ' ').replace('\\n', ' ') + "\\t" + codes(sentence) + "\\t" + codes(paragraph)
                + "\\t" + String.join(",", article.title()) + "\\t" + String.join(",", article.ranked()) + "\\t"
                + String.join(",", article.corridors()));
        BRANCH.remove();
    }

    private static String codes(List<Mention> mentions) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            out.add(m.code() + ":" + m.kind() + "@" + m.start());
        }
        return String.join(",", out);
    }
}
'''


def replace_once(path, old, new):
    text = path.read_text(encoding="utf-8")
    if text.count(old) != 1:
        sys.exit(f"{path}: anchor not found once: {old[:60]!r}")
    path.write_text(text.replace(old, new), encoding="utf-8")


def patch(root):
    root = Path(root)
    subjects = root / PKG / "figures/Subjects.java"
    lines = subjects.read_text(encoding="utf-8").split("\n")
    # the last overload is the one that decides (the others delegate to it)
    start = [i for i, l in enumerate(lines) if l.startswith("    static List<String> of(String metric,")][-1]
    end = next(i for i in range(start + 1, len(lines)) if lines[i] == "    }")
    i = start
    wrapped = 0
    while i <= end:
        m = re.search(r"\breturn (?!;)", lines[i])
        if not m or lines[i].strip().startswith("//"):
            i += 1
            continue
        j, pos, depth, stop = i, m.end(), 0, None
        while stop is None:  # the statement's own ';', past brackets and strings, maybe lines later
            s, k = lines[j], pos
            while k < len(s):
                c = s[k]
                if c == '"':
                    k += 1
                    while s[k] != '"':
                        k += 2 if s[k] == "\\" else 1
                elif c in "([{":
                    depth += 1
                elif c in ")]}":
                    depth -= 1
                elif c == ";" and depth == 0:
                    stop = k
                    break
                k += 1
            if stop is None:
                j, pos = j + 1, 0
        lines[j] = lines[j][:stop] + ")" + lines[j][stop:]
        lines[i] = lines[i][:m.end()] + f"SubjectTrace.at({i + 1}, " + lines[i][m.end():]
        wrapped += 1
        i = j + 1
    subjects.write_text("\n".join(lines), encoding="utf-8")
    (root / PKG / "figures/SubjectTrace.java").write_text(TRACE_CLASS, encoding="utf-8")
    anchor = ("                context.surfaceIn(sentence.start(), sentence.end()), product,\n"
              "                OTHER.equals(metric) && !OTHER.equals(partiesMetric));\n")
    replace_once(root / PKG / "figures/FigureAnnotator.java", anchor, anchor
                 + "        SubjectTrace.record(title ? -1 : figure.start(), figure.text(context.text()), partiesMetric,"
                 " subjects,\n                context.mentionsIn(sentence.start(), sentence.end()),"
                 " paragraphMentions(context, sentence), context.article());\n")
    anchor = "                AnalysisPrinter.printJson(article, analyzer.analyze(article, precision), precision, ps);\n            }\n"
    replace_once(root / PKG / "eval/CorpusAnalysis.java", anchor, anchor
                 + "            if (io.steppewatch.analysis.figures.SubjectTrace.ON) {\n"
                 "                Files.write(out.resolve(doc + \".trace\"), io.steppewatch.analysis.figures.SubjectTrace.LOG);\n"
                 "                io.steppewatch.analysis.figures.SubjectTrace.LOG.clear();\n            }\n")
    print(f"wrapped {wrapped} returns of Subjects.of (lines {start + 1}-{end + 1}); the labels are those line numbers")


def countries(field):
    out = []
    for item in field.split(",") if field else []:
        code, rest = item.split(":", 1)
        if code != "REGION" and rest.split("@")[0] != "CORRIDOR" and code not in out:
            out.append(code)
    return out


def shape(gold, pred, sent, title, para):
    g, p = set(gold), set(pred)
    def where(extra):
        return ("sent" if extra <= set(sent) else "title" if extra <= set(title)
                else "para" if extra <= set(para) else "other")
    if p and g < p:
        return f"fewer({where(p - g)})"
    if g > p:
        return f"more({where(g - p)})"
    if g and g == set(sent):
        return "sentence"
    if g and g == set(title):
        return "headline"
    if g and g == set(para):
        return "paragraph"
    if g & CORRIDORS and not p & CORRIDORS:
        return "corridor-wanted"
    if p & CORRIDORS and not g & CORRIDORS:
        return "countries-wanted"
    return "one-wrong" if g & p else "none-common"


def table(gold_path, out, prefixes, verbose):
    sys.path.insert(0, os.environ.get("TOOLS", str(Path(__file__).resolve().parents[2] / ".." / "shared" / "tools")))
    from score_analysis import load_pred
    from subjects import matches
    stats = collections.defaultdict(collections.Counter)
    cases = collections.defaultdict(list)
    for line in open(gold_path, encoding="utf-8"):
        g = json.loads(line)
        if prefixes and g["doc"].split("-")[0] not in prefixes:
            continue
        pf = Path(out) / f"{g['doc']}.json"
        figs = load_pred(pf).get("figures") or []
        raw = json.loads(pf.read_text(encoding="utf-8"))["analysis"]["figures"]
        trace = {}
        tf = Path(out) / f"{g['doc']}.trace"
        for t in (tf.read_text(encoding="utf-8").splitlines() if tf.exists() else []):
            t = t.split("\t")
            trace[(int(t[0]), t[4])] = t
        used = set()
        for gf, best in matches(g["figures"], figs, used):
            if best is None:
                continue
            f, t = figs[best], trace.get((raw[best]["offset"], raw[best]["text"]))
            pred, gold = sorted(f.get("subjects") or []), sorted(gf.get("subjects") or [])
            branch = "untraced" if t is None else t[1]
            sent = para = title = []
            if t is not None:
                sent, para, title = countries(t[5]), countries(t[6]), t[7].split(",") if t[7] else []
                if sorted(t[3].split(",") if t[3] else []) != pred:
                    branch = "after " + branch  # changed after Subjects.of (drills, named routes, shares)
            st = stats[branch]
            ledger = gf["metric"] != "other"
            st["n"] += 1
            st["ok"] += pred == gold
            st["n_ledger"] += ledger
            st["ok_ledger"] += ledger and pred == gold
            if pred != gold:
                s = shape(gold, pred, sent, title, para)
                st["x " + s] += 1
                cases[branch].append(f"{g['doc']} {gf['metric']} gold {gold} pred {pred} [{s}] sentence {sent} "
                                     f"headline {title} | {(f.get('sentence') or '')[:160]}")
    print(f"{'branch':>12} {'figures':>7} {'agree':>6} {'ledger':>6} {'agree':>6}  what the labels chose instead")
    total = collections.Counter()
    for branch, st in sorted(stats.items(), key=lambda kv: -kv[1]["n"]):
        total.update(st)
        instead = ", ".join(f"{k[2:]} {v}" for k, v in st.most_common() if k.startswith("x "))
        print(f"{branch:>12} {st['n']:7d} {st['ok']:6d} {st['n_ledger']:6d} {st['ok_ledger']:6d}  {instead}")
    print(f"{'all':>12} {total['n']:7d} {total['ok']:6d} {total['n_ledger']:6d} {total['ok_ledger']:6d}")
    if verbose:
        for branch, lines in cases.items():
            print(f"== {branch}")
            print("\n".join("   " + line for line in lines))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "patch":
        patch(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "table":
        rest = [a for a in sys.argv[4:] if a != "-v"]
        table(sys.argv[2], sys.argv[3], set(rest[0].split(",")) if rest and rest[0] else None, "-v" in sys.argv)
    else:
        sys.exit(__doc__)
