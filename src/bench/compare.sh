#!/usr/bin/env bash
# Accord Graph against the official @neo4j/graphql 7 on the same embedded Neo4j and the same large graph: Q1-Q5
# in each dialect, at concurrency COMPARE_CONCURRENCY (16), interleaved ours, theirs, ours, theirs, each for
# DURATION seconds after WARMUP seconds; the rows are appended to REPORT (default target/bench/report.md).
#
#   src/bench/compare.sh                        DURATION=15 WARMUP=5
#   DURATION=3 WARMUP=1 src/bench/compare.sh    a short check
#
# It starts the packaged server and imports the generated graph as bench.sh does (same BENCH_APP,
# BENCH_JAVA_OPTS, SCALE), then node src/bench/neo4j-graphql/server.mjs on a free port (Apollo Server 4
# standalone), installing its packages with npm ci on first use. To run it in the same session as the full mix
# (one start and one import for both), use src/bench/bench.sh --compare instead.
exec "$(dirname "$0")/bench.sh" --compare-only "$@"
