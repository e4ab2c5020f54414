#!/usr/bin/env bash
# The benchmark of issue 8: the packaged server against hand-written Cypher on a large generated graph.
#
#   src/bench/bench.sh                   full run: DURATION=15 s per query and concurrency, after WARMUP=5 s
#   DURATION=3 WARMUP=1 src/bench/bench.sh    a short check of the whole chain (noisy figures)
#   src/bench/bench.sh --compare         also the side-by-side with @neo4j/graphql 7 (what compare.sh runs alone)
#   src/bench/bench.sh --import-only     only start, generate and import, and report times and memory
#   BENCH_APP=/tmp/bench-before/target/quarkus-app/quarkus-run.jar src/bench/bench.sh   an older build ("before")
#
# It starts the packaged server (BENCH_APP, default target/quarkus-app/quarkus-run.jar; JVM options from
# BENCH_JAVA_OPTS, e.g. -Xmx512m) on a fresh embedded Neo4j (free ports, temporary directory, with
# -Daccord.page.max-size=5000 so that Q2 may ask for all states); generates the large graph (generate.py: 2,000
# states, 10,000 delegations, 100,000 persons, 20,000 assets, 4,000 talks, positions, statements; ~137k nodes,
# ~318k relationships) and imports it through POST /bundles, timed; checks that each query of the mix answers
# without errors and the same as the hand-written Cypher; then loads the server with wrk (the queries of mix.py,
# ids rotating over generated ones) and the same questions in Cypher through the Neo4j Java driver
# (java/DriverBench.java, compiled here with javac against the driver jars the app ships), at each concurrency;
# and writes a Markdown report (REPORT, default target/bench/report.md).
#
# Environment (defaults): DURATION=15  WARMUP=5  CONCURRENCY="1 16"  QUERIES="Q1 Q2 Q3 Q4 Q5 Q6 Q7 Q8 Q9 Q10 Q10s"
#   JIT_WARMUP=90: seconds of load over the whole mix before the first measured row (0 skips it)
# SERVER_OPTS (none): further options for the server, e.g. -Daccord.auth.enabled=false for an A/B of one setting
#   REPORT=target/bench/report.md  SCALE=1 (multiplies the graph's counts)  DRIVER=1 (0 skips the Cypher runs)
#   COMPARE_CONCURRENCY=16  KEEP_WORK= (non-empty keeps the temporary directory: bundles, answers, logs)
#   ORDER_INDEX=1: before any load, creates a RANGE index on (name, id) for State, Person, Delegation and Talks
#   (a no-op where the server made an equivalent one), which the Cypher's `ORDER BY n.name, n.id LIMIT` pages
#   need to read in index order instead of sorting the label; it keeps the driver columns comparable between a
#   build that creates that index and one that does not. ORDER_INDEX=0 measures with the server's indexes only.
# Needs: a packaged app, Java 17 (java, javac), python3, curl, wrk (installed with apt-get when missing), and for
# --compare Node 20+ and npm (the packages are installed in src/bench/neo4j-graphql on first use).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
JIT_WARMUP=${JIT_WARMUP:-90}
CONCURRENCY=${CONCURRENCY:-1 16}
QUERIES=${QUERIES:-Q1 Q2 Q3 Q4 Q5 Q6 Q7 Q8 Q9 Q10 Q10s}
REPORT=${REPORT:-target/bench/report.md}
SCALE=${SCALE:-1}
DRIVER=${DRIVER:-1}
COMPARE_CONCURRENCY=${COMPARE_CONCURRENCY:-16}
ORDER_INDEX=${ORDER_INDEX:-1}
MIX=1 COMPARE=0
for arg in "$@"; do
    case "$arg" in
        --compare) COMPARE=1 ;;
        --compare-only) COMPARE=1 MIX=0 ;;
        --import-only) MIX=0 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument $arg (see the comment at the top of $0)" >&2; exit 2 ;;
    esac
done
BENCH=src/bench

if ! command -v wrk >/dev/null; then
    echo "wrk is missing: installing the Debian package wrk (apt-get install -y wrk)"
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get install -y -qq wrk >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk; } \
        || { echo "could not install wrk; install it and run again" >&2; exit 1; }
fi
for tool in java javac python3 curl; do
    command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done

