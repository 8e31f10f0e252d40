#!/usr/bin/env bash
# Ingester bench: one full poll cycle of 500 feeds x 20 items with every page fetched and extracted,
# served by local HTTP servers on 127.0.0.1 (50 ports = 50 "hosts"). No Kafka: a counting sink.
# Usage: bench/ingester/run.sh [feeds] [items] [servers] [threads] [max-per-host]
# Heap is fixed (BENCH_HEAP, default 1g) so peak-heap figures compare between runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Own build directory: other builds of the module cannot delete classes under the running bench.
BUILD="${INGESTER_BUILD_DIR:-${TMPDIR:-/tmp}/steppewatch-ingester-bench}"
./mvnw -B -o -q -pl services/ingester test-compile -Dingester.build.dir="$BUILD"
CP_FILE="$BUILD/bench.classpath"
./mvnw -B -o -q -pl services/ingester dependency:build-classpath -Dingester.build.dir="$BUILD" \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
exec java -Xms"${BENCH_HEAP:-1g}" -Xmx"${BENCH_HEAP:-1g}" -Dsteppewatch.log.level=WARN \
  -cp "$BUILD/test-classes:$BUILD/classes:$(cat "$CP_FILE")" \
  io.steppewatch.ingester.bench.IngesterBench "$@"
