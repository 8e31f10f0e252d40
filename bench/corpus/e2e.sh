#!/usr/bin/env bash
# End to end on the labelled corpus: for each split, the articles go as one local feed into `steppewatch run`
# (embedded broker, seed baseline), the alerts are read back with `steppewatch tail alerts --from-beginning
# --json` and reference_ledger.py scores them against the alert facts the labels imply.
#
#   bench/corpus/e2e.sh [dev|holdout|test ...]      (default: dev holdout, and test when a gold file has test lines)
#
# Uses target/e2e/<split>/ for the feed, the data directory and the alerts; PORT (default 29092, and the next
# one) for the embedded broker. Needs the CLI built without installing it:
#   ./mvnw -B -q -o -pl services/cli -am package -DskipTests
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="${TOOLS:-$ROOT/../shared/tools}"
PORT="${PORT:-29092}"
SEEDS="${SEEDS:-$ROOT/services/analysis/src/main/resources/io/steppewatch/gold/seed-figures.jsonl}"
# GOLDS: space-separated GOLD.jsonl:TEXTS pairs; default bench/corpus/gold-*.jsonl with bench/corpus/texts.
source "$ROOT/bench/corpus/golds.sh"
splits=("$@")
if [[ ${#splits[@]} -eq 0 ]]; then
  splits=(dev holdout)
  # A test set (every line "split": "test") is labelled apart from the rules and never tuned on.
  for pair in "${GOLDS[@]}"; do
    if grep -q '"split": *"test"' "${pair%%:*}"; then splits+=(test); break; fi
  done
fi
SW=(env STEPPEWATCH_SKIP_BUILD=1 "$ROOT/steppewatch")

for split in "${splits[@]}"; do
  dir="$ROOT/target/e2e/$split"
  rm -rf "$dir" && mkdir -p "$dir"
  python3 "$ROOT/bench/corpus/feed.py" "$dir/feed.xml" "$dir/manifest.jsonl" "$split" "${GOLDS[@]}"
  # Any free port for the ledger query endpoint: another steppewatch on this machine may hold the default one.
  echo "processor.http.port=0" > "$dir/steppewatch.properties"
  "${SW[@]}" run --data-dir "$dir/var" --feed "$dir/feed.xml" --kafka-port "$PORT" --config "$dir/steppewatch.properties" \
    > "$dir/run.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  # Wait until the alerts stop coming: the same count twice in a row, after the first poll cycle.
  last=-1; stable=0
  for _ in $(seq 1 60); do
    sleep 15
    "${SW[@]}" tail alerts --from-beginning --json --timeout 10s --bootstrap-servers "127.0.0.1:$PORT" \
      > "$dir/alerts.jsonl" 2>/dev/null || true
    n=$(wc -l < "$dir/alerts.jsonl")
    if [[ "$n" -eq "$last" && "$n" -gt 0 ]]; then stable=$((stable + 1)); else stable=0; fi
    [[ $stable -ge 2 ]] && break
    last=$n
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  trap - EXIT
  echo "== $split end to end ($(wc -l < "$dir/manifest.jsonl") articles, $(wc -l < "$dir/alerts.jsonl") alerts)"
  python3 "$TOOLS/reference_ledger.py" "$SEEDS" "$dir/manifest.jsonl" "$dir/alerts.jsonl"
done
