#!/bin/sh
set -eu
tailscaled --statedir=/paperclip/tailscale &
