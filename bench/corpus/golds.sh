# Sourced by e2e.sh and ledger_replay.sh (ROOT set): the array GOLDS of GOLD.jsonl:TEXTS pairs to read, from the
# environment's GOLDS (space-separated pairs), else every bench/corpus/gold-*.jsonl with bench/corpus/texts.
read -ra GOLDS <<< "${GOLDS:-}"
if [[ ${#GOLDS[@]} -eq 0 ]]; then
  for gold in "$ROOT"/bench/corpus/gold-*.jsonl; do
    [[ -f "$gold" ]] && GOLDS+=("$gold:$ROOT/bench/corpus/texts")
  done
fi
