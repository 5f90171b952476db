#!/bin/sh
set -eu
trap '"$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop' EXIT
"$PG_BIN/pg_ctl" -D "$PG_DATA" start
paperclipai run
