#!/bin/sh
set -eu
# runuser, not su
runuser -u node -- paperclipai run
