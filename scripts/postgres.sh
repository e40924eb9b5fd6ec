# Functions to run a private PostgreSQL cluster for run.sh and test.sh. Source this file.
# PostgreSQL refuses to run as root, so as root the cluster runs as the system user "outreach".

PG_SYSTEM_USER=outreach

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; return 1; }
    echo "$dir"
}

# Runs a command as the cluster's owner.
pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_SYSTEM_USER" -- "$@"; else "$@"; fi
}

pg_ensure_owner() {
    [ "$(id -u)" -eq 0 ] || return 0
    id -u "$PG_SYSTEM_USER" >/dev/null 2>&1 ||
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_SYSTEM_USER"
}

# The owner must reach the data directory: give "others" search (x) permission on each parent that lacks it.
pg_make_reachable() {
    [ "$(id -u)" -eq 0 ] || return 0
    local dir
    dir=$(dirname "$1")
    while [ "$dir" != "/" ]; do
        [ -x "$dir" ] && ! runuser -u "$PG_SYSTEM_USER" -- test -x "$dir" && chmod o+x "$dir"
        dir=$(dirname "$dir")
    done
}

pg_free_port() {
    local port=${1:-54329}
    while ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; do port=$((port + 1)); done
    echo "$port"
}

# pg_init DATA_DIR PASSWORD: creates the cluster once (idempotent).
pg_init() {
    local data=$1 password=$2 bin
    bin=$(pg_bin) || return 1
    [ -f "$data/PG_VERSION" ] && return 0
    pg_ensure_owner
    mkdir -p "$data"
    pg_make_reachable "$data"
    [ "$(id -u)" -eq 0 ] && chown "$PG_SYSTEM_USER" "$data"
    chmod 700 "$data"
    local pwfile
    pwfile=$(mktemp)
    printf '%s\n' "$password" > "$pwfile"
    [ "$(id -u)" -eq 0 ] && chown "$PG_SYSTEM_USER" "$pwfile"
    pg_as_owner "$bin/initdb" -D "$data" -U outreach --auth=scram-sha-256 --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
}

# pg_start DATA_DIR PORT [extra -c settings...]: starts the cluster on 127.0.0.1:PORT.
pg_start() {
    local data=$1 port=$2; shift 2
    local bin opts="-p $port -c listen_addresses=127.0.0.1 -k $data"
    bin=$(pg_bin) || return 1
    for setting in "$@"; do opts="$opts -c $setting"; done
    if ! pg_as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -o "$opts" -w -t 60 start >/dev/null; then
        # Say why before the caller's cleanup removes the directory (and the log with it).
        echo "PostgreSQL did not start on port $port; the end of its log:" >&2
        tail -n 20 "$data/server.log" >&2 2>/dev/null || true
        return 1
    fi
}

pg_stop() {
    local data=$1 bin
    bin=$(pg_bin) || return 0
    [ -f "$data/postmaster.pid" ] || return 0
    pg_as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null || true
}

pg_is_running() {
    local bin
    bin=$(pg_bin) || return 1
    pg_as_owner "$bin/pg_ctl" -D "$1" status >/dev/null 2>&1
}

# pg_create_db PORT PASSWORD NAME: creates the database if missing.
pg_create_db() {
    local port=$1 password=$2 name=$3
    PGPASSWORD=$password psql -h 127.0.0.1 -p "$port" -U outreach -d postgres -tAq \
        -c "select 1 from pg_database where datname = '$name'" | grep -q 1 ||
        PGPASSWORD=$password psql -h 127.0.0.1 -p "$port" -U outreach -d postgres -q -c "create database \"$name\""
}
