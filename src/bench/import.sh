#!/usr/bin/env bash
# Import benchmark: posts one generated fact bundle to POST /bundles of the packaged server on its embedded Neo4j
# and reports how long the import took and the server's peak resident memory; then posts it again (nothing to
# change) to time an idempotent re-import. Then the same entities and relationships are written through the Neo4j
# Java driver as hand-written `UNWIND $rows AS row MERGE ...` (java/WriteBench.java, mode import: one transaction,
# statements of 10,000 rows as the server slices its own) into a second fresh server's database (the first one
# stopped first), twice as well, and the script reports both times and the ratio server/driver. It checks that the
# driver wrote the same graph: the two servers' exports (GET /bundles/export) are byte-identical, and a person
# with what it is linked to has the same shape (WriteBench shape: derived keys, REPORTED_BY, claims).
#
#   src/bench/import.sh [entities]   (default 100000: 100 delegations, the rest persons, each person a member
#                                     of a delegation, so about as many relationships as entities)
#
# Needs a packaged app (./mvnw package -DskipTests) and a JDK 17 (javac). BENCH_JAVA_OPTS passes JVM options to both
# servers, e.g. -Xmx1g; BENCH_APP names another build's jar; WRITE_BENCH_HEAP (default 1536m) is the heap of the
# driver's client, which holds the bundle's rows. DRIVER=0 skips the driver's import. The large mixed graph of the
# query benchmark: src/bench/bench.sh --import-only.
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTITIES=${1:-100000}
DRIVER=${DRIVER:-1}
. src/bench/lib.sh
. src/bench/write-lib.sh
[ "$DRIVER" = 0 ] || compile_write_bench

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
server_ms=()
for attempt in "first import" "same bundle again"; do
    start=$(date +%s%N)
    result=$(curl -sf -H 'Content-Type: application/json' -H "$EDITOR" --data-binary @"$WORK/bundle.json" "$BASE/bundles")
    server_ms+=($(( ($(date +%s%N) - start) / 1000000 )))
    echo "$attempt: ${server_ms[-1]} ms, $result; peak RSS so far $(peak_rss_mib $PID) MiB"
    if [ "$attempt" = "first import" ]; then server_result=$result; fi
done
[ "$DRIVER" = 0 ] && exit 0

# The server's graph, to compare the driver's with; then the first server stops, so that the second has the machine.
curl -sf "$BASE/bundles/export" > "$WORK/export-server.json"
write_bench shape "bolt://127.0.0.1:$BOLT_PORT" person-0 > "$WORK/shape-server.txt"
stop_server "$PID"

start_second_server "driver import"
export NEO4J_PASSWORD=$SECOND_PASSWORD
export WRITE_BENCH_HEAP=${WRITE_BENCH_HEAP:-1536m}
driver_ms=()
for attempt in "first import" "same bundle again"; do
    write_bench import "bolt://127.0.0.1:$SECOND_BOLT" "$SECOND_TOKEN" "$WORK/bundle.json" > "$WORK/driver.tsv"
    get() { awk -F'\t' -v k="$1" '$1 == k {print $2}' "$WORK/driver.tsv"; }
    driver_ms+=($(get driver_ms))
    echo "driver, $attempt: $(get driver_ms) ms (reading the bundle $(get parse_ms) ms, the transaction $(get write_ms) ms)," \
         "$(get nodes_created) nodes and $(get relationships_created) relationships created; server RSS $(rss_mib "$SECOND_PID") MiB"
    if [ "$attempt" = "first import" ]; then
        driver_result="{\"nodesCreated\":$(get nodes_created),\"relationshipsCreated\":$(get relationships_created)}"
    fi
done

same=1
curl -sf "$SECOND_BASE/bundles/export" > "$WORK/export-driver.json"
if cmp -s "$WORK/export-server.json" "$WORK/export-driver.json"; then
    echo "exports: byte-identical ($(( $(stat -c %s "$WORK/export-server.json") / 1024 )) KiB)"
else
    echo "exports DIFFER: $(cmp "$WORK/export-server.json" "$WORK/export-driver.json" | head -1)" >&2
    same=0
fi
write_bench shape "bolt://127.0.0.1:$SECOND_BOLT" person-0 > "$WORK/shape-driver.txt"
if diff "$WORK/shape-server.txt" "$WORK/shape-driver.txt" > "$WORK/shape.diff"; then
    echo "shape of person-0 and what it is linked to: the same"
else
    echo "shape of person-0 DIFFERS (< server, > driver):" >&2
    cat "$WORK/shape.diff" >&2
    same=0
fi
[ "$server_result" = "$driver_result" ] || { echo "created: server $server_result, driver $driver_result" >&2; same=0; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2fx" : "n/a"), a / b }'; }
echo
echo "| $ENTITIES entities | server (POST /bundles) | driver (UNWIND ... MERGE) | server/driver (time) |"
echo "|---|---:|---:|---:|"
echo "| first import | ${server_ms[0]} ms | ${driver_ms[0]} ms | $(ratio "${server_ms[0]}" "${driver_ms[0]}") |"
echo "| same bundle again | ${server_ms[1]} ms | ${driver_ms[1]} ms | $(ratio "${server_ms[1]}" "${driver_ms[1]}") |"
[ "$same" = 1 ] || { echo "the driver's import did not write the server's graph" >&2; exit 1; }
