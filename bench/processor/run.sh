#!/usr/bin/env bash
# Processor bench: the real topology on the embedded broker, exactly-once. Prints sustained articles/s for
# one instance with one stream thread, one instance with two, and two instances; then the latency from an
# article entering `articles` to its alert in `alerts` (median, p99) at a steady rate.
# Usage: bench/processor/run.sh [burst=3000] [steady=600] [rate=40] [processor.key=value]...
#   BENCH_MODES=1t,2t,2i,latency (default: all)  SKIP_BUILD=1 reuses the last build's classes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODULE="$ROOT/services/processor"
WORK="$MODULE/target/processor-bench"
cd "$ROOT"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  # -am builds the sibling modules from this tree (nothing is installed into ~/.m2); the class path file
  # of the last module built, the processor's, is the one kept.
  mkdir -p "$WORK"
  ./mvnw -B -o -q -pl services/processor -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
fi
shift_args=("${1:-3000}" "${2:-600}" "${3:-40}")
[[ $# -gt 3 ]] && shift 3 || set --
exec java -Xmx2g -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.steppewatch.avro \
  -Dlogback.configurationFile="$ROOT/build/logback-test.xml" ${BENCH_JAVA_OPTS:-} \
  -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$WORK/classpath.txt")" \
  io.steppewatch.processor.bench.ProcessorBench "${shift_args[@]}" "$@"
