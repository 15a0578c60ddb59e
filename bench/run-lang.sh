#!/usr/bin/env bash
# Runs the Tcl language benchmarks (bench/lang/*.tcl) under the real tclsh
# and under bin/jtclsh and prints, per benchmark, the best time of the timed
# runs in each shell and the ratio jtclsh/tclsh (below 1 means jtclsh is
# faster), then the wall time of each whole script (which includes the
# JVM's start-up and warm-up runs).
#
#   bench/run-lang.sh [-w WARMUP] [-r RUNS] [-n ROUNDS] [bench/lang/NAME.tcl ...]
#
# WARMUP untimed runs (default 20) let the JVM compile the hot code first;
# RUNS (default 10) are timed, and the best one counts. Each script runs
# ROUNDS times (default 3) in each shell, alternating, and the best of all
# rounds counts. TCLSH and JTCLSH name other shells to compare. (With 3
# warm-up runs of a 15 ms benchmark, C2 is still compiling on a busy 2-core
# machine. And this machine's speed drifts: at times one CPU ran tclsh 1.5x
# slower than the other, for minutes; a single round compares one shell's
# fast spell with the other's slow one.)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
warmup=20
runs=10
rounds=3
while getopts "w:r:n:h" opt; do
    case $opt in
        w) warmup=$OPTARG ;;
        r) runs=$OPTARG ;;
        n) rounds=$OPTARG ;;
        *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
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

# run SHELL SCRIPT OUT: runs the script with the harness, RESULT lines added to OUT; prints wall seconds
run() {
    local start end status=0
    start=$(date +%s%N)
    "$1" "$2" "$warmup" "$runs" >>"$3" 2>"$3.err" || status=$?
    end=$(date +%s%N)
    if [ $status -ne 0 ]; then
        echo "FAILED (exit $status): $(head -c 300 "$3.err" | head -3 | tr '\n' ' ')" >>"$3"
    fi
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'
}

printf '%-22s %12s %12s %9s  %s\n' benchmark "tclsh ms" "jtclsh ms" ratio check
status=0
for script in "$@"; do
    name=$(basename "$script" .tcl)
    cat "$here/harness.tcl" "$script" >"$work/$name.tcl"
    : >"$work/$name.ref"
    : >"$work/$name.cand"
    for ((round = 1; round <= rounds; round++)); do
        wall_ref=$(run "$tclsh" "$work/$name.tcl" "$work/$name.ref")
        wall_cand=$(run "$jtclsh" "$work/$name.tcl" "$work/$name.cand")
    done
    awk -v ref="$work/$name.ref" -v cand="$work/$name.cand" '
        { file = (FILENAME == ref) ? 1 : 2 }
        /^RESULT / {
            key = $2; check = $4; for (i = 5; i <= NF; i++) check = check " " $i
            # the best time of all rounds; a check that ever differs stays different
            if (file == 1) {
                if (!(key in t_ref)) { order[++n] = key; t_ref[key] = $3; c_ref[key] = check }
                else if ($3 + 0 < t_ref[key] + 0) t_ref[key] = $3
                if (c_ref[key] != check) c_ref[key] = "varies"
            } else {
                if (!(key in t_cand)) { t_cand[key] = $3; c_cand[key] = check }
                else if ($3 + 0 < t_cand[key] + 0) t_cand[key] = $3
                if (c_cand[key] != check) c_cand[key] = "differs between rounds"
                if (!(key in t_ref) && !(key in seen)) { order[++n] = key; seen[key] = 1 }
            }
        }
        /^FAILED/ { failed[file] = $0 }
        END {
            for (i = 1; i <= n; i++) {
                k = order[i]
                r = (k in t_ref) ? t_ref[k] : "-"; c = (k in t_cand) ? t_cand[k] : "-"
                ratio = (r != "-" && c != "-" && r > 0) ? sprintf("%.2f", c / r) : "-"
                ok = (k in c_cand && c_ref[k] == c_cand[k]) ? "same" : "DIFFERENT"
                printf "%-22s %12s %12s %9s  %s\n", k, r, c, ratio, ok
                if (ok != "same") bad = 1
            }
            if (1 in failed) print "  tclsh " failed[1]
            if (2 in failed) print "  jtclsh " failed[2]
            exit bad || (1 in failed) || (2 in failed)
        }' "$work/$name.ref" "$work/$name.cand" || status=1
    printf '%-22s %11ss %11ss\n' "  ($name.tcl wall, last round)" "$wall_ref" "$wall_cand"
done
exit $status
