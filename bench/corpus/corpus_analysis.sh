#!/usr/bin/env bash
# Analyses labelled texts with this tree's analysis in one JVM (CorpusAnalysis), the way
# `steppewatch analyze --json --published D` would one by one: used by open_score.sh and quote_guard.sh.
#   bench/corpus/corpus_analysis.sh OUT_DIR GOLD.jsonl TEXTS_DIR [GOLD.jsonl TEXTS_DIR ...]
# Writes OUT_DIR/<doc>.json for every line whose text is present.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# Absolute: Maven resolves a relative output file against the module, not the directory it was started in.
cp_file="$repo/services/analysis/target/classpath.txt"
(cd "$repo" && ./mvnw -B -q -o -pl services/analysis compile dependency:build-classpath -Dmdep.outputFile="$cp_file") >&2
java -cp "$repo/services/analysis/target/classes:$(cat "$cp_file")" io.steppewatch.analysis.eval.CorpusAnalysis "$@" >&2
