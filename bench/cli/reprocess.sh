#!/usr/bin/env bash
# steppewatch reprocess over a long history: N articles (default 100,000) on the embedded broker, then
# `reprocess --dry-run`, which reports how fast it read and replayed them.
# Usage: bench/cli/reprocess.sh [articles]    SKIP_BUILD=1 reuses the last build's classes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODULE="$ROOT/services/cli"
WORK="$MODULE/target/reprocess-bench"
cd "$ROOT"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  mkdir -p "$WORK"
  ./mvnw -B -o -q -pl services/cli -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
fi
exec java -Xmx3g -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.steppewatch.avro \
  -Dlogback.configurationFile="$ROOT/build/logback-test.xml" \
  -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$WORK/classpath.txt")" \
  io.steppewatch.cli.bench.ReprocessBench "${1:-100000}"
