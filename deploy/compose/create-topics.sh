#!/bin/sh
# GENERATED from io.steppewatch.kafka.Topics#definitions() by DeployFiles: do not edit.
# Regenerate: ./mvnw -B -o -q -pl services/cli test -Dtest=DeployConsistencyTest -Dsteppewatch.deploy.write=true
# Creates every steppewatch topic that is missing; run by the topic-init service of compose.yaml.
set -eu
BOOTSTRAP="${BOOTSTRAP_SERVERS:-kafka:9092}"
PREFIX="${TOPIC_PREFIX:-}"
TOPICS="${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}"

# Articles about the region, key = article id; the whole history, latest version of each.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}articles" --partitions 3 --config cleanup.policy=compact --config retention.ms=-1
# Each article with its language, topics, countries and figures.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}articles-analyzed" --partitions 3 --config cleanup.policy=compact --config retention.ms=-1
# Every alert the figure ledger raised, key = alert id.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}alerts" --partitions 3 --config cleanup.policy=delete --config retention.ms=-1
# Alerts of articles about sanctions.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}alerts-sanctions" --partitions 3 --config cleanup.policy=delete --config retention.ms=-1
# Alerts of articles about trade.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}alerts-trade" --partitions 3 --config cleanup.policy=delete --config retention.ms=-1
# Alerts of articles about security.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}alerts-security" --partitions 3 --config cleanup.policy=delete --config retention.ms=-1
# Alerts of articles about corridors.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}alerts-corridors" --partitions 3 --config cleanup.policy=delete --config retention.ms=-1
# Records the processor could not read or process.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}processor-dlq" --partitions 3 --config cleanup.policy=delete --config retention.ms=2592000000
# Alerts that could not be delivered to Slack for good.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}notifier-dlq" --partitions 3 --config cleanup.policy=delete --config retention.ms=2592000000
# Deliveries made, key = subscription|alert id.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}notifier-deliveries" --partitions 3 --config cleanup.policy=compact --config retention.ms=-1
# Ingester state: feed validators and published content hashes.
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "${PREFIX}ingester-state" --partitions 3 --config cleanup.policy=compact --config retention.ms=-1

echo "steppewatch topics ready on $BOOTSTRAP"
