#!/usr/bin/env bash
# Outage check: the packaged server uses a Neo4j outside it (another instance of the packaged server, used only for
# its embedded Neo4j, as an external Neo4j would be), under CLIENTS clients (default 20) of reads and writes. After
# UP_FOR seconds (default 10) that Neo4j is stopped, DOWN_FOR seconds later (default 15) started again on the same
# data, and the load goes on for 15 s. While it is down every request must fail with a coded error (DATABASE_UNAVAILABLE
# or TIMEOUT), never a 5xx, within LIMIT seconds (default 10) of being sent or, for a request already waiting while
# Neo4j shut down, of the end of that shutdown; /q/health/ready must go DOWN, and both must come back by themselves.
#
#   src/bench/outage.sh [clients]
#
# Needs a packaged app (./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-20}
UP_FOR=${UP_FOR:-10}
DOWN_FOR=${DOWN_FOR:-15}
. src/bench/lib.sh

start_server "Neo4j host"
APP_PORT=$(free_port)
# Its own token and key, beside the host's; the clients write with its token.
launch "$WORK/app.log" -Dquarkus.http.port="$APP_PORT" -Dquarkus.neo4j.uri="bolt://127.0.0.1:$BOLT_PORT" \
    -Dquarkus.neo4j.authentication.password="$NEO4J_PASSWORD" \
    -Daccord.auth.editor-token-file="$WORK/app-editor.token" -Daccord.auth.signing-key-file="$WORK/app-signing-key.pem"
export EDITOR_TOKEN_FILE="$WORK/app-editor.token"
APP_PID=$LAUNCHED
CLEANUP_PIDS+=("$APP_PID")
await_answer "$APP_PID" "http://127.0.0.1:$APP_PORT/graphql" "$WORK/app.log"
echo "server under test on http://127.0.0.1:$APP_PORT, Neo4j at bolt://127.0.0.1:$BOLT_PORT"

python3 src/bench/ops/outage.py "http://127.0.0.1:$APP_PORT/graphql" "http://127.0.0.1:$APP_PORT/q/health/ready" \
    "$CLIENTS" 15 "$WORK/events" "${LIMIT:-10}" &
LOAD=$!
CLEANUP_PIDS+=("$LOAD")
sleep "$UP_FOR"
echo "down $(date +%s.%N)" >> "$WORK/events"
kill "$PID"
wait "$PID" 2>/dev/null || true
# Neo4j lets running transactions end first (db.shutdown_transaction_end_timeout), so stopping takes a while.
echo "stopped $(date +%s.%N)" >> "$WORK/events"
sleep "$DOWN_FOR"
start_server "Neo4j host again"
echo "up $(date +%s.%N)" >> "$WORK/events"
wait "$LOAD"
