#!/usr/bin/env bash
# Write throughput: the server's write mutation against the same facts written by hand-written Cypher, side by side.
#
#   src/bench/writes.sh [clients] [seconds]      (default 16 clients, 30 s a row, after a warm-up not recorded)
#   WARMUP=0 src/bench/writes.sh 4 5             a quick check of the whole chain (noisy figures)
#
# Three rows, each CLIENTS concurrent clients with one request in flight each (java/WriteBench.java; HTTP with
# java.net.http, Cypher with the Neo4j Java driver the app ships), each request creating a new person that cites a
# new source of its own and joins the client's own delegation (made first, by POST /bundles):
#   a. server: one GraphQL document over HTTP with the editor token:
#        upsertPerson(input: {id, name, newSources: [{id, name, publishedAt}]}) + link(input: {type: MEMBER_OF, ...})
#   b. driver: the same facts as one parameterised Cypher statement (WriteBench.WRITE) through the driver, against
#      the same embedded database (its Bolt port); before anything else, the script checks that it leaves the same
#      graph as the server's write (WriteBench shape of a person and of its source, ids and names abstracted)
#   d. floor (run on the first server, before c; listed last): the same HTTP path with the editor token and a GraphQL
#      query of `__typename` that reaches no database: what a request costs before any write. With b it bounds any
#      server on this stack: at most 1 / (1/d + 1/b) writes/s, reported as "ceiling" beside the ratios
#   c. constraints only: the first server stopped, a second fresh one started, every index that no constraint owns
#      dropped (SHOW INDEXES ... WHERE owningConstraint IS NULL AND type <> 'LOOKUP'), and the statement of b run
#      there: what the database reaches with its uniqueness constraints alone
# Reports writes/s (acknowledged writes in the measured window), p50, p99, max, errors, the CPU time the server
# process spent per acknowledged write in that window (for b and c the database's alone: their client is another
# process), the persons in the graph after each row, and the ratios server/driver and server/constraints-only, in
# writes/s and in CPU a write, on stdout and in REPORT.
#
# Environment (defaults): WARMUP=420 (the most seconds of the same load before each row, not recorded; its writes
#   count in the persons. The warm-up ends sooner once the rate of three 30-s windows in a row has settled within
#   5 %: on 2 cores the JIT keeps compiling the server's write path for minutes, the server's rate rising from 57 to
#   215 writes/s over five minutes, and a fixed one-minute warm-up measured the compiler)  REPORT=target/bench/writes.md
#   BENCH_APP, BENCH_JAVA_OPTS, SERVER_OPTS as for lib.sh
#   KEEP_WORK= (non-empty keeps the temporary directory: logs, databases, TSV)
# Exits 1 when the driver's write does not leave the server's shape, or a row's persons do not add up to its
# acknowledged writes; errors are counted and reported, not fatal.
# Needs: a packaged app (./mvnw package -DskipTests), Java 17 (java, javac), python3, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-16}
SECONDS_=${2:-30}
WARMUP=${WARMUP:-420}
REPORT=${REPORT:-target/bench/writes.md}
case "$*" in -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
for tool in java javac python3 curl; do
    command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
. src/bench/lib.sh
. src/bench/write-lib.sh
mkdir -p "$(dirname "$REPORT")"
RUN="wb-$(date +%s)"
FAILED=0

compile_write_bench
start_server "rows a and b"
# WriteBench reads the CPU time this process spends in each measured window.
export SERVER_PID=$PID
BOLT="bolt://127.0.0.1:$BOLT_PORT"
TOKEN="$WORK/editor.token"
write_bench setup "$BASE" "$TOKEN" "$RUN-server" "$CLIENTS"
write_bench setup "$BASE" "$TOKEN" "$RUN-driver" "$CLIENTS"

# One line of a WriteBench TSV, its rate counted in `what` (write, request).
summary() { # tsv what
    awk -F'\t' -v what="$2" '{printf "    %s %ss/s, p50 %s ms, p99 %s ms, max %s ms, errors %s (%s); server CPU %s ms a %s; warm-up %s\n", $7, what, $8, $9, $10, $6, $12, $14, what, $13}' "$1"
}

