#!/bin/sh
set -eu
cp /etc/paperclip/config.json /paperclip/instances/default/config.json
