#!/bin/sh
set -eu
echo "host all all 127.0.0.1/32 trust" >> "$PG_DATA/pg_hba.conf"
