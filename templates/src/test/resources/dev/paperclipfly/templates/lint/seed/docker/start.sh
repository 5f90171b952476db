#!/bin/sh
set -e

# Start tailscaled (persist state on volume, use TUN if available)
mkdir -p /paperclip/tailscale
if [ -e /dev/net/tun ]; then
  tailscaled --statedir=/paperclip/tailscale \
    --socket=/var/run/tailscale/tailscaled.sock &
else
  tailscaled --statedir=/paperclip/tailscale \
    --socket=/var/run/tailscale/tailscaled.sock \
    --tun=userspace-networking &
fi
sleep 2

# Bring up Tailscale if auth key is set
if [ -n "$TAILSCALE_AUTH_KEY" ]; then
  tailscale up --auth-key="$TAILSCALE_AUTH_KEY" --hostname="${FLY_APP_NAME:-paperclip}"
  tailscale serve --bg --https 443 3100
fi

# Copy config into volume if not present (volume mount overwrites image COPY)
mkdir -p /paperclip/instances/default
if [ ! -f /paperclip/instances/default/config.json ]; then
  cp /etc/paperclip/config.json /paperclip/instances/default/config.json
fi

# Init and start PostgreSQL
PG_BIN=$(pg_config --bindir)
PG_DATA=/paperclip/pgdata
if [ ! -f "$PG_DATA/PG_VERSION" ]; then
  mkdir -p "$PG_DATA"
  chown postgres:postgres "$PG_DATA"
  su -s /bin/sh postgres -c "$PG_BIN/initdb -D $PG_DATA"
  echo "host all all 127.0.0.1/32 trust" >> "$PG_DATA/pg_hba.conf"
fi

chown -R postgres:postgres "$PG_DATA"
su -s /bin/sh postgres -c "$PG_BIN/pg_ctl -D $PG_DATA -l $PG_DATA/postgres.log start"
sleep 2

# Create database and user if needed
su -s /bin/sh postgres -c "$PG_BIN/psql -tc \"SELECT 1 FROM pg_roles WHERE rolname='paperclip'\" | grep -q 1 || $PG_BIN/createuser paperclip"
su -s /bin/sh postgres -c "$PG_BIN/psql -tc \"SELECT 1 FROM pg_database WHERE datname='paperclip'\" | grep -q 1 || $PG_BIN/createdb -O paperclip paperclip"

# Derive public URL from TAILNET_DNS > FLY_APP_NAME.fly.dev > localhost:3100
if [ -n "$TAILNET_DNS" ] && [ -n "$FLY_APP_NAME" ]; then
  PAPERCLIP_HOST="${FLY_APP_NAME}.${TAILNET_DNS}"
  PAPERCLIP_PROTO="https"
else
  PAPERCLIP_HOST="${PAPERCLIP_HOST:-${FLY_APP_NAME:+${FLY_APP_NAME}.fly.dev}}"
  PAPERCLIP_HOST="${PAPERCLIP_HOST:-localhost:3100}"
  PAPERCLIP_PROTO="${PAPERCLIP_PROTO:-http}"
fi

export PAPERCLIP_PUBLIC_URL="${PAPERCLIP_PROTO}://${PAPERCLIP_HOST}"
export BETTER_AUTH_BASE_URL="${PAPERCLIP_PROTO}://${PAPERCLIP_HOST}"

npx paperclipai allowed-hostname "$PAPERCLIP_HOST" 2>/dev/null || true
npx paperclipai allowed-hostname "localhost" 2>/dev/null || true

if [ -n "$FLY_APP_NAME" ]; then
  npx paperclipai allowed-hostname "${FLY_APP_NAME}.internal" 2>/dev/null || true
  npx paperclipai allowed-hostname "$(hostname -i 2>/dev/null || echo '127.0.0.1')" 2>/dev/null || true
fi

chown -R node:node /paperclip/instances
chown node:node /paperclip

# runuser preserves env vars — su does not (see Gotchas)
runuser -u node -- npx paperclipai run &
APP_PID=$!

if [ ! -f /paperclip/instances/default/.bootstrapped ]; then
  sleep 10
  runuser -u node -- npx paperclipai auth bootstrap-ceo --base-url "$PAPERCLIP_PUBLIC_URL" && \
    touch /paperclip/instances/default/.bootstrapped
fi

wait $APP_PID
