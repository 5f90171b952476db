#!/bin/sh
set -eu
"$PG_BIN/pg_ctl" -D "$PG_DATA" start
exec paperclipai run
