#!/usr/bin/env bash
# Benchmark of the packaged server on its embedded Neo4j: time from launch to the first GraphQL answer, resident
# memory after start and after load, and throughput/latency of three queries under wrk (loopback only).
#
#   src/bench/run.sh [seconds-per-query] [connections] [warm-up-seconds]   (defaults: 20 s, 8 connections, 20 s)
#
# Needs a packaged app (./mvnw package -DskipTests) and wrk (apt-get install wrk). Bolt and HTTP use free ports
# and a temporary data directory, so it never touches a running server or your data.
# BENCH_JAVA_OPTS passes JVM options (e.g. -Xmx256m), BENCH_APP names another build's jar. The benchmark on the
# large generated graph, against hand-written Cypher: src/bench/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20}
CONNECTIONS=${2:-8}
WARMUP=${3:-20}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
. src/bench/lib.sh

DELEGATIONS='{ delegations { name state { name } head { name } members { name } } }'
ASSETS='{ disputedAssets { name kind controlledBy { state { name } extent sources { name } } claimedBy { state { name } } positions { stance holder { name } } } }'
DEEP='{ talks { name sponsors { name } delegations { name state { name } members { name roles { title state { name } sources { name } } statements { text } } } workingGroups { members { name } } issues { name positions { stance holder { name } concerns { name } sources { name } } } } }'

start_server "empty database (schema created, seed loaded)"
kill "$PID"; wait "$PID" || true
start_server "restart on the same data"

for name in DELEGATIONS ASSETS DEEP; do
    body "${!name}" > "$WORK/$name.json"
    cat > "$WORK/$name.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$WORK/$name.json"); wrk.body = f:read("*a"); f:close()
LUA
    wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/$name.lua" "$URL" > /dev/null   # lets the JIT compile the path
    echo "--- $name: $DURATION s, $CONNECTIONS connections"
    wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/$name.lua" "$URL" \
        | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%'
done
echo "RSS after load: $(rss_mib $PID) MiB"