# Prints the row's TSV line, and checks that the persons in the graph grew by the writes it acknowledged.
row() { # name tsv persons-before persons-after
    local acknowledged
    acknowledged=$(cut -f11 "$2")
    summary "$2" write
    echo "    persons in the graph: $4 (+$(( $4 - $3 )); acknowledged writes with the warm-up: $acknowledged)"
    if [ $(( $4 - $3 )) != "$acknowledged" ]; then
        echo "    MISMATCH: the persons do not add up to the acknowledged writes" >&2
        FAILED=1
    fi
    printf '%s\t%s\n' "$(cat "$2")" "$4" >> "$WORK/rows.tsv"
}
: > "$WORK/rows.tsv"

echo "--- a. server: GraphQL mutation over HTTP, $CLIENTS clients, warm-up (at most ${WARMUP} s) + $SECONDS_ s"
before=$(write_bench persons "$BOLT")
write_bench server "$BASE" "$TOKEN" "$RUN-server" "$CLIENTS" "$SECONDS_" "$WARMUP" "$WORK/a.tsv"
after=$(write_bench persons "$BOLT")
row a "$WORK/a.tsv" "$before" "$after"

echo "--- b. driver: one Cypher statement, same database, $CLIENTS clients, warm-up (at most ${WARMUP} s) + $SECONDS_ s"
before=$after
write_bench driver "$BOLT" "$TOKEN" "$RUN-driver" "$CLIENTS" "$SECONDS_" "$WARMUP" "$WORK/b.tsv"
after=$(write_bench persons "$BOLT")
row b "$WORK/b.tsv" "$before" "$after"

# The same graph: the first person of each row, and the source it cites, with what they are linked to.
shape="same graph as the server's write (person and source: labels, properties, relationships)"
for kind in p s; do
    write_bench shape "$BOLT" "$RUN-server-$kind-0-1" > "$WORK/shape-server-$kind.txt" || true
    write_bench shape "$BOLT" "$RUN-driver-$kind-0-1" > "$WORK/shape-driver-$kind.txt" || true
    if ! diff "$WORK/shape-server-$kind.txt" "$WORK/shape-driver-$kind.txt" > "$WORK/shape-$kind.diff"; then
        shape="DIFFERENT from the server's write"
        echo "    the driver's write differs from the server's (< server, > driver):" >&2
        cat "$WORK/shape-$kind.diff" >&2
        FAILED=1
    fi
done
echo "    shape: $shape"
sed 's/^/      /' "$WORK/shape-server-p.txt"

echo "--- d. floor: { __typename } over HTTP with the editor token, $CLIENTS clients, warm-up (at most ${WARMUP} s) + $SECONDS_ s"
write_bench floor "$BASE" "$TOKEN" "$CLIENTS" "$SECONDS_" "$WARMUP" "$WORK/d.tsv"
summary "$WORK/d.tsv" request

echo "--- c. constraints only: a second fresh server, its unowned indexes dropped, the statement of b"
stop_server "$PID"
start_second_server constraints-only
export SERVER_PID=$SECOND_PID
write_bench setup "$SECOND_BASE" "$SECOND_TOKEN" "$RUN-limit" "$CLIENTS"
export NEO4J_PASSWORD=$SECOND_PASSWORD
LIMIT_BOLT="bolt://127.0.0.1:$SECOND_BOLT"
dropped=$(write_bench drop-indexes "$LIMIT_BOLT")
echo "    dropped: $dropped"
before=$(write_bench persons "$LIMIT_BOLT")
write_bench driver "$LIMIT_BOLT" "$SECOND_TOKEN" "$RUN-limit" "$CLIENTS" "$SECONDS_" "$WARMUP" "$WORK/c.tsv"
after=$(write_bench persons "$LIMIT_BOLT")
row c "$WORK/c.tsv" "$before" "$after"
printf '%s\t-\n' "$(cat "$WORK/d.tsv")" >> "$WORK/rows.tsv"
left=$(write_bench indexes "$LIMIT_BOLT" | tr '\n' ' ')
[ -z "$left" ] || { echo "    indexes back after the run: $left" >&2; FAILED=1; }

