#!/usr/bin/env bash
# Speed and quality next to Mozilla's Readability: runs readability.js (with jsdom, on node) and
# `steppewatch extract` over the same pages, each as a whole process (start-up included), one after the other in
# one run, and prints pages/s for each (by wall time, and by the process's own CPU time, which a busy machine
# disturbs less), then scores both outputs the same way.
#
#   bench/extraction/compare-readability.sh [SET...]   (default: article-extraction, the 88 shared pages;
#                                                       other sets: see run.sh)
#   RUNS=5 bench/extraction/compare-readability.sh     # runs of each tool, alternating (default 3); the
#                                                       median run of each is reported
# Needs node 20+ and npm (the first run installs the pinned packages into bench/extraction/readability-js/,
# which git ignores) and builds the CLI with Maven when its jar is missing or older than the sources.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${STEPPEWATCH_SHARED:-$repo/../shared}"
scorer="$shared/tools/extraction_score.py"
readability_version="0.6.0"
jsdom_version="27.4.0"

folder_of() {
  case "$1" in
    article-extraction) echo "$shared/bench/article-extraction" ;;
    *) echo "$here/sets/$1" ;;
  esac
}

sets=("$@")
(( ${#sets[@]} )) || sets=(article-extraction)

js="$here/readability-js"
if [[ ! -d "$js/node_modules/jsdom" || ! -d "$js/node_modules/@mozilla/readability" ]]; then
  echo "installing @mozilla/readability@$readability_version and jsdom@$jsdom_version into $js" >&2
  mkdir -p "$js"
  echo '{"private": true}' > "$js/package.json"
  (cd "$js" && npm install --no-audit --no-fund --silent \
    "@mozilla/readability@$readability_version" "jsdom@$jsdom_version" >&2)
fi
# ES modules resolve packages next to the script, so the runner sits beside node_modules.
cp "$here/readability.mjs" "$js/readability.mjs"

cli="$repo/services/cli/target/steppewatch.jar"
if [[ ! -f "$cli" || -n "$(find "$repo/services" -path '*/target' -prune -o -name '*.java' -newer "$cli" -print -quit)" ]]; then
  echo "building the CLI (package, not install)" >&2
  (cd "$repo" && ./mvnw -B -o -q -pl services/cli -am package -DskipTests -Dmaven.test.skip=true >&2)
fi

work="$repo/services/cli/target/readability-compare"
mkdir -p "$work"

# The first extract after a build also records its class-data archive (see ./steppewatch), a cost paid once
# per build: do it untimed, on all the pages of the first set, so that the archive holds every class a run over
# such pages loads, whatever extract ran first (recorded on one page it missed some of the parser's classes:
# 4-5 % more CPU a run).
shopt -s nullglob
warm_pages=("$(folder_of "${sets[0]}")"/html/*.html.gz)
shopt -u nullglob
if (( ${#warm_pages[@]} )); then
  rm -f "$repo/services/cli/target/extract-classes.jsa"
  STEPPEWATCH_SKIP_BUILD=1 "$repo/steppewatch" extract --json "${warm_pages[@]}" > /dev/null
fi

# Runs a command with stdout to a file; prints "wall user sys" seconds.
timed() {
  local out="$1"; shift
  /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" > "$out" 2> "$work/stderr.txt" || {
    cat "$work/stderr.txt" >&2; return 1; }
  cat "$work/time.txt"
}

to_prediction() {
  python3 - "$1" "$2" <<'PY'
import json, os, sys
rows = {}
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        if line.startswith('{"file"'):
            row = json.loads(line)
            rows[os.path.basename(row["file"]).removesuffix(".html.gz")] = {"articleBody": row["text"]}
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(rows, out, ensure_ascii=False)
PY
}

score() {
  local folder="$1" prediction="$2"
  if [[ -f "$folder/ground-truth.json" && -f "$scorer" ]]; then
    python3 "$scorer" "$folder/ground-truth.json" "$prediction" | tail -1
  elif [[ -f "$folder/segments.json" ]]; then
    python3 "$here/segment_score.py" "$folder/segments.json" "$prediction" | tail -1
  fi
}

shopt -s nullglob
for name in "${sets[@]}"; do
  folder="$(folder_of "$name")"
  pages=("$folder"/html/*.html.gz)
  if (( ${#pages[@]} == 0 )); then
    echo "== $name: no pages under $folder, skipped"
    continue
  fi
  runs="${RUNS:-3}"
  echo "== $name: ${#pages[@]} pages, each tool as one whole process, $runs runs each (median shown)"
  : > "$work/$name.times"
  for (( run = 1; run <= runs; run++ )); do
    echo "r $(timed "$work/$name.readability.jsonl" node "$js/readability.mjs" "${pages[@]}")" >> "$work/$name.times"
    echo "s $(STEPPEWATCH_SKIP_BUILD=1 timed "$work/$name.steppewatch.jsonl" \
      "$repo/steppewatch" extract --json "${pages[@]}")" >> "$work/$name.times"
  done
  python3 - "${#pages[@]}" "$work/$name.times" <<'PY'
import statistics, sys
n = int(sys.argv[1])
runs = {"r": [], "s": []}
with open(sys.argv[2]) as lines:
    for line in lines:
        tool, wall, user, system = line.split()
        runs[tool].append((float(wall), float(user) + float(system)))
r_wall = statistics.median(w for w, _ in runs["r"])
r_cpu = statistics.median(c for _, c in runs["r"])
s_wall = statistics.median(w for w, _ in runs["s"])
s_cpu = statistics.median(c for _, c in runs["s"])
print(f"{'':24} {'wall s':>8} {'pages/s':>8} {'CPU s':>8} {'pages/CPU-s':>12}")
print(f"{'readability.js + jsdom':24} {r_wall:8.2f} {n / r_wall:8.1f} {r_cpu:8.2f} {n / r_cpu:12.1f}")
print(f"{'steppewatch extract':24} {s_wall:8.2f} {n / s_wall:8.1f} {s_cpu:8.2f} {n / s_cpu:12.1f}")
print(f"steppewatch / readability.js: {r_wall / s_wall:.1f}x pages/s by wall time, {r_cpu / s_cpu:.1f}x by CPU time")
PY
  to_prediction "$work/$name.readability.jsonl" "$work/$name.readability.json"
  to_prediction "$work/$name.steppewatch.jsonl" "$work/$name.steppewatch.json"
  echo "quality on $name (F1 precision recall ...):"
  echo "  readability.js       $(score "$folder" "$work/$name.readability.json")"
  echo "  steppewatch extract  $(score "$folder" "$work/$name.steppewatch.json")"
done
