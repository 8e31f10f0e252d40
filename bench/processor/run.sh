#!/usr/bin/env bash
# Processor bench: the real topology on the embedded broker. Prints sustained articles/s and the latency
# from an article entering `articles` to its alert in `alerts` (median, p99).
# Usage: bench/processor/run.sh [burst=3000] [steady=600] [rate=40]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
./mvnw -B -q install -DskipTests -pl services/processor -am
./mvnw -B -q -pl services/processor exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.steppewatch.processor.bench.ProcessorBench -Dexec.args="${1:-3000} ${2:-600} ${3:-40}" \
  -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.steppewatch.avro -Dlogback.configurationFile="$ROOT/build/logback-test.xml"
