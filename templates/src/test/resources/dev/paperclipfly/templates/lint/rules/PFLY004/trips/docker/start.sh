#!/bin/sh
set -eu
su -s /bin/sh node -c "paperclipai run"
