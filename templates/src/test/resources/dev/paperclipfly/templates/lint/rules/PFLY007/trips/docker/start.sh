#!/bin/sh
set -eu
tailscaled --statedir=/paperclip/tailscale --tun=userspace-networking &
