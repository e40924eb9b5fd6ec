#!/usr/bin/env bash
# Installs what the tests need, starts a throwaway PostgreSQL, builds once, runs every test project in one
# `dotnet test` over the solution, stops everything, and ends with the summed count on its own line.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
source scripts/postgres.sh

ensure_dotnet
ensure_apt_packages postgresql postgresql-contrib chromium fonts-liberation sip-tester kamailio baresip espeak-ng sox

PG_DIR=$(mktemp -d /tmp/outreach-test-pg.XXXXXX)
chmod 755 "$PG_DIR"
PG_DATA=$PG_DIR/data
RESULTS=$(mktemp -d /tmp/outreach-test-results.XXXXXX)
cleanup() {
    pg_stop "$PG_DATA"
    rm -rf "$PG_DIR" "$RESULTS"
}
trap cleanup EXIT

PASSWORD=test-$RANDOM$RANDOM
pg_init "$PG_DATA" "$PASSWORD"
PORT=$(pg_free_port 55500)
# A throwaway cluster: durability off for speed, enough connections for parallel test projects.
pg_start "$PG_DATA" "$PORT" fsync=off synchronous_commit=off full_page_writes=off max_connections=1000
export OUTREACH_TEST_DB="Host=127.0.0.1;Port=$PORT;Username=outreach;Password=$PASSWORD;Database=postgres"
export OUTREACH_CHROMIUM=/usr/bin/chromium
echo "Throwaway PostgreSQL on 127.0.0.1:$PORT"

dotnet build Outreach.sln -nologo -v q -clp:ErrorsOnly

set +e
dotnet test Outreach.sln --no-build -nologo 2>&1 | tee "$RESULTS/test.log"
STATUS=${PIPESTATUS[0]}
set -e

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 36, Skipped: 0, Total: 36 ...").
read -r PASSED FAILED SKIPPED < <(grep -E '^(Passed|Failed)! +- Failed:' "$RESULTS/test.log" |
    sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
    awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$STATUS" -ne 0 ] && [ "$FAILED" -eq 0 ]; then FAILED=1; fi
echo
if [ "$SKIPPED" -gt 0 ]; then echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"; else echo "$PASSED passed, $FAILED failed"; fi
exit "$STATUS"
