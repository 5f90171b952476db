#!/bin/sh
# Entrypoint rendered by paperclip-fly: Tailscale, PostgreSQL, then Paperclip as an unprivileged user.
# Every path, the runtime user, the ports and the commands come from the environment with production
# defaults, so this exact script also runs in a test with the filesystem root redirected.
set -eu

DEFAULT_VOLUME={{volumePath}}
DEFAULT_PORT={{internalPort}}
DEFAULT_TAILNET_DNS={{tailnetDns}}

VOLUME_DIR="${PAPERCLIP_VOLUME:-$DEFAULT_VOLUME}"
STASH_DIR="${PAPERCLIP_STASH_DIR:-/etc/paperclip}"
RUN_DIR="${PAPERCLIP_RUN_DIR:-/var/run}"
RUNTIME_USER="${PAPERCLIP_USER:-node}"
TUN_DEVICE="${PAPERCLIP_TUN_DEVICE:-/dev/net/tun}"
NODE_BIN="${PAPERCLIP_NODE:-node}"
SERVER_ENTRY="${PAPERCLIP_SERVER_ENTRY:-/usr/local/lib/node_modules/paperclipai/node_modules/@paperclipai/server/dist/index.js}"
PAPERCLIP_CLI="${PAPERCLIP_CLI:-paperclipai}"
HEALTH_TIMEOUT="${PAPERCLIP_HEALTH_TIMEOUT:-300}"
TAILNET_DNS="${TAILNET_DNS:-$DEFAULT_TAILNET_DNS}"
PORT="${PORT:-$DEFAULT_PORT}"
INSTANCE_DIR="$VOLUME_DIR/instances/${PAPERCLIP_INSTANCE_ID:-default}"
RUNTIME_HOME="$VOLUME_DIR/home"
BOOTSTRAP_MARKER="$INSTANCE_DIR/.bootstrapped"
ADMIN_MARKER="$INSTANCE_DIR/.admin-exists"

export PORT
export PAPERCLIP_HOME="$VOLUME_DIR"
export PAPERCLIP_INSTANCE_ID="${PAPERCLIP_INSTANCE_ID:-default}"
# Always set PAPERCLIP_CONFIG: otherwise Paperclip walks up from the cwd and may load a stray config.
export PAPERCLIP_CONFIG="$INSTANCE_DIR/config.json"
# Migrations apply without a prompt even when a TTY is attached (docker run -t would otherwise refuse).
export PAPERCLIP_MIGRATION_AUTO_APPLY=true
export PAPERCLIP_UPDATE_CHECK="${PAPERCLIP_UPDATE_CHECK:-0}"

log() { printf 'paperclip-start: %s\n' "$*"; }
fail() { printf 'paperclip-start: ERROR: %s\n' "$*" >&2; exit 1; }

