#!/bin/sh
set -eu
tailscaled --state=/paperclip/tailscale/tailscaled.state &
