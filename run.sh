#!/usr/bin/env bash
# Sets up what is missing and serves Outreach on http://localhost:5080 (OUTREACH_URL overrides) in demo mode:
# a private PostgreSQL under .data/pg (unless OUTREACH_DB holds a connection string), simulated telephony,
# demo data and demo users. Idempotent; Ctrl-C stops the app and the private database.
#   ./run.sh           start (reusing .data from an earlier run)
#   ./run.sh --reset   start from an empty database
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
source scripts/setup.sh
source scripts/postgres.sh

RESET=0
for arg in "$@"; do
    case "$arg" in
        --reset) RESET=1 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

URL=${OUTREACH_URL:-http://localhost:5080}
DATA=$ROOT/.data
PG_DATA=$DATA/pg
APP_PID=

cleanup() {
    trap - EXIT INT TERM
    trap '' PIPE  # finish cleaning up even if whatever read our output is gone
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        # SIGTERM: a background job of a script ignores SIGINT, and .NET shuts down gracefully on TERM.
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [ -z "${OUTREACH_DB:-}" ] || [ "${PRIVATE_DB:-0}" = 1 ]; then
        echo "Stopping the private PostgreSQL…"
        pg_stop "$PG_DATA"
    fi
}

ensure_dotnet
if [ -z "${OUTREACH_DB:-}" ]; then
    ensure_apt_packages postgresql postgresql-contrib
    if [ "$RESET" = 1 ]; then
        echo "Resetting: removing $DATA"
        pg_stop "$PG_DATA"
        rm -rf "$DATA"
    fi
    mkdir -p "$DATA"
    [ -f "$DATA/pg.password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$DATA/pg.password"
    chmod 600 "$DATA/pg.password"
    PASSWORD=$(cat "$DATA/pg.password")
    pg_init "$PG_DATA" "$PASSWORD"
    if pg_is_running "$PG_DATA"; then pg_stop "$PG_DATA"; fi
    PORT=$(cat "$DATA/pg.port" 2>/dev/null || true)
    if [ -z "$PORT" ] || ss -Hltn "sport = :$PORT" | grep -q .; then PORT=$(pg_free_port 54329); fi
    echo "$PORT" > "$DATA/pg.port"
    PRIVATE_DB=1
    trap cleanup EXIT INT TERM
    pg_start "$PG_DATA" "$PORT"
    pg_create_db "$PORT" "$PASSWORD" outreach
    export OUTREACH_DB="Host=127.0.0.1;Port=$PORT;Database=outreach;Username=outreach;Password=$PASSWORD"
    echo "Private PostgreSQL on 127.0.0.1:$PORT (data in .data/pg)"
else
    trap cleanup EXIT INT TERM
    echo "Using the database in OUTREACH_DB"
fi

echo "Building…"
dotnet publish src/Web/Outreach.Web.csproj -c Release -o "$ROOT/artifacts/web" -nologo -v q -clp:ErrorsOnly

export OUTREACH_DEMO=true
export ASPNETCORE_URLS=$URL
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
export Orleans__SiloPort=${Orleans__SiloPort:-$(pg_free_port 11111)}
export Orleans__GatewayPort=${Orleans__GatewayPort:-$(pg_free_port 30000)}

cat <<INFO

  Outreach is starting on $URL  (first start loads 50,000 demo subscribers)
  Demo users, all with password 'outreach-demo':
    admin · marketer · manager · agent1 … agent20
  Ctrl-C stops the app and the private database.

INFO
(cd "$ROOT/artifacts/web" && exec dotnet Outreach.Web.dll) &
APP_PID=$!
wait "$APP_PID"
