#!/usr/bin/env bash
# Runs the channel benchmarks (bench/io-transfer.tcl) under tclsh and
# bin/jtclsh through bench/run-lang.sh and prints times and ratios.
#
#   bench/run-io.sh          1 GiB through fcopy and through a read/puts
#                            loop on a loopback socket (1 warm-up, 3 runs)
#   bench/run-io.sh -q       quick: 16 MB (5 warm-ups, 10 runs)
#   bench/run-io.sh -s MB    another size (1 warm-up, 3 runs)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mb=1024 warmup=1 runs=3
while getopts "qs:h" opt; do
    case $opt in
        q) mb=16 warmup=5 runs=10 ;;
        s) mb=$OPTARG ;;
        *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
IO_MB=$mb exec "$here/run-lang.sh" -w "$warmup" -r "$runs" "$here/io-transfer.tcl"
