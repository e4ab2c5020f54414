# Shared by writes.sh, load.sh and import.sh, after lib.sh: compiles java/WriteBench.java with javac against the jars
# the benchmarked app ships (the Neo4j driver as bench.sh takes it, and Jackson), and runs it.
#
#   compile_write_bench         into $WORK/write-classes
#   write_bench MODE ARGS...    java -Xmx$WRITE_BENCH_HEAP (default 512m) WriteBench MODE ARGS... (see its comment)
APP_HOME=$(cd "$(dirname "$APP")" && pwd)
WRITE_BENCH_CP=$(ls "$APP_HOME"/lib/main/*.jar | grep -E '/(org\.neo4j\.driver\.|org\.neo4j\.bolt\.neo4j-bolt-connection|org\.reactivestreams\.|io\.netty\.netty-|io\.projectreactor\.reactor-core|com\.fasterxml\.jackson\.core\.)' | tr '\n' ':')

compile_write_bench() {
    [[ "$WRITE_BENCH_CP" == *neo4j-java-driver* ]] || { echo "no Neo4j Java driver in $APP_HOME/lib/main" >&2; exit 1; }
    [[ "$WRITE_BENCH_CP" == *jackson-databind* ]] || { echo "no jackson-databind in $APP_HOME/lib/main" >&2; exit 1; }
    command -v javac >/dev/null || { echo "javac is missing (a JDK 17 is needed)" >&2; exit 1; }
    mkdir -p "$WORK/write-classes"
    javac -nowarn -d "$WORK/write-classes" -cp "$WRITE_BENCH_CP" src/bench/java/WriteBench.java
}

write_bench() {
    java -Xmx"${WRITE_BENCH_HEAP:-512m}" -cp "$WORK/write-classes:$WRITE_BENCH_CP" WriteBench "$@"
}

# Starts another packaged server with a fresh embedded Neo4j of its own (ports, data, token and password under
# $WORK/$1), as outage.sh runs two; sets SECOND_PID, SECOND_BASE, SECOND_BOLT, SECOND_TOKEN, SECOND_PASSWORD.
start_second_server() {
    local dir="$WORK/$1" start=$(date +%s%N)
    mkdir -p "$dir"
    local http_port=$(free_port)
    SECOND_BOLT=$(free_port)
    launch "$dir/server.log" -Dquarkus.http.port="$http_port" -Daccord.neo4j.embedded.bolt-port="$SECOND_BOLT" \
        -Daccord.neo4j.embedded.data-dir="$dir/neo4j" -Daccord.neo4j.embedded.password-file="$dir/neo4j.password" \
        -Daccord.auth.editor-token-file="$dir/editor.token" -Daccord.auth.signing-key-file="$dir/signing-key.pem" \
        $SERVER_OPTS
    SECOND_PID=$LAUNCHED
    CLEANUP_PIDS+=("$SECOND_PID")
    SECOND_BASE="http://127.0.0.1:$http_port"
    await_answer "$SECOND_PID" "$SECOND_BASE/graphql" "$dir/server.log"
    SECOND_TOKEN="$dir/editor.token"
    SECOND_PASSWORD=$(cat "$dir/neo4j.password")
    echo "start to first answer, $1: $(( ($(date +%s%N) - start) / 1000000 )) ms; RSS $(rss_mib "$SECOND_PID") MiB"
}

# Stops the server of PID $1 (started by this script) and waits for it.
stop_server() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
