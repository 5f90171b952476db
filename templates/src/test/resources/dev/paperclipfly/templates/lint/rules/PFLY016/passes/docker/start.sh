#!/bin/sh
set -eu
[ -n "${BETTER_AUTH_SECRET:-}" ] || exit 1
[ -n "${PAPERCLIP_AGENT_JWT_SECRET:-}" ] || exit 1