# Paths reach pg_ctl's option string, which splits on blanks: accept only plain path characters.
for path in "$VOLUME_DIR" "$STASH_DIR" "$RUN_DIR"; do
  case "$path" in
    /*) ;;
    *) fail "$path must be an absolute path" ;;
  esac
  case "$path" in
    *[!A-Za-z0-9/_.-]*) fail "$path may contain only letters, digits, '/', '_', '.' and '-'" ;;
  esac
done
case "$PORT" in ''|*[!0-9]*) fail "PORT must be a number, got '$PORT'" ;; esac
# TAILNET_DNS comes from a Fly secret and becomes part of a hostname and a URL: a DNS name only.
case "$TAILNET_DNS" in
  *[!a-z0-9.-]*|.*|*.) fail "TAILNET_DNS must be a DNS name such as tail1234ab.ts.net (lowercase letters, digits, '.', '-')" ;;
esac

# Better Auth signs sessions with one secret, Paperclip signs agent JWTs with another: both must be set.
[ -n "${BETTER_AUTH_SECRET:-}" ] || fail "BETTER_AUTH_SECRET is not set (see DEPLOY.md, step 2)"
[ -n "${PAPERCLIP_AGENT_JWT_SECRET:-}" ] || fail "PAPERCLIP_AGENT_JWT_SECRET is not set (see DEPLOY.md, step 2)"

APP_PID=""
APP_PID_FILE=""
TS_PID=""
{{#if localPostgres}}
PG_STARTED=""
{{/if}}

# shellcheck disable=SC2317 # called by the EXIT trap, which shellcheck cannot follow
stop_all() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping Paperclip"
    # Signal Paperclip itself: runuser answers SIGTERM by killing its child 2 s later, cutting shutdown short.
    if [ -s "$APP_PID_FILE" ]; then
      kill -TERM "$(cat "$APP_PID_FILE")" 2>/dev/null || true
    else
      kill -TERM "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" || true
  fi
{{#if localPostgres}}
  if [ -n "$PG_STARTED" ]; then
    log "stopping PostgreSQL"
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop || true
  fi
{{/if}}
  if [ -n "$TS_PID" ] && kill -0 "$TS_PID" 2>/dev/null; then
    kill -TERM "$TS_PID" 2>/dev/null || true
    wait "$TS_PID" || true
  fi
}
# Forward SIGTERM (Fly's kill_signal) to Paperclip and stop PostgreSQL cleanly before exiting.
trap stop_all EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

# Waits up to $2 seconds for the command after it to succeed; $1 names what is awaited.
wait_until() {
  what=$1
  limit=$2
  shift 2
  waited=0
  until "$@" >/dev/null 2>&1; do
    waited=$((waited + 1))
    [ "$waited" -le "$limit" ] || fail "$what not ready after ${limit}s"
    sleep 1
  done
}

# ---- Tailscale --------------------------------------------------------------------------------
TS_HOSTNAME="${FLY_APP_NAME:-paperclip}"
if [ -n "${TAILSCALE_AUTH_KEY:-}" ]; then
  TS_STATE_DIR="$VOLUME_DIR/tailscale"
  TS_RUN_DIR="$RUN_DIR/tailscale"
  TS_SOCKET="$TS_RUN_DIR/tailscaled.sock"
  mkdir -p "$TS_STATE_DIR" "$TS_RUN_DIR"
  # TUN mode, not userspace: `tailscale serve --https` needs it to provision certificates; Fly VMs have TUN.
  [ -e "$TUN_DEVICE" ] || fail "$TUN_DEVICE is missing: tailscale serve --https needs TUN mode"
  # --statedir, not --state: certificates live in the state dir, and it persists on the volume.
  tailscaled --statedir="$TS_STATE_DIR" --socket="$TS_SOCKET" &
  TS_PID=$!
  wait_until "tailscaled socket" 30 test -e "$TS_SOCKET"
  # The key goes through a 0600 file, not argv, so it never shows in the process list.
  KEY_FILE="$TS_RUN_DIR/auth-key"
  (umask 077 && printf '%s' "$TAILSCALE_AUTH_KEY" > "$KEY_FILE")
  # A reusable key is needed: this runs on every boot and a single-use key is consumed by the first.
  tailscale --socket="$TS_SOCKET" up --auth-key="file:$KEY_FILE" --hostname="$TS_HOSTNAME"
  rm -f "$KEY_FILE"
  # TLS is terminated here, so fly.toml keeps force_https off (Flycast is plain HTTP).
  tailscale --socket="$TS_SOCKET" serve --bg --https=443 "http://127.0.0.1:$PORT"
else
  log "TAILSCALE_AUTH_KEY is not set: not joining the tailnet"
fi

if [ -n "$TAILNET_DNS" ]; then
  PUBLIC_HOST="$TS_HOSTNAME.$TAILNET_DNS"
  PUBLIC_URL="https://$PUBLIC_HOST"
  # The hostname guard allows localhost and the public URL's host; nothing else reaches Paperclip.
  export PAPERCLIP_ALLOWED_HOSTNAMES="$PUBLIC_HOST"
else
  PUBLIC_URL="http://localhost:$PORT"
fi
export PAPERCLIP_PUBLIC_URL="$PUBLIC_URL"

# ---- Config -----------------------------------------------------------------------------------
mkdir -p "$INSTANCE_DIR" "$RUNTIME_HOME"
# The volume mount hides files COPY'd under it: config is stashed outside and copied only when absent.
if [ ! -f "$PAPERCLIP_CONFIG" ]; then
  log "copying $STASH_DIR/config.json to $PAPERCLIP_CONFIG"
  cp "$STASH_DIR/config.json" "$PAPERCLIP_CONFIG"
fi
{{#if localPostgres}}

# ---- PostgreSQL on the volume -----------------------------------------------------------------
# System PostgreSQL, not Paperclip's embedded one, which does not initialise in Docker.
# pg_config --bindir: the server binaries are not on PATH.
PG_BIN="${PAPERCLIP_PG_BIN:-$(pg_config --bindir)}"
PG_PORT="${PAPERCLIP_PG_PORT:-5432}"
PG_DATA="$VOLUME_DIR/pgdata"
PG_SOCKET_DIR="$RUN_DIR/postgresql"
PG_PASSWORD_FILE="$VOLUME_DIR/postgres-password"
case "$PG_PORT" in ''|*[!0-9]*) fail "PAPERCLIP_PG_PORT must be a number, got '$PG_PORT'" ;; esac

mkdir -p "$PG_SOCKET_DIR"
chown postgres: "$PG_SOCKET_DIR"
# No trust authentication: a password generated on first boot, kept on the volume with mode 0600.
if [ ! -s "$PG_PASSWORD_FILE" ]; then
  (umask 077 && od -An -N32 -tx1 /dev/urandom | tr -d ' \n' > "$PG_PASSWORD_FILE")
fi
chmod 0600 "$PG_PASSWORD_FILE"
PG_PASSWORD=$(cat "$PG_PASSWORD_FILE")
case "$PG_PASSWORD" in ''|*[!0-9a-f]*) fail "$PG_PASSWORD_FILE must hold a hex password; delete it to generate a new one" ;; esac

if [ ! -f "$PG_DATA/PG_VERSION" ]; then
  log "initialising PostgreSQL cluster in $PG_DATA"
  mkdir -p "$PG_DATA"
  chown postgres: "$PG_DATA"
  chmod 0700 "$PG_DATA"
  # Peer authentication on the socket (only the postgres OS user), scram-sha-256 over TCP.
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C \
    --auth-local=peer --auth-host=scram-sha-256
fi
chown -R postgres: "$PG_DATA"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/postgres.log" -w -t 120 \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_SOCKET_DIR" start
PG_STARTED=1
# The password travels on stdin, never in argv.
runuser -u postgres -- "$PG_BIN/psql" -h "$PG_SOCKET_DIR" -p "$PG_PORT" -d postgres -q -v ON_ERROR_STOP=1 <<SQL
SELECT 'CREATE ROLE paperclip LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'paperclip')\gexec
ALTER ROLE paperclip WITH LOGIN PASSWORD '$PG_PASSWORD';
SELECT 'CREATE DATABASE paperclip OWNER paperclip' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'paperclip')\gexec
SQL
export DATABASE_URL="postgres://paperclip:$PG_PASSWORD@127.0.0.1:$PG_PORT/paperclip"
{{else}}

# ---- External PostgreSQL ----------------------------------------------------------------------
[ -n "${DATABASE_URL:-}" ] || fail "DATABASE_URL is not set (see DEPLOY.md, step 2)"
{{/if}}

# ---- Paperclip --------------------------------------------------------------------------------
chown -R "$RUNTIME_USER": "$VOLUME_DIR/instances" "$RUNTIME_HOME"
{{#if closeSignUp}}
# Once the bootstrap invite was issued, learn before Paperclip starts whether it was accepted (an
# instance admin exists), so sign-up closes on this boot rather than the next.
if [ -f "$BOOTSTRAP_MARKER" ] && [ ! -f "$ADMIN_MARKER" ]; then
  ADMIN_QUERY="SELECT count(*) FROM instance_user_roles WHERE role = 'instance_admin'"
{{#if localPostgres}}
  ADMINS=$(runuser -u postgres -- "$PG_BIN/psql" -h "$PG_SOCKET_DIR" -p "$PG_PORT" -d paperclip -At \
    -c "$ADMIN_QUERY" 2>/dev/null) || ADMINS=0
{{else}}
  ADMINS=$(psql "$DATABASE_URL" -At -c "$ADMIN_QUERY" 2>/dev/null) || ADMINS=0
{{/if}}
  if [ "${ADMINS:-0}" -gt 0 ] 2>/dev/null; then
    touch "$ADMIN_MARKER"
  fi
fi
# Sign-up closes only once the first admin exists: closing it earlier makes the invite unusable.
if [ -f "$ADMIN_MARKER" ]; then
  export PAPERCLIP_AUTH_DISABLE_SIGN_UP=true
fi
{{/if}}

APP_RUN_DIR="$RUN_DIR/paperclip"
APP_PID_FILE="$APP_RUN_DIR/server.pid"
mkdir -p "$APP_RUN_DIR"
rm -f "$APP_PID_FILE"
chown "$RUNTIME_USER": "$APP_RUN_DIR"
# runuser, not su: su drops the environment Paperclip needs for auth and hostnames.
# The inner sh records the server's PID (exec keeps it) so shutdown can signal the server directly.
# shellcheck disable=SC2016 # $$ and $0 belong to the inner shell
runuser -u "$RUNTIME_USER" -- sh -c 'echo "$$" > "$0" && exec "$@"' "$APP_PID_FILE" \
  env HOME="$RUNTIME_HOME" "$NODE_BIN" "$SERVER_ENTRY" &
APP_PID=$!

# Wait for /api/health (with an allowed Host) instead of sleeping a fixed time.
waited=0
until HEALTH=$(curl -fsS --max-time 5 -H 'Host: localhost' "http://127.0.0.1:$PORT/api/health" 2>/dev/null) \
    && printf '%s' "$HEALTH" | grep -q '"status":"ok"'; do
  kill -0 "$APP_PID" 2>/dev/null || fail "Paperclip exited before it became healthy"
  waited=$((waited + 1))
  [ "$waited" -le "$HEALTH_TIMEOUT" ] || fail "Paperclip not healthy after ${HEALTH_TIMEOUT}s"
  sleep 1
done
log "Paperclip is healthy; URL $PUBLIC_URL"
# Paperclip reports an accepted invite on /api/health; sign-up closes from the next boot.
if printf '%s' "$HEALTH" | grep -q '"bootstrapStatus":"ready"'; then
  touch "$ADMIN_MARKER"
fi

# bootstrap-ceo exits 0 even when it fails: only an invite URL in its output (or an existing admin)
# marks the instance bootstrapped.
if [ ! -f "$BOOTSTRAP_MARKER" ]; then
  OUTPUT=$(runuser -u "$RUNTIME_USER" -- env HOME="$RUNTIME_HOME" \
    "$PAPERCLIP_CLI" auth bootstrap-ceo --base-url "$PUBLIC_URL" 2>&1) || true
  INVITE=$(printf '%s\n' "$OUTPUT" | grep -o 'https*://[^ ]*/invite/pcp_bootstrap_[0-9a-f]*' | head -n 1) || true
  if [ -n "$INVITE" ]; then
    log "admin invite URL (open it, create your account, it expires): $INVITE"
    touch "$BOOTSTRAP_MARKER"
  elif printf '%s\n' "$OUTPUT" | grep -q 'Instance already has an admin user'; then
    log "an admin user already exists; no invite needed"
    touch "$BOOTSTRAP_MARKER" "$ADMIN_MARKER"
  else
    printf '%s\n' "$OUTPUT" >&2
    log "WARNING: no bootstrap invite was created; it is retried on the next boot"
  fi
fi

set +e
wait "$APP_PID"
STATUS=$?
APP_PID=""
exit "$STATUS"
