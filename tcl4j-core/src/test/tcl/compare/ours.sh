#!/bin/sh
# tclsh with tcl4j's tcltest (see ours.tcl).
exec tclsh "$(dirname "$0")/ours.tcl" "$@"
