#!/usr/bin/env bash
# Console bench: render time of an alert's page whose series holds 500 figures, in-process and over HTTP on
# 127.0.0.1. Prints median, p95, p99 and max in ms.
# Usage: bench/console/run.sh [iterations=1000]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CP_FILE="$ROOT/services/processor/target/bench-classpath.txt"
./mvnw -B -q -pl services/processor -am test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" \
  -Dmdep.includeScope=test
java -Xmx512m -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.steppewatch.avro \
  -Dlogback.configurationFile="$ROOT/build/logback-test.xml" \
  -cp "$ROOT/services/processor/target/test-classes:$ROOT/services/processor/target/classes:$(cat "$CP_FILE")" \
  io.steppewatch.processor.console.ConsoleRenderBench "${1:-1000}"
