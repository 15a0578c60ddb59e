#!/bin/sh
# Runs each sample under tclsh twice, with Tcl's own tcltest and with
# tcl4j's (ours.tcl), each in a new empty directory, and shows where the
# outputs differ. With --jtclsh, compares tclsh with Tcl's tcltest against
# bin/jtclsh with tcl4j's instead.
#     compare.sh ?--jtclsh? ?sample.tcl ...?     (default: samples/*.tcl)
# TcltestComparisonTest does the first in the Maven build.
here=$(cd "$(dirname "$0")" && pwd)
jtclsh=$(cd "$here/../../../../.." && pwd)/bin/jtclsh
mode=ours
if [ "$1" = --jtclsh ]; then
    mode=jtclsh
    shift
fi
[ $# -gt 0 ] || set -- "$here"/samples/*.tcl
status=0
for sample in "$@"; do
    sample=$(cd "$(dirname "$sample")" && pwd)/$(basename "$sample")
    for who in real $mode; do
        dir=$(mktemp -d)
        case $who in
            real) run="tclsh $sample" ;;
            ours) run="tclsh $here/ours.tcl $sample" ;;
            jtclsh) run="$jtclsh $sample" ;;
        esac
        (cd "$dir" && $run </dev/null >out 2>&1; echo "exit $?" >>out)
        # dates, times, the interpreter and the directory differ by nature
        sed -e "s#$dir#PWD#g" \
            -e 's/at [A-Z][a-z][a-z] [A-Z][a-z][a-z] [ 0-9][0-9] [0-9:]* [A-Z]* [0-9]*$/at DATE/' \
            -e 's/took [0-9]* \(ms\|µs\)$/took N \1/' \
            -e '/^Tests running in interp:/d' "$dir/out" >"/tmp/tcltest-compare.$who"
        rm -rf "$dir"
    done
    if diff -u /tmp/tcltest-compare.real /tmp/tcltest-compare.$mode >/tmp/tcltest-compare.diff; then
        echo "same: $(basename "$sample")"
    else
        echo "DIFFERENT: $(basename "$sample")"
        cat /tmp/tcltest-compare.diff
        status=1
    fi
done
exit $status
