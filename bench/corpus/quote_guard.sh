#!/usr/bin/env bash
# The regional guard (quote_guard.py): analyses the old corpus's labelled quotes with this tree and prints
# value+unit recall and precision, as score_analysis.py computes them.
#   bench/corpus/quote_guard.sh [OUT_DIR]        (default /tmp/quote-guard; predictions in OUT_DIR/pred)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
tools="${STEPPEWATCH_SHARED:-$repo/../shared}/tools"
out="${1:-/tmp/quote-guard}"
cd "$repo"
rm -rf "$out"; mkdir -p "$out"
python3 bench/corpus/quote_guard.py write "$out"
bench/corpus/corpus_analysis.sh "$out/pred" "$out/gold-quotes.jsonl" "$out/texts"
python3 "$tools/score_analysis.py" "$out/gold-quotes.jsonl" "$out/pred" 2>/dev/null | tail -1 | python3 -c '
import json, sys
s = json.loads(sys.stdin.read())
print("regional quotes: %d texts, value+unit recall %.3f (%d required), precision %.3f (%d found)"
      % (s["docs"], s["recall"], s["required"], s["precision"], s["predicted"]))'
