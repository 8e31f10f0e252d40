#!/usr/bin/env bash
# Article-extraction benchmark: runs the ingester's extractor (ExtractTool) over every labelled set it finds and
# scores each set on its own:
#   article-extraction   the 88 development pages of ../shared/bench/article-extraction (shingle F1)
#   scrapinghub-heldout  the other 93 pages of the same public benchmark (shingle F1; held out, never tuned on)
#   trafilatura-dev      half of trafilatura's evaluation corpus (segment F1; tuned on)
#   trafilatura-heldout  the other half (segment F1; held out, never tuned on)
#   googlenews-dev       half of L3S-GN1's 621 hand-assessed news articles (shingle F1 against the full-text blocks;
#                        tuned on; segments.json beside it feeds segment_losses.py)
#   googlenews-heldout   the other half (shingle F1; held out, never tuned on)
#   dragnet-dev          half of dragnet_data's 1,381 news and blog pages, article text cut and pasted by hand (shingle
#                        F1; tuned on; segments.json beside it feeds segment_losses.py)
#   dragnet-heldout      the other half (shingle F1; held out, never tuned on)
# The last seven exist once bench/extraction/rebuild-sets.py has built them from snapshots of their repositories.
#
#   bench/extraction/run.sh                 # from the repository root (or anywhere)
#   SKIP_BUILD=1 bench/extraction/run.sh    # reuse the classes already compiled under services/ingester/target
#   bench/extraction/run.sh trafilatura-dev # only the named sets
#
# Skips cleanly (exit 0) when no set is found.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${STEPPEWATCH_SHARED:-$repo/../shared}"
scorer="$shared/tools/extraction_score.py"

# name, folder, how it is scored (shingles: ground-truth.json; segments: segments.json)
declare -a names=() folders=() kinds=()
add_set() {
  if [[ -d "$2/html" ]]; then names+=("$1"); folders+=("$2"); kinds+=("$3"); fi
}
add_set article-extraction "$shared/bench/article-extraction" shingles
add_set scrapinghub-heldout "$here/sets/scrapinghub-heldout" shingles
add_set trafilatura-dev "$here/sets/trafilatura-dev" segments
add_set trafilatura-heldout "$here/sets/trafilatura-heldout" segments
add_set googlenews-dev "$here/sets/googlenews-dev" shingles
add_set googlenews-heldout "$here/sets/googlenews-heldout" shingles
add_set dragnet-dev "$here/sets/dragnet-dev" shingles
add_set dragnet-heldout "$here/sets/dragnet-heldout" shingles

if (( ${#names[@]} == 0 )); then
  echo "extraction bench: skipped, no labelled set found (see bench/extraction/rebuild-sets.py)"
  exit 0
fi
if [[ ! -f "$scorer" ]]; then
  scorer=""
fi

module="$repo/services/ingester"
work="$module/target/extraction-bench"
mkdir -p "$work"

cd "$repo"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  # -am: the ingester compiles against the sibling modules of this tree, not a snapshot in ~/.m2; each module
  # writes the classpath file in turn and the ingester, built last, writes it last.
  ./mvnw -B -o -q -pl services/ingester -am compile dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime
elif [[ ! -f "$work/classpath.txt" ]]; then
  echo "extraction bench: SKIP_BUILD set but $work/classpath.txt is missing; run once without it" >&2
  exit 1
fi

wanted=" $* "
shopt -s nullglob
for i in "${!names[@]}"; do
  name="${names[$i]}" folder="${folders[$i]}" kind="${kinds[$i]}"
  if [[ -n "${*:-}" && "$wanted" != *" $name "* ]]; then
    continue
  fi
  pages=("$folder"/html/*.html.gz)
  echo "== $name: ${#pages[@]} pages from $folder"
  java -cp "$module/target/classes:$(cat "$work/classpath.txt")" \
    io.steppewatch.ingester.extract.ExtractTool --json --stats "${pages[@]}" > "$work/$name.jsonl"

  # The scorers want {id: {"articleBody": text}}; the id is the page's file name without .html.gz.
  python3 - "$work/$name.jsonl" "$work/$name.prediction.json" <<'PY'
import json, os, sys
rows = {}
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        if not line.startswith('{"file"'):
            continue  # a log line that a console logger wrote to stdout, not a result
        row = json.loads(line)
        rows[os.path.basename(row["file"]).removesuffix(".html.gz")] = {"articleBody": row["text"]}
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(rows, out, ensure_ascii=False)
PY
  if [[ "$kind" == shingles ]]; then
    if [[ -z "$scorer" ]]; then
      echo "   (not scored: $shared/tools/extraction_score.py not found)"
    else
      python3 "$scorer" "$folder/ground-truth.json" "$work/$name.prediction.json"
    fi
  else
    python3 "$here/segment_score.py" "$folder/segments.json" "$work/$name.prediction.json"
  fi
done
