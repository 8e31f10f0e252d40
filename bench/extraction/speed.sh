#!/usr/bin/env bash
# Extractor speed against its floor: a bare Jsoup.parse of the same pages, in one warm JVM on one thread.
#   bench/extraction/speed.sh [--rounds N] [--warmup N] [FILE...]   (default: the 88 shared benchmark pages)
#   JFR=1 bench/extraction/speed.sh   # also records a flight recording to services/ingester/target/extraction-bench/extract.jfr
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${STEPPEWATCH_SHARED:-$repo/../shared}"
cd "$repo"
# Own build directory: another build of the module cannot delete classes under the running bench.
build="${INGESTER_BUILD_DIR:-${TMPDIR:-/tmp}/steppewatch-extraction-speed}"
# -am: the ingester compiles against the sibling modules of this tree, not a snapshot in ~/.m2 (a fresh machine has
# none); each module writes the classpath file in turn and the ingester, built last, writes it last.
./mvnw -B -o -q -pl services/ingester -am test-compile dependency:build-classpath -Dingester.build.dir="$build" \
  -Dmdep.includeScope=test -Dmdep.outputFile="$build/bench.classpath" >/dev/null
args=("$@")
has_files=0
for a in "${args[@]+"${args[@]}"}"; do [[ -f "$a" ]] && has_files=1; done
if (( ! has_files )); then
  shopt -s nullglob
  pages=("$shared"/bench/article-extraction/html/*.html.gz)
  if (( ${#pages[@]} == 0 )); then echo "extraction speed: skipped, no pages under $shared/bench"; exit 0; fi
  args+=("${pages[@]}")
fi
jfr=()
if [[ -n "${JFR:-}" ]]; then
  mkdir -p "$repo/services/ingester/target/extraction-bench"
  jfr=("-XX:StartFlightRecording=filename=$repo/services/ingester/target/extraction-bench/extract.jfr,settings=profile")
fi
exec java -Xms1g -Xmx1g "${jfr[@]+"${jfr[@]}"}" -Dsteppewatch.log.level=WARN \
  -cp "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")" \
  io.steppewatch.ingester.bench.ExtractionSpeedBench "${args[@]}"
