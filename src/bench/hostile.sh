#!/usr/bin/env bash
# Hostile requests: replays src/bench/ops/hostile.jsonl (syntax garbage, deep and wide documents, alias, fragment
# and directive bombs, 10 MB bodies, huge pages, variables of the wrong shape, batches, injection strings in every
# argument, forged tokens, wrong content types) against the packaged server on a fresh embedded Neo4j. Each must be
# refused within LIMIT seconds (default 1) with a coded error or a 4xx with JSON, never a 5xx; the server must be
# ready after, and its export byte-identical to the one before. HostileCorpusTest replays the same file in CI.
#
#   src/bench/hostile.sh [limit-seconds]
#
# Needs a packaged app (./mvnw package -DskipTests). To change the corpus, edit src/bench/ops/hostile_corpus.py
# and run it.
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh

start_server "seed"
python3 src/bench/ops/hostile.py "$BASE" "${1:-1}"
echo "server peak RSS $(peak_rss_mib $PID) MiB"
