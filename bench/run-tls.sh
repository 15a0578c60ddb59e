#!/usr/bin/env bash
# Runs the TLS benchmarks (bench/tls-*.tcl) under the real tclsh with
# Debian's tcl-tls and under bin/jtclsh with tcl4j-tls, and prints each
# result in both shells and the ratio jtclsh/tclsh. For tls-bulk and
# tls-handshakes-* higher is better (ratio above 1: jtclsh is faster);
# for tls-idle-memory (KiB per idle connection pair) lower is better.
#
#   bench/run-tls.sh            full run: 1 GiB bulk, 8 s of handshakes per
#                               certificate type, 500 idle connections
#   bench/run-tls.sh -q         quick run (< 1 min): 64 MiB, 2 s, 100
#   bench/run-tls.sh -s MIB -t SECONDS -n CONNECTIONS
#
# Every script run is time-limited (timeout). TCLSH and JTCLSH name other
# shells. Needs openssl (the scripts make their certificates with it).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
mib=1024
secs=8
conns=500
limit=600
while getopts "qs:t:n:h" opt; do
    case $opt in
        q) mib=64; secs=2; conns=100; limit=60 ;;
        s) mib=$OPTARG ;;
        t) secs=$OPTARG ;;
        n) conns=$OPTARG ;;
        *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
tclsh=${TCLSH:-tclsh}
jtclsh=${JTCLSH:-$root/bin/jtclsh}
command -v "$tclsh" >/dev/null || { echo "run-tls: no $tclsh" >&2; exit 2; }
command -v openssl >/dev/null || { echo "run-tls: no openssl" >&2; exit 2; }
echo 'puts ready' | "$jtclsh" >/dev/null # build before timing anything

# result SHELL SCRIPT ARGS...: the RESULT value of one run, or "-" (the
# run's output goes to stderr for the record)
result() {
    local shell=$1 out
    shift
    if out=$(timeout "$limit" "$shell" "$@" 2>&1); then
        echo "$out" | grep -v '^RESULT' | sed "s/^/  /" >&2
        echo "$out" | awk '/^RESULT/ { print $3; exit }'
    else
        echo "  $(basename "$shell") $*: FAILED: $(echo "$out" | tail -3 | tr '\n' ' ')" >&2
        echo "-"
    fi
}

printf '%-24s %12s %12s %8s\n' benchmark tclsh jtclsh ratio
row() {
    local name=$1 unit=$2
    shift 2
    local ref cand ratio
    ref=$(result "$tclsh" "$@")
    cand=$(result "$jtclsh" "$@")
    ratio=$(awk -v r="$ref" -v c="$cand" 'BEGIN { if (r != "-" && c != "-" && r > 0) printf "%.2f", c / r; else print "-" }')
    printf '%-24s %12s %12s %8s  %s\n' "$name" "$ref" "$cand" "$ratio" "$unit"
}
row tls-bulk "MB/s ($mib MiB)" "$here/tls-bulk.tcl" "$mib"
row tls-handshakes-ec "handshakes/s" "$here/tls-handshakes.tcl" ec "$secs"
row tls-handshakes-rsa "handshakes/s" "$here/tls-handshakes.tcl" rsa "$secs"
row tls-idle-memory "KiB/pair ($conns)" "$here/tls-idle-memory.tcl" "$conns"
