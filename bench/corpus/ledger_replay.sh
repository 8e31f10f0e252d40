#!/usr/bin/env bash
# The pipeline's alerts on the labelled corpus without a broker: for each split, the articles of feed.py's manifest
# pass the ingester's region filter and the processor's ledger steps (near identities, then the series' rules), with
# the figures score.sh wrote to target/corpus/pred, and reference_ledger.py scores the alerts. It gives the alerts
# e2e.sh gives (run score.sh first), in seconds; pipeline_vs_sim.py then lists what differs from ledger_sim.py.
#
#   bench/corpus/ledger_replay.sh [dev|holdout ...]     (default: dev holdout)
#
# LABELLED_RELEVANCE=1 lets the labels decide relevance, as ledger_sim.py does: what is left is the ledger's own doing.
# GOLDS as for e2e.sh; SKIP_BUILD=1 reuses the last build. Writes target/ledger-replay/<split>/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="${TOOLS:-$ROOT/../shared/tools}"
SEEDS="${SEEDS:-$ROOT/services/analysis/src/main/resources/io/steppewatch/gold/seed-figures.jsonl}"
MODULE="$ROOT/services/processor"
WORK="$ROOT/target/ledger-replay"
source "$ROOT/bench/corpus/golds.sh"
splits=("$@")
[[ ${#splits[@]} -eq 0 ]] && splits=(dev holdout)
mkdir -p "$WORK"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  # -am builds the sibling modules from this tree (nothing is installed into ~/.m2).
  (cd "$ROOT" && ./mvnw -B -o -q -pl services/processor -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test) >&2
fi
flag=()
[[ -n "${LABELLED_RELEVANCE:-}" ]] && flag=(--labelled-relevance)

for split in "${splits[@]}"; do
  dir="$WORK/$split"
  mkdir -p "$dir"
  python3 "$ROOT/bench/corpus/feed.py" "$dir/feed.xml" "$dir/manifest.jsonl" "$split" "${GOLDS[@]}"
  # The texts of the first pair's directory: e2e.sh's feed takes each article's text from there too.
  texts="${GOLDS[0]#*:}"
  java -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.steppewatch.avro \
    -Dlogback.configurationFile="$ROOT/build/logback-test.xml" \
    -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$WORK/classpath.txt")" \
    io.steppewatch.processor.bench.CorpusLedgerReplay "$dir/manifest.jsonl" "$ROOT/target/corpus/pred" "$texts" \
    "$dir/alerts.jsonl" "${flag[@]}"
  echo "== $split ledger replay ($(wc -l < "$dir/manifest.jsonl") articles, $(wc -l < "$dir/alerts.jsonl") alerts)"
  python3 "$TOOLS/reference_ledger.py" "$SEEDS" "$dir/manifest.jsonl" "$dir/alerts.jsonl"
done
