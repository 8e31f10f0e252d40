#!/usr/bin/env bash
# score.sh on the labellers' working trees (while the corpus is being built there) instead of this tree's copy.
exec "$(dirname "$0")/score.sh" /work/wt-corpus/bench/corpus/gold-a.jsonl:/work/wt-corpus/bench/corpus/texts \
  /work/wt-corpus-b/bench/corpus/gold-b.jsonl:/work/wt-corpus-b/bench/corpus/texts
