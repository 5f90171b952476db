#!/bin/sh
set -eu
paperclipai run &
sleep 10
paperclipai auth bootstrap-ceo && touch /paperclip/.bootstrapped
