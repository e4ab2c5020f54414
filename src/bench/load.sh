#!/usr/bin/env bash
# Load check: CLIENTS concurrent clients (default 50) for SECONDS (default 60) of mixed reads and writes against
# the packaged server on a fresh embedded Neo4j. Passes when no request failed and every acknowledged write
# (new persons, and memberships between them and a delegation) reads back afterwards.
#
#   src/bench/load.sh [clients] [seconds]
#
# Needs a packaged app (./mvnw package -DskipTests). Writes send `Authorization: Bearer <data/editor.token>` when
# that file exists (EDITOR_TOKEN_FILE names another).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-50}
SECONDS_=${2:-60}
. src/bench/lib.sh

start_server "seed"
python3 src/bench/ops/load.py "$URL" "$CLIENTS" "$SECONDS_" "$(date +%s)"
echo "server peak RSS $(peak_rss_mib $PID) MiB"
