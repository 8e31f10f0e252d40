#!/usr/bin/env bash
# Scores the analysis of this tree on the open corpus (gold-open-*.jsonl; texts rebuilt by open_texts.py from the
# extraction benchmark sets), part by part:
#   bench/corpus/open_score.sh [OUT_DIR]          (default /tmp/open-score)
# Prints, for each split present (dev, holdout, test), all of it and then each part: `en` the English pages of the
# extraction benchmarks, `ru` the Russian texts of factRuEval, `ws` the English pages of WikinewsSum, `nr` NEREL's
# Russian Wikinews texts (dev-en, dev-ru, dev-ws, dev-nr...):
# score_analysis.py's summary (value+unit recall, precision, period accuracy, topics), subject agreement on matched
# figures, and the figures labelled `other` that the analysis gives a ledger metric. OUT_DIR/pred holds the predictions, OUT_DIR/gold-<split>.jsonl the gold lines of each split,
# OUT_DIR/gold-<split>-<part>.jsonl those of each part.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
tools="${STEPPEWATCH_SHARED:-$repo/../shared}/tools"
out="${1:-/tmp/open-score}"
cd "$repo"
python3 bench/corpus/open_texts.py build >&2
rm -rf "$out"; mkdir -p "$out"
golds=(bench/corpus/gold-open-*.jsonl)
args=()
for g in "${golds[@]}"; do args+=("$g" bench/corpus/texts); done
bench/corpus/corpus_analysis.sh "$out/pred" "${args[@]}"
for split in dev holdout test; do
  # the split's lines, all and by language (the English part and the Russian part)
  python3 - "$split" "$out" "${golds[@]}" <<'PY'
import json, sys
split, out, golds = sys.argv[1], sys.argv[2], sys.argv[3:]
files = {}
for g in golds:
    for line in open(g, encoding="utf-8"):
        if line.strip() and json.loads(line).get("split") == split:
            line = line if line.endswith("\n") else line + "\n"
            doc = json.loads(line)
            # The English pages of WikinewsSum are a part of their own: `en` stays the benchmark pages it always was.
            # So are NEREL's Russian Wikinews texts: `ru` stays factRuEval's.
            part = {"o-en-ws-": "ws", "o-ru-nr-": "nr"}.get(doc["doc"][:8], doc["language"])
            for name in (f"gold-{split}", f"gold-{split}-{part}"):
                files.setdefault(name, []).append(line)
for name, lines in files.items():
    with open(f"{out}/{name}.jsonl", "w", encoding="utf-8") as w:
        w.writelines(lines)
PY
  for gold in "$out/gold-$split.jsonl" "$out/gold-$split"-*.jsonl; do
    [[ -s "$gold" ]] || continue
    name="$(basename "$gold" .jsonl)"
    echo "== ${name#gold-}"
    python3 "$tools/score_analysis.py" "$gold" "$out/pred" 2>/dev/null | tail -1
    python3 bench/corpus/subjects.py "$gold" "$out/pred" | tail -1
    python3 bench/corpus/promoted.py "$gold" "$out/pred" | tail -1
  done
done
