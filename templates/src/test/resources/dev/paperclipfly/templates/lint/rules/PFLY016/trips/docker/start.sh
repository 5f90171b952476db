#!/bin/sh
set -eu
[ -n "${BETTER_AUTH_SECRET:-}" ] || exit 1
