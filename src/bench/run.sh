#!/usr/bin/env bash
# Benchmark of the packaged server on its embedded Neo4j: time from launch to the first GraphQL answer, resident
# memory after start and after load, and throughput/latency of three queries under wrk (loopback only).
#
#   src/bench/run.sh [seconds-per-query] [connections] [warm-up-seconds]   (defaults: 20 s, 8 connections, 20 s)
#
# Needs a packaged app (./mvnw package -DskipTests) and wrk (apt-get install wrk). Bolt and HTTP use free ports
# and a temporary data directory, so it never touches a running server or your data.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20}
CONNECTIONS=${2:-8}
WARMUP=${3:-20}
APP=target/quarkus-app/quarkus-run.jar
[ -f "$APP" ] || { echo "No $APP: run ./mvnw package -DskipTests first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HTTP_PORT=$(free_port)
BOLT_PORT=$(free_port)
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

URL="http://127.0.0.1:$HTTP_PORT/graphql"
DELEGATIONS='{ delegations { name state { name } head { name } members { name } } }'
ASSETS='{ disputedAssets { name kind controlledBy { state { name } extent sources { name } } claimedBy { state { name } } positions { stance holder { name } } } }'
DEEP='{ talks { name sponsors { name } delegations { name state { name } members { name roles { title state { name } sources { name } } statements { text } } } workingGroups { members { name } } issues { name positions { stance holder { name } concerns { name } sources { name } } } } }'

body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$1"; }
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Starts the server and prints how long it took until it answered the delegations query.
start_server() {
    local start=$(date +%s%N)
    java --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
         --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED ${BENCH_JAVA_OPTS:-} \
         -Dquarkus.http.port="$HTTP_PORT" -Daccord.neo4j.embedded.bolt-port="$BOLT_PORT" \
         -Daccord.neo4j.embedded.data-dir="$WORK/neo4j" -jar "$APP" >> "$WORK/server.log" 2>&1 &
    PID=$!
    until curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$(body "$DELEGATIONS")" "$URL"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
        sleep 0.1
    done
    echo "start to first answer, $1: $(( ($(date +%s%N) - start) / 1000000 )) ms; RSS $(rss_mib $PID) MiB"
}

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
