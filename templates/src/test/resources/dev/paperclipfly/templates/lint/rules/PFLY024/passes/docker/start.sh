#!/bin/sh
set -eu
if [ -f /paperclip/.admin-exists ]; then export PAPERCLIP_AUTH_DISABLE_SIGN_UP=true; fi
