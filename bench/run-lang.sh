#!/usr/bin/env bash
# Runs the Tcl language benchmarks (bench/lang/*.tcl) under the real tclsh
# and under bin/jtclsh, side by side, and prints per benchmark the best time
# in each shell, the ratio of the best times jtclsh/tclsh, and the median
# of the ratios of runs timed back to back (below 1 means jtclsh is
# faster); then the wall time of each script in both shells together.
#
#   bench/run-lang.sh [-w WARMUP] [-r RUNS] [-c CPU] [bench/lang/NAME.tcl ...]
#
# WARMUP untimed runs (default 20) let the JVM compile the hot code first.
# Then each shell is timed RUNS times (default 20), in turn with the other,
# both pinned to CPU (default 0; "-" leaves them unpinned). TCLSH and JTCLSH
# name other shells to compare. bench/paired.tcl explains why in turn.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
warmup=20
runs=20
cpu=0
while getopts "w:r:c:h" opt; do
    case $opt in
        w) warmup=$OPTARG ;;
        r) runs=$OPTARG ;;
        c) cpu=$OPTARG ;;
        *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- "$here"/lang/*.tcl
tclsh=${TCLSH:-tclsh}
jtclsh=${JTCLSH:-$root/bin/jtclsh}
command -v "$tclsh" >/dev/null || { echo "run-lang: no $tclsh (apt-get install -y tcl8.6)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo 'puts ready' | "$jtclsh" >/dev/null # build before timing anything

printf '%-22s %12s %12s %9s %9s  %s\n' benchmark "tclsh ms" "jtclsh ms" ratio median check
status=0
for script in "$@"; do
    name=$(basename "$script" .tcl)
    cat "$here/harness.tcl" "$script" >"$work/$name.tcl"
    start=$(date +%s%N)
    "$tclsh" "$here/paired.tcl" "$warmup" "$runs" "$cpu" "$tclsh" "$jtclsh" "$work/$name.tcl" || status=1
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" -v n="$name" 'BEGIN { printf "  (%s.tcl: %.1f s wall, both shells)\n", n, (e - s) / 1e9 }'
done
exit $status
