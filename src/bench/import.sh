#!/usr/bin/env bash
# Import benchmark: posts one generated fact bundle to POST /bundles of the packaged server on its embedded Neo4j
# and reports how long the import took and the server's peak resident memory; then posts it again (nothing to
# change) to time an idempotent re-import.
#
#   src/bench/import.sh [entities]   (default 100000: 100 delegations, the rest persons, each person a member
#                                     of a delegation, so about as many relationships as entities)
#
# Needs a packaged app (./mvnw package -DskipTests). BENCH_JAVA_OPTS passes JVM options, e.g. -Xmx1g; BENCH_APP
# names another build's jar. The large mixed graph of the query benchmark: src/bench/bench.sh --import-only.
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTITIES=${1:-100000}
. src/bench/lib.sh

python3 - "$ENTITIES" "$WORK/bundle.json" <<'PY'
import json, sys
n, out = int(sys.argv[1]), sys.argv[2]
groups = min(100, n)
cite = ["bulk-report"]
entities = [{"type": "Delegation", "id": f"delegation-{i}", "name": f"Delegation {i}", "sources": cite}
            for i in range(groups)]
entities += [{"type": "Person", "id": f"person-{i}", "name": f"Person {i}", "aliases": [f"P{i}"], "sources": cite}
             for i in range(n - groups)]
relationships = [{"type": "MEMBER_OF", "from": f"person-{i}", "to": f"delegation-{i % groups}",
                  "since": "2026-01-01", "sources": cite} for i in range(n - groups)]
json.dump({"format": "accord-graph/fact-bundle@1", "sources": [{"id": "bulk-report", "name": "Bulk report"}],
           "entities": entities, "relationships": relationships}, open(out, "w"))
PY
echo "bundle: $ENTITIES entities, $(( $(stat -c %s "$WORK/bundle.json") / 1024 / 1024 )) MiB of JSON"

start_server "empty database"
for attempt in "first import" "same bundle again"; do
    start=$(date +%s%N)
    result=$(curl -sf -H 'Content-Type: application/json' -H "$EDITOR" --data-binary @"$WORK/bundle.json" "$BASE/bundles")
    echo "$attempt: $(( ($(date +%s%N) - start) / 1000000 )) ms, $result; peak RSS so far $(peak_rss_mib $PID) MiB"
done
