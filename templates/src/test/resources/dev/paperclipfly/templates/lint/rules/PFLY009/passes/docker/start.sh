#!/bin/sh
set -eu
if [ ! -f /paperclip/instances/default/config.json ]; then
  cp /etc/paperclip/config.json /paperclip/instances/default/config.json
fi
