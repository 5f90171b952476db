#!/bin/sh
set -eu
PG_BIN=$(pg_config --bindir)
runuser -u postgres -- "$PG_BIN/initdb" -D /paperclip/pgdata
