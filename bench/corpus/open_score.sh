#!/usr/bin/env bash
# Scores the analysis of this tree on the open corpus (gold-open-*.jsonl; texts rebuilt by open_texts.py from the
# extraction benchmark sets), part by part:
#   bench/corpus/open_score.sh [OUT_DIR]          (default /tmp/open-score)
# Prints, for each split present (dev, holdout, test): score_analysis.py's summary (value+unit recall, precision,
# period accuracy, topics), subject agreement on matched figures, and the figures labelled `other` that the analysis
# gives a ledger metric. OUT_DIR/pred holds the predictions, OUT_DIR/gold-<split>.jsonl the gold lines of each split.
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
  python3 - "$split" "$out/gold-$split.jsonl" "${golds[@]}" <<'PY'
import json, sys
split, dest, golds = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(dest, "w", encoding="utf-8") as w:
    for g in golds:
        for line in open(g, encoding="utf-8"):
            if line.strip() and json.loads(line).get("split") == split:
                w.write(line if line.endswith("\n") else line + "\n")
PY
  [[ -s "$out/gold-$split.jsonl" ]] || continue
  echo "== $split"
  python3 "$tools/score_analysis.py" "$out/gold-$split.jsonl" "$out/pred" 2>/dev/null | tail -1
  python3 bench/corpus/subjects.py "$out/gold-$split.jsonl" "$out/pred" | tail -1
  python3 bench/corpus/promoted.py "$out/gold-$split.jsonl" "$out/pred" | tail -1
done
