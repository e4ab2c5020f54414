#!/usr/bin/env bash
# Load check: CLIENTS concurrent clients (default 50) for SECONDS (default 60) of mixed reads and writes against
# the packaged server on a fresh embedded Neo4j. Passes when no request failed and every acknowledged write
# (a new person, a member of one of a few delegations) reads back afterwards.
#
#   src/bench/load.sh [clients] [seconds]      WARMUP=420 (the most seconds of the same load first, not recorded;
#                                              it ends once the rate has settled, see writes.sh; its writes join
#                                              working groups, which the read does not list, so that the measured
#                                              delegations start empty as in a run without warm-up; they are read
#                                              back too)
#
# Each client (java/WriteBench.java, mode mixed: java.net.http, one request in flight, 30 s client timeout) sends
#   80 % nested reads: { delegations { name head { name } members(first: 20) { name roles { title } } sources { name } } }
#   20 % small writes: one document with upsertPerson (a new person citing a new source of its own, newSources) and
#        link MEMBER_OF to one of DELEGATIONS delegations (default 4, made first by POST /bundles), so that
#        writers share them
# and reports reads and writes apart (count, p50, p99, max), errors by kind (HTTP status, extensions.code,
# timeout), then reads back every acknowledged write: the person exists and is a member of its delegation. Exits 1
# on any error or missing read-back.
#
# Needs a packaged app (./mvnw package -DskipTests) and a JDK 17 (javac). Writes send `Authorization: Bearer
# <editor token>` (the one the server wrote at start, lib.sh); TIMEOUT (default 30) is the client timeout in seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-50}
SECONDS_=${2:-60}
DELEGATIONS=${DELEGATIONS:-4}
WARMUP=${WARMUP:-420}
TIMEOUT=${TIMEOUT:-30}
. src/bench/lib.sh
. src/bench/write-lib.sh

compile_write_bench
start_server "seed"
status=0
write_bench mixed "$BASE" "$EDITOR_TOKEN_FILE" "load-$(date +%s)" "$CLIENTS" "$SECONDS_" "$DELEGATIONS" "$TIMEOUT" \
    "$WARMUP" || status=$?
echo "server peak RSS $(peak_rss_mib $PID) MiB"
exit $status
