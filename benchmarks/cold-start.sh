#!/usr/bin/env bash
# Cold start of ./run.sh on an existing data directory: seconds from launching run.sh until /health
# answers 200 (database started, schema checked, silo up, app serving). Run ./run.sh once first.
#   benchmarks/cold-start.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
URL=${OUTREACH_URL:-http://localhost:5080}
[ -f .data/pg/PG_VERSION ] || { echo "No .data/pg yet: run ./run.sh once (and stop it) first." >&2; exit 2; }
for i in $(seq 1 "$RUNS"); do
    start=$(date +%s.%N)
    ./run.sh > "/tmp/outreach-cold-start-$i.log" 2>&1 &
    pid=$!
    until curl -sf "$URL/health" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { echo "run.sh exited early; see /tmp/outreach-cold-start-$i.log" >&2; exit 1; }
        sleep 0.2
    done
    end=$(date +%s.%N)
    awk -v i="$i" -v s="$start" -v e="$end" 'BEGIN { printf "run %d: %.1f s\n", i, e - s }'
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
done