SERVER_OPTS="-Daccord.page.max-size=5000 ${SERVER_OPTS:-}"
. $BENCH/lib.sh
mkdir -p "$(dirname "$REPORT")" "$WORK/mix" "$WORK/answers" "$WORK/driver-answers"
RESULTS=$WORK/results.tsv META=$WORK/meta.tsv
: > "$RESULTS"; : > "$META"
meta() { printf '%s\t%s\n' "$1" "$2" >> "$META"; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
APP_HOME=$(cd "$(dirname "$APP")" && pwd)
app_commit=$(git -C "$APP_HOME" rev-parse --short HEAD 2>/dev/null || echo "?")
app_dirty=$(git -C "$APP_HOME" status --porcelain --untracked-files=no 2>/dev/null | head -1 || true)
meta date "$(date -u '+%Y-%m-%d %H:%M UTC')"
meta app "$APP_HOME/$(basename "$APP")"
meta commit "commit $app_commit${app_dirty:+ with uncommitted changes} (jar built $(date -u -r "$APP" '+%Y-%m-%d %H:%M UTC'))"
meta java_opts "${BENCH_JAVA_OPTS:-}"
meta server_opts "$SERVER_OPTS"
meta machine "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
meta duration "$DURATION"
meta warmup "$WARMUP"
meta jit_warmup "$JIT_WARMUP"
meta compare_concurrency "$COMPARE_CONCURRENCY"

# --- 1. Start ---------------------------------------------------------------------------------------------------
start_server "fresh database, seed loaded"
meta startup_ms "$STARTUP_MS"
max_heap=$(jcmd "$PID" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | head -1 | cut -d= -f2 || true)
meta max_heap "$([ -n "$max_heap" ] && echo "$((max_heap / 1024 / 1024)) MiB" || echo "?")$([ -z "${BENCH_JAVA_OPTS:-}" ] && echo " (JVM default)")"

# --- 2. Generate and import through POST /bundles ---------------------------------------------------------------
start=$(date +%s%N)
python3 $BENCH/generate.py "$WORK/gen" --scale "$SCALE"
gen_ms=$(ms_since "$start")
echo "bundles generated in $gen_ms ms ($(du -sm "$WORK/gen" | cut -f1) MiB of JSON); importing through POST /bundles"
import_start=$(date +%s%N)
for bundle in "$WORK"/gen/bundle-*.json; do
    start=$(date +%s%N)
    status=$(curl -s -o "$WORK/import.out" -w '%{http_code}' -H 'Content-Type: application/json' -H "$EDITOR" \
        --data-binary @"$bundle" "$BASE/bundles")
    if [ "$status" != 200 ]; then
        echo "import of $(basename "$bundle") failed: HTTP $status: $(head -c 2000 "$WORK/import.out")" >&2
        tail -20 "$WORK/server.log" >&2
        exit 1
    fi
    printf '  %-36s %6d ms  %s\n' "$(basename "$bundle")" "$(ms_since "$start")" "$(cat "$WORK/import.out")"
done
import_ms=$(ms_since "$import_start")
import_hwm=$(peak_rss_mib "$PID")
echo "import: $import_ms ms for $(ls "$WORK"/gen/bundle-*.json | wc -l) bundles; server RSS $(rss_mib "$PID") MiB, peak $import_hwm MiB"
meta import_summary "$(awk -v i="$import_ms" -v g="$gen_ms" -v n="$(ls "$WORK"/gen/bundle-*.json | wc -l)" \
    -v size="$(du -sh "$WORK/gen" | cut -f1)" -v hwm="$import_hwm" \
    'BEGIN { printf "%.1f s for %d bundles (%s of JSON, generated in %.1f s before), peak RSS %s MiB during the import", i / 1000, n, size, g / 1000, hwm }')"

# The load generator for the hand-written Cypher, against the driver the app ships.
DRIVER_CP=$(ls "$APP_HOME"/lib/main/*.jar | grep -E '/(org\.neo4j\.driver\.|org\.neo4j\.bolt\.neo4j-bolt-connection|org\.reactivestreams\.|io\.netty\.netty-|io\.projectreactor\.reactor-core)' | tr '\n' ':')
[[ "$DRIVER_CP" == *neo4j-java-driver* ]] || { echo "no Neo4j Java driver in $APP_HOME/lib/main" >&2; exit 1; }
mkdir -p "$WORK/classes"
javac -nowarn -d "$WORK/classes" -cp "$DRIVER_CP" $BENCH/java/DriverBench.java
driver_bench() { java -Xmx512m -cp "$WORK/classes:$DRIVER_CP" DriverBench "$1" "bolt://127.0.0.1:$BOLT_PORT" "${@:2}"; }

if [ "$ORDER_INDEX" = 1 ]; then
    for label in State Person Delegation Talks; do
        driver_bench exec "CREATE RANGE INDEX bench_${label,,}_name_id IF NOT EXISTS FOR (n:$label) ON (n.name, n.id)"
    done
    driver_bench exec "CALL db.awaitIndexes(300)"
    echo "created RANGE indexes on (name, id) for State, Person, Delegation, Talks (ORDER_INDEX=1)"
fi
driver_bench info > "$WORK/info.tsv"
nodes=$(awk -F'\t' '$1 == "nodes" {print $2}' "$WORK/info.tsv")
rels=$(awk -F'\t' '$1 == "relationships" {print $2}' "$WORK/info.tsv")
echo "graph: $nodes nodes, $rels relationships"
meta graph "$(python3 -c 'import sys; print(f"{int(sys.argv[1]):,} nodes, {int(sys.argv[2]):,} relationships (seed included)")' "$nodes" "$rels")"
meta indexes "$(awk -F'\t' '$1 == "indexes" {print $2}' "$WORK/info.tsv")$([ "$ORDER_INDEX" = 1 ] && echo " (ORDER_INDEX=1: the benchmark made sure of RANGE (name, id) on Delegation, Person, State, Talks)")"

python3 $BENCH/mix.py bodies "$WORK/gen/samples" "$WORK/mix"

# Runs wrk on one file of bodies: prints `req/s p50 p99 non2xx socket-errors graphql-errors requests` (TSV).
wrk_run() { # bodies-file connections seconds url
    local lua="$WORK/mix/$(basename "$1" .bodies).lua"
    python3 $BENCH/mix.py lua "$1" > "$lua"
    wrk -t1 -c"$2" -d"${3}s" --timeout 60s --latency -s "$lua" "$4" > "$WORK/wrk.out" 2>&1 || true
    python3 $BENCH/mix.py wrk "$WORK/wrk.out"
}
# Posts the first body of a file and checks the answer: prints "ok" or what is wrong.
sample_check() { # bodies-file url answer-file
    curl -s -H 'Content-Type: application/json' --data-binary "$(head -1 "$1")" "$2" > "$3" || true
    python3 $BENCH/mix.py check "$3" && echo ok || true
}

# --- 3. and 4. The mix over HTTP, then the same questions through the driver ------------------------------------
if [ "$MIX" = 1 ]; then
    [ "$DRIVER" = 1 ] && driver_bench dump "$WORK/gen/samples" "$QUERIES" "$WORK/driver-answers"
    if [ "$JIT_WARMUP" -gt 0 ]; then
        # The JVM (server and embedded Neo4j) compiles its hot code for about two minutes under load; without this,
        # the first rows measure the compiler as much as the server.
        echo "--- warming the JIT for $JIT_WARMUP s over the whole mix at 16 connections"
        set -- $QUERIES
        for q in $QUERIES; do wrk_run "$WORK/mix/$q.bodies" 16 $(( (JIT_WARMUP + $# - 1) / $# )) "$URL" > /dev/null; done
    fi
    for q in $QUERIES; do
        check=$(sample_check "$WORK/mix/$q.bodies" "$URL" "$WORK/answers/$q.json" | tail -1)
        if [ "$check" = ok ] && [ "$DRIVER" = 1 ]; then
            check="ok; $(python3 $BENCH/mix.py same "$WORK/answers/$q.json" "$WORK/driver-answers/$q.json" "$q")"
        fi
        meta "check_$q" "$check"
        echo "--- $q: $check"
        if [[ "$check" != ok* ]]; then
            echo "    not loaded: a benchmark of error answers is worthless (answer in the report's work dir)"
            for c in $CONCURRENCY; do printf 'server\t%s\t%s\t0\tnan\tnan\t0\t0\t0\t0\n' "$q" "$c" >> "$RESULTS"; done
            continue
        fi
        for c in $CONCURRENCY; do
            [ "$WARMUP" -gt 0 ] && wrk_run "$WORK/mix/$q.bodies" "$c" "$WARMUP" "$URL" > /dev/null
            line=$(wrk_run "$WORK/mix/$q.bodies" "$c" "$DURATION" "$URL")
            printf 'server\t%s\t%s\t%s\n' "$q" "$c" "$line" >> "$RESULTS"
            echo "    server C=$c: $(echo "$line" | awk -F'\t' '{printf "%s req/s, p50 %s ms, p99 %s ms, non-2xx %s, socket errors %s, GraphQL errors %s", $1, $2, $3, $4, $5, $6}')"
        done
    done
    meta rss_after "$(rss_mib "$PID")"
    meta hwm_after "$(peak_rss_mib "$PID")"
    echo "server RSS after the HTTP load: $(rss_mib "$PID") MiB (peak $(peak_rss_mib "$PID") MiB)"
    if [ "$DRIVER" = 1 ]; then
        echo "--- the same questions in Cypher through the Java driver"
        driver_bench bench "$WORK/gen/samples" "$QUERIES" "$CONCURRENCY" "$DURATION" "$WARMUP" "$WORK/driver.tsv"
        cat "$WORK/driver.tsv" >> "$RESULTS"
    fi
else
    meta rss_after "$(rss_mib "$PID")"
    meta hwm_after "$(peak_rss_mib "$PID")"
fi

# --- The side-by-side with @neo4j/graphql 7 (compare.sh) ---------------------------------------------------------
if [ "$COMPARE" = 1 ]; then
    command -v node >/dev/null && command -v npm >/dev/null || { echo "--compare needs node and npm" >&2; exit 1; }
    NG=$BENCH/neo4j-graphql
    if [ ! -d "$NG/node_modules/@neo4j/graphql" ]; then
        echo "installing the packages of $NG (npm ci)"
        (cd "$NG" && npm ci --no-audit --no-fund --loglevel=error)
    fi
    THEIR_PORT=$(free_port)
    THEIR_URL="http://127.0.0.1:$THEIR_PORT/"
    NEO4J_URI="bolt://127.0.0.1:$BOLT_PORT" NEO4J_USER=neo4j PORT=$THEIR_PORT node "$NG/server.mjs" >> "$WORK/neo4j-graphql.log" 2>&1 &
    THEIR_PID=$!
    CLEANUP_PIDS+=("$THEIR_PID")
    until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$THEIR_URL"; do
        kill -0 "$THEIR_PID" 2>/dev/null || { cat "$WORK/neo4j-graphql.log"; exit 1; }
        sleep 0.2
    done
    meta neo4j_graphql_version "$(node -p "require('./$NG/node_modules/@neo4j/graphql/package.json').version")"
    meta node_version "$(node --version)"
    echo "--- @neo4j/graphql $(node -p "require('./$NG/node_modules/@neo4j/graphql/package.json').version") at $THEIR_URL; ours and theirs interleaved at C=$COMPARE_CONCURRENCY"
    for q in Q1 Q2 Q3 Q4 Q5; do
        [[ " $QUERIES " == *" $q "* ]] || continue
        ours=$(sample_check "$WORK/mix/$q.bodies" "$URL" "$WORK/answers/$q.json" | tail -1)
        theirs=$(sample_check "$WORK/mix/theirs-$q.bodies" "$THEIR_URL" "$WORK/answers/theirs-$q.json" | tail -1)
        check="ours $ours, theirs $theirs"
        if [ "$ours" = ok ] && [ "$theirs" = ok ]; then
            check=$(python3 -c 'import json,sys; a,b=(json.load(open(f))["data"] for f in sys.argv[1:]); print("same answer" if a == b else "DIFFERENT answers")' \
                "$WORK/answers/$q.json" "$WORK/answers/theirs-$q.json")
        fi
        meta "cmp_check_$q" "$check"
        echo "$q: $check"
        [ "$ours" = ok ] && [ "$theirs" = ok ] || continue
        if [ "$WARMUP" -gt 0 ]; then
            wrk_run "$WORK/mix/$q.bodies" "$COMPARE_CONCURRENCY" "$WARMUP" "$URL" > /dev/null
            wrk_run "$WORK/mix/theirs-$q.bodies" "$COMPARE_CONCURRENCY" "$WARMUP" "$THEIR_URL" > /dev/null
        fi
        for round in 1 2; do
            for who in ours theirs; do
                if [ $who = ours ]; then file=$WORK/mix/$q.bodies target=$URL; else file=$WORK/mix/theirs-$q.bodies target=$THEIR_URL; fi
                line=$(wrk_run "$file" "$COMPARE_CONCURRENCY" "$DURATION" "$target")
                printf 'compare\t%s\t%s\t%s\t%s\n' "$q" "$round" "$who" "$line" >> "$RESULTS"
                echo "    $who (round $round): $(echo "$line" | awk -F'\t' '{printf "%s req/s, p50 %s ms, p99 %s ms, errors %d", $1, $2, $3, $4 + $5 + $6}')"
            done
        done
    done
    meta rss_end "$(rss_mib "$PID")"
    meta hwm_end "$(peak_rss_mib "$PID")"
fi

# --- 5. Report ---------------------------------------------------------------------------------------------------
if [ "$MIX" = 1 ]; then
    python3 $BENCH/mix.py report "$RESULTS" "$META" "$REPORT"
elif [ "$COMPARE" = 1 ]; then
    python3 $BENCH/mix.py compare-report "$RESULTS" "$META" >> "$REPORT"
else
    python3 $BENCH/mix.py import-report "$META" >> "$REPORT"
fi
echo "report: $(cd "$(dirname "$REPORT")" && pwd)/$(basename "$REPORT")"