app_commit=$(git -C "$APP_HOME" rev-parse --short HEAD 2>/dev/null || echo "?")
python3 - "$WORK/rows.tsv" "$REPORT" <<PY
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
what = {
    "a": ("a. server", "GraphQL mutation over HTTP: upsertPerson with newSources + link MEMBER_OF, editor token"),
    "b": ("b. driver", "the same facts as one Cypher statement (WriteBench.WRITE), Java driver, same database"),
    "c": ("c. constraints only", "the statement of b on a fresh database with its unowned indexes dropped"),
    "d": ("d. floor", "{ __typename } over HTTP with the editor token, no database (requests/s)"),
}
by = dict(zip("abcd", rows))
def rate(k):
    return float(by[k][6]) if k in by else float("nan")
def ratio(x, y):
    return f"{rate(x) / rate(y):.2f}x" if rate(y) > 0 else "n/a"
out = []
out.append("# Write throughput: server against hand-written Cypher\n")
out.append("| | |\n|---|---|")
for k, v in [("date", "$(date -u '+%Y-%m-%d %H:%M UTC')"),
             ("app", "$APP_HOME/$(basename "$APP") (commit $app_commit, jar built $(date -u -r "$APP" '+%Y-%m-%d %H:%M UTC'))"),
             ("machine", "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1 | tr -d '"')"),
             ("server JVM", "${BENCH_JAVA_OPTS:-} ${SERVER_OPTS:-}"),
             ("load", "$CLIENTS clients, one request in flight each, a warm-up until the rate settles (at most $WARMUP s) then $SECONDS_ s measured a row; each request a new person citing a new source, joining the client's own delegation"),
             ("shape", "driver: $shape"),
             ("dropped for c", "$dropped")]:
    out.append(f"| {k} | {v} |")
out.append("")
out.append("| row | what | writes/s | p50 ms | p99 ms | max ms | errors | server CPU ms a write | persons after | warm-up (length: writes/s of each 30-s window) |")
out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
for k in "abcd":
    if k in by:
        r = by[k]
        persons = f"{int(r[14]):,}" if r[14] != "-" else "-"
        out.append(f"| {what[k][0]} | {what[k][1]} | {float(r[6]):.1f} | {float(r[7]):.1f} | {float(r[8]):.1f} "
                   f"| {float(r[9]):.1f} | {r[5]} | {r[13]} | {persons} | {r[12]} |")
out.append("")
out.append(f"server/driver: **{ratio('a', 'b')}**; server/constraints-only: **{ratio('a', 'c')}** (writes/s)")
if rate("d") > 0 and rate("b") > 0 and rate("c") > 0:
    ceiling = 1 / (1 / rate("d") + 1 / rate("b"))
    out.append(f"ceiling of any server on this stack, 1 / (1/d + 1/b): **{ceiling:.1f}** writes/s = "
               f"**{ceiling / rate('c'):.2f}x** constraints only; the server reaches {rate('a') / ceiling:.2f}x of it")
def cpu(k):
    return float(by[k][13]) if k in by and by[k][13] != "-" else float("nan")
if all(cpu(k) > 0 for k in "abcd"):
    # The server process's own CPU, whatever share of the cores the load generator beside it takes.
    out.append(f"server CPU a write: a {cpu('a'):.3f} ms, against the database's own {cpu('b'):.3f} ms for b and "
               f"{cpu('c'):.3f} ms for c, and {cpu('d'):.3f} ms a request of d: constraints only / server "
               f"**{cpu('c') / cpu('a'):.2f}x**; a server on this stack pays at least b + d, "
               f"so at most {cpu('c') / (cpu('b') + cpu('d')):.2f}x")
errors = [(what[k][0], by[k][11]) for k in "abcd" if k in by and by[k][11] != "-"]
if errors:
    out.append("")
    out.append("errors: " + "; ".join(f"{n}: {e}" for n, e in errors))
text = "\n".join(out) + "\n"
open(sys.argv[2], "w").write(text)
print(text)
PY
echo "report: $(cd "$(dirname "$REPORT")" && pwd)/$(basename "$REPORT")"
exit $FAILED
