#!/usr/bin/env bash
# Crash check: fires COUNT imports (default 40, four at a time, each a bundle of MEMBERS persons (default 2000)
# with a unique marker) at the packaged server, kills it with kill -9 after KILL_AFTER seconds (default 10), starts
# it again on the same data and checks that every bundle is in the graph whole or not at all, and every import
# acknowledged before the kill whole.
#
#   src/bench/crash.sh [count] [members]
#
# Needs a packaged app (./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-40}
MEMBERS=${2:-2000}
. src/bench/lib.sh

start_server "seed"
python3 src/bench/ops/crash.py fire "$BASE" "$COUNT" "$MEMBERS" "$WORK/acks" &
FIRE=$!
CLEANUP_PIDS+=("$FIRE")
sleep "${KILL_AFTER:-10}"
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
echo "killed with -9 after ${KILL_AFTER:-10} s: $(wc -l < "$WORK/acks" 2>/dev/null || echo 0) imports acknowledged"
wait "$FIRE" || true
start_server "restart after kill -9"
python3 src/bench/ops/crash.py check "$URL" "$COUNT" "$MEMBERS" "$WORK/acks"
