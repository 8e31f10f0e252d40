#!/usr/bin/env bash
# Ingester bench: one full poll cycle of 500 feeds x 20 items with every page fetched and extracted,
# served by local HTTP servers on 127.0.0.1 (50 ports = 50 "hosts"). No Kafka: a counting sink.
# Usage: bench/ingester/run.sh [feeds] [items] [servers] [threads] [max-per-host]
# Heap is fixed (BENCH_HEAP, default 1g) so peak-heap figures compare between runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -o -q -pl services/ingester test-compile
CP_FILE=services/ingester/target/bench.classpath
./mvnw -B -o -q -pl services/ingester dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$CP_FILE" >/dev/null
exec java -Xms"${BENCH_HEAP:-1g}" -Xmx"${BENCH_HEAP:-1g}" -Dsteppewatch.log.level=WARN \
  -cp "services/ingester/target/test-classes:services/ingester/target/classes:$(cat "$CP_FILE")" \
  io.steppewatch.ingester.bench.IngesterBench "$@"
