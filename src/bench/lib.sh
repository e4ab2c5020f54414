# Shared by the benchmark scripts: start the packaged server on its embedded Neo4j, on free ports and a temporary
# data directory, so a benchmark never touches a running server or your data. Source it; it sets WORK, URL, PID.
APP=target/quarkus-app/quarkus-run.jar
[ -f "$APP" ] || { echo "No $APP: run ./mvnw package -DskipTests first" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HTTP_PORT=$(free_port)
BOLT_PORT=$(free_port)
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$HTTP_PORT"
URL="$BASE/graphql"
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
# Stopped with Ctrl-C or kill, the script still stops its server and removes its data.
trap 'exit 130' INT TERM

body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$1"; }
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
peak_rss_mib() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Starts the server, waits until it answers a GraphQL query and prints how long that took.
start_server() {
    local start=$(date +%s%N)
    java --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
         --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED ${BENCH_JAVA_OPTS:-} \
         -Dquarkus.http.port="$HTTP_PORT" -Daccord.neo4j.embedded.bolt-port="$BOLT_PORT" \
         -Daccord.neo4j.embedded.data-dir="$WORK/neo4j" -jar "$APP" >> "$WORK/server.log" 2>&1 &
    PID=$!
    until curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$(body '{ states { id } }')" "$URL"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
        sleep 0.1
    done
    echo "start to first answer, $1: $(( ($(date +%s%N) - start) / 1000000 )) ms; RSS $(rss_mib $PID) MiB"
}
