# Shared by the benchmark scripts: start the packaged server on its embedded Neo4j, on free ports and a temporary
# data directory, so a benchmark never touches a running server or your data. Source it; it sets WORK, BASE, URL,
# BOLT_PORT, PID, and after start_server STARTUP_MS, EDITOR (the header "Authorization: Bearer <editor token>" that
# writes need) and NEO4J_PASSWORD (of the embedded server's user neo4j, for clients on its Bolt port). The server keeps
# its generated token, signing key and password in WORK.
#
#   BENCH_APP        the server jar (default target/quarkus-app/quarkus-run.jar), e.g. an older build's
#   BENCH_JAVA_OPTS  JVM options for the server (default -Xmx512m: a small server, README "Memory")
#   SERVER_OPTS      further options a script gives its server (e.g. -Daccord.page.max-size=5000); set it before
#                    calling start_server
APP=${BENCH_APP:-target/quarkus-app/quarkus-run.jar}
[ -f "$APP" ] || { echo "No $APP: run ./mvnw package -DskipTests first (or set BENCH_APP)" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HTTP_PORT=$(free_port)
BOLT_PORT=$(free_port)
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$HTTP_PORT"
URL="$BASE/graphql"
SERVER_OPTS=${SERVER_OPTS:-}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
PID=
# Further processes a script starts (a load generator, another server): stopped with the server.
CLEANUP_PIDS=()
cleanup() {
    local p
    for p in "${CLEANUP_PIDS[@]}" ${PID:-}; do kill "$p" 2>/dev/null || true; done
    for p in "${CLEANUP_PIDS[@]}" ${PID:-}; do wait "$p" 2>/dev/null || true; done
    [ -n "${KEEP_WORK:-}" ] && echo "work directory kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
# Stopped with Ctrl-C or kill, the script still stops its server and removes its data.
trap 'exit 130' INT TERM

body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$1"; }
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
peak_rss_mib() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Starts the packaged server in the background, logging to $1, with the further options given; its PID in LAUNCHED.
launch() {
    local log=$1
    shift
    java @src/main/jvm/server.args $BENCH_JAVA_OPTS "$@" -jar "$APP" >> "$log" 2>&1 &
    LAUNCHED=$!
}

# Waits until the server of PID $1 answers a GraphQL query at $2; shows its log $3 and stops if it dies first.
await_answer() {
    until curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$(body '{ states { id } }')" "$2"; do
        kill -0 "$1" 2>/dev/null || { cat "$3"; exit 1; }
        sleep 0.1
    done
}

# Starts the server, waits until it answers a GraphQL query and prints how long that took (also in STARTUP_MS).
start_server() {
    local start=$(date +%s%N)
    launch "$WORK/server.log" -Dquarkus.http.port="$HTTP_PORT" -Daccord.neo4j.embedded.bolt-port="$BOLT_PORT" \
         -Daccord.neo4j.embedded.data-dir="$WORK/neo4j" -Daccord.neo4j.embedded.password-file="$WORK/neo4j.password" \
         -Daccord.auth.editor-token-file="$WORK/editor.token" -Daccord.auth.signing-key-file="$WORK/signing-key.pem" \
         $SERVER_OPTS
    PID=$LAUNCHED
    await_answer "$PID" "$URL" "$WORK/server.log"
    STARTUP_MS=$(( ($(date +%s%N) - start) / 1000000 ))
    # With accord.auth.enabled=false the server writes no token, and writes need none.
    EDITOR="Authorization: Bearer $(cat "$WORK/editor.token" 2>/dev/null || echo none)"
    # For the Python clients of the operations scripts (src/bench/ops/client.py).
    export EDITOR_TOKEN_FILE="$WORK/editor.token"
    NEO4J_PASSWORD=$(cat "$WORK/neo4j.password")
    export NEO4J_PASSWORD
    echo "start to first answer, $1: $STARTUP_MS ms; RSS $(rss_mib $PID) MiB"
}
