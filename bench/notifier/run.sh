#!/usr/bin/env bash
# Notifier benchmark: Block Kit rendering speed, delivery throughput to a local Slack-like server over
# loopback HTTP (rate limit off), the sustained rate with the default one message per second per webhook, and
# the whole path from an alert topic on a local broker to Slack (delivery record and offset commit included).
#
#   bench/notifier/run.sh              # from anywhere
#   SKIP_BUILD=1 bench/notifier/run.sh # reuse the classes already compiled under services/notifier/target
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
module="$repo/services/notifier"
work="$module/target/notifier-bench"
mkdir -p "$work"

cd "$repo"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -B -o -q -pl services/notifier test-compile dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test
elif [[ ! -f "$work/classpath.txt" ]]; then
  echo "notifier bench: SKIP_BUILD set but $work/classpath.txt is missing; run once without it" >&2
  exit 1
fi

# The Kafka figure uses the embedded KRaft broker unless told otherwise (container needs Docker).
export STEPPEWATCH_TEST_BROKER="${STEPPEWATCH_TEST_BROKER:-embedded}"
java -Dlogback.configurationFile="$repo/bench/notifier/logback-bench.xml" \
  -cp "$module/target/test-classes:$module/target/classes:$(cat "$work/classpath.txt")" \
  io.steppewatch.notifier.bench.NotifierBench
