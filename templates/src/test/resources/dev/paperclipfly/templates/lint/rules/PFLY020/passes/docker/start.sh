#!/bin/sh
set -eu
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" --auth-local=peer --auth-host=scram-sha-256
