#!/usr/bin/env bash
# Scores the analysis on the labelled corpus, dev and holdout apart, and a test set ("split": "test")
# apart when it is there.
#
#   bench/corpus/score.sh [GOLD.jsonl:TEXTS ...]
#
# Default corpus: bench/corpus/gold-*.jsonl with their texts in bench/corpus/texts/ (the texts are not in git:
# rebuild them with rebuild.py). Every article is analysed in one JVM (CorpusAnalysis, the same analysis as
# `steppewatch analyze --json --published D`) into target/corpus/pred/, the gold lines are merged and split by
# their "split" field, and the shared measuring tools print their scores for each part.
# TOOLS (default ../shared/tools next to the repo) says where score_analysis.py and analysis_breakdown.py are.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="${TOOLS:-$ROOT/../shared/tools}"
OUT="${OUT:-$ROOT/target/corpus}"
mkdir -p "$OUT"

pairs=("$@")
if [[ ${#pairs[@]} -eq 0 ]]; then
  for gold in "$ROOT"/bench/corpus/gold-*.jsonl; do
    [[ -f "$gold" ]] && pairs+=("$gold:$ROOT/bench/corpus/texts")
  done
fi
if [[ ${#pairs[@]} -eq 0 ]]; then
  echo "score.sh: no labelled corpus (bench/corpus/gold-*.jsonl) found; nothing to score" >&2
  exit 0
fi

CP_FILE="$ROOT/services/analysis/target/classpath.txt"
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  (cd "$ROOT" && ./mvnw -B -q -o -pl services/analysis compile \
     && ./mvnw -B -q -o -pl services/analysis dependency:build-classpath -Dmdep.outputFile="$CP_FILE") >&2
fi

args=("$OUT/pred")
: > "$OUT/all.jsonl"
for pair in "${pairs[@]}"; do
  gold="${pair%%:*}"; texts="${pair#*:}"
  # Lines whose text is absent (texts are rebuilt from the web) take no part in the scores.
  python3 - "$gold" "$texts" >> "$OUT/all.jsonl" <<'PY'
import json, sys, os
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        g = json.loads(line)
        if os.path.exists(os.path.join(sys.argv[2], g["doc"])):
            print(json.dumps(g, ensure_ascii=False))
PY
  args+=("$gold" "$texts")
done
rm -rf "$OUT/pred"
java -cp "$ROOT/services/analysis/target/classes:$(cat "$CP_FILE")" io.steppewatch.analysis.eval.CorpusAnalysis "${args[@]}"

splits=(dev holdout)
# A test set is labelled apart from the rules and never tuned on: it is scored when its lines are present.
grep -q '"split": *"test"' "$OUT/all.jsonl" && splits+=(test)
for split in "${splits[@]}"; do
  python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"):
    if json.loads(l).get("split") == sys.argv[2]: print(l, end="")' "$OUT/all.jsonl" "$split" > "$OUT/$split.jsonl"
  echo "== $split ($(wc -l < "$OUT/$split.jsonl") articles)"
  [[ -s "$OUT/$split.jsonl" ]] || continue
  python3 "$TOOLS/score_analysis.py" "$OUT/$split.jsonl" "$OUT/pred" 2>/dev/null
  python3 "$TOOLS/analysis_breakdown.py" "$OUT/$split.jsonl" "$OUT/pred"
  python3 "$ROOT/bench/corpus/subjects.py" "$OUT/$split.jsonl" "$OUT/pred"
done
