#!/usr/bin/env bash
# Article-extraction benchmark: runs the ingester's extractor (ExtractTool) over the shared benchmark pages and
# scores the result with the shared scorer (F1, precision, recall over 4-word shingles).
#
#   bench/extraction/run.sh            # from the repository root (or anywhere)
#   SKIP_BUILD=1 bench/extraction/run.sh   # reuse the classes already compiled under services/ingester/target
#
# Skips cleanly (exit 0) when ../shared/bench is not checked out next to the repository.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${STEPPEWATCH_SHARED:-$repo/../shared}"
bench="$shared/bench/article-extraction"
scorer="$shared/tools/extraction_score.py"

if [[ ! -f "$bench/ground-truth.json" || ! -f "$scorer" ]]; then
  echo "extraction bench: skipped, $bench or $scorer not found"
  exit 0
fi

module="$repo/services/ingester"
work="$module/target/extraction-bench"
mkdir -p "$work"

cd "$repo"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -B -o -q -pl services/ingester compile dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime
elif [[ ! -f "$work/classpath.txt" ]]; then
  echo "extraction bench: SKIP_BUILD set but $work/classpath.txt is missing; run once without it" >&2
  exit 1
fi

shopt -s nullglob
pages=("$bench"/html/*.html.gz)
echo "extraction bench: ${#pages[@]} pages from $bench"

start=$(date +%s.%N)
java -cp "$module/target/classes:$(cat "$work/classpath.txt")" \
  io.steppewatch.ingester.extract.ExtractTool --json "${pages[@]}" > "$work/extracted.jsonl"
end=$(date +%s.%N)

# The scorer wants {id: {"articleBody": text}}; the id is the page's file name without .html.gz.
python3 - "$work/extracted.jsonl" "$work/prediction.json" <<'PY'
import json, os, sys
rows = {}
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        if not line.startswith("{"):
            continue  # a log line that a console logger wrote to stdout, not a result
        row = json.loads(line)
        rows[os.path.basename(row["file"]).removesuffix(".html.gz")] = {"articleBody": row["text"]}
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(rows, out, ensure_ascii=False)
PY

python3 "$scorer" "$bench/ground-truth.json" "$work/prediction.json"
python3 -c "import sys; print(f'extraction time: {float(sys.argv[2]) - float(sys.argv[1]):.1f} s for ${#pages[@]} pages (one JVM, including start-up)')" "$start" "$end"
