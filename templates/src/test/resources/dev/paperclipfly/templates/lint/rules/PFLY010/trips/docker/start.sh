#!/bin/sh
set -eu
runuser -u postgres -- initdb -D /paperclip/pgdata
