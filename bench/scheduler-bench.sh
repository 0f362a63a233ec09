#!/usr/bin/env bash
# Scheduler benchmark: `jcrm simulate` against `crm_simulate` (Pacemaker) on the same generated CIBs.
#
# For each size NODESxRESOURCES (default 16x1000 32x5000 64x10000) bench/SchedulerBenchConfig.java
# writes two whole CIBs: a settled cluster (every resource running where its constraints put it,
# with full operation history) and a cold one (nodes up, no history). Three states are timed:
#   running   simulate -x RUNNING.xml -R              (nothing to do)
#   failed    simulate -x RUNNING.xml -R -f node1     (node1 fails: its resources recover elsewhere)
#   cold      simulate -x COLD.xml -R                 (every resource probed on every node, then started)
# -R shows the transition without executing it, as crm_simulate 2.1.5 does (-S would execute it).
# Each command runs RUNS times (default 3; --peer-runs P for crm_simulate); the table shows the
# medians of wall-clock and CPU time (user + system: on a shared machine the steadier figure), the
# peak RSS, and crm_simulate/jcrm ratios of both. The last column compares the Transition Summary of
# both tools' last runs (white space ignored): "same", the same actions with other clone instance
# numbers, or how many lines differ.
#
# crm_simulate is slow on big clusters (15 s of CPU at 16x1000 cold, 263 s at 32x5000 running), so
# it runs only up to --peer-max R resources for running/failed (default 5000) and --peer-cold-max R for cold
# (default 1000); skipped runs say so. --no-peer skips it everywhere. --timeout S (default 900)
# stops any one command and reports it as unfinished. --states LIST picks states (comma-separated).
#
# Measured (one run of this script, medians of 3 jcrm runs and 1 crm_simulate run; 2 cores shared
# with other builds, load average 5 to 21, so wall-clock times are up to 10x the CPU times and the
# CPU figures are the ones to compare; the 64x10000 sizes ran beside the others with --no-peer):
#   size      state    jcrm wall/cpu s    crm_simulate wall/cpu s   ratio wall/cpu   summaries
#   16x1000   running    11.4 /  1.21        49.5 /   3.3             4.3x /  2.7x    same (empty)
#   16x1000   failed     10.3 /  1.32        40.5 /   4.0             3.9x /  3.0x    differ (44 of 53)
#   16x1000   cold        3.4 /  0.65        96.8 /  14.7            28.8x / 22.5x    same but instance numbers
#   32x5000   running    36.5 /  7.89      1016   / 263              27.8x / 33.3x    same (empty)
#   32x5000   failed      8.3 /  7.28       335   / 217              40.1x / 29.8x    differ (107 of 136)
#   32x5000   cold        4.2 /  2.04        skipped (over --peer-cold-max)
#   64x10000  running   192   / 33.2         skipped (peak RSS 3.4 GB)
#   64x10000  failed    175   / 32.0         skipped
#   64x10000  cold       36.3 /  8.8         skipped
# The same 32x5000 with --no-peer on the machine at rest (load below 1): running 6.06 s wall
# (6.31 s CPU), failed 5.76 s (6.02 s), cold 1.53 s (1.75 s). So jcrm is 10x faster than
# crm_simulate in every state measured, and under 2 s at 32x5000 only from a cold start.
# Before the speed work jcrm needed 142 s wall at 32x5000 running (quadratic status unpacking).
# The failed-state summaries differ in target nodes only (at 16x1000: same verbs, same resources):
# Pacemaker weighs an anti-colocated dependent group's scores into its primary group's placement,
# jcrm does not yet. Cold summaries differ only in which clone instance number lands on which node
# (Pacemaker orders nodes by plain string order there). About half of jcrm's CPU at 32x5000
# running was reading the 100 MB CIB into a DOM and the garbage collections that copy it.
# Second round (bin/jcrm gives simulate on a file of 16 MB or more a young generation of about 20
# times the file, so no collection runs; a CIB of 8 MB or more is parsed in two halves on two
# threads; operation histories are read in parallel; scores are worded only when shown; clone
# sibling look-ups are kept), 32x5000 --no-peer, two runs of this script (medians of 3 each) with
# the machine shared (load average about 2), and the first round's build beside them (3 runs):
#   state     second round: wall s / CPU s        first round: wall s / CPU s    peak RSS MB (now)
#   running   4.05 / 5.77   4.45 / 4.78           6.90 / 7.21                    1185 (was 1008)
#   failed    3.38 / 4.81   4.21 / 4.21           7.23 / 7.46                    1178 (was 1025)
#   cold      1.50 / 1.76   1.54 / 1.49           1.53 / 1.75 (at rest)           275
# So under 2 s at 32x5000 still only from a cold start. With every branch merged, at rest (load 1.3,
# --no-peer 32x5000, medians of 3): running 3.61 s wall / 5.23 s CPU, failed 3.66 / 5.38, cold
# 1.93 / 2.21 (peak RSS 1186 / 1178 / 274 MB).
# Of the CPU left at running, about 2 s is the DOM build (on two threads), 2 s the scheduler (half of
# it unpacking the status section) and 0.8 s the kernel mapping fresh heap pages.
# Third round: simulate builds a DOM of the configuration only and scans the status text straight
# into the scheduler's records (StatusScanner, on two threads beside the configuration's parse); the
# file is read in two halves at once; each node's histories are looked up in parallel; constraints
# are indexed by resource; score explanations and parameter digests are made only when needed; the
# best node is found without a sort; simulate's young generation is at least 768 MB (the cold CIB's
# three collections). 32x5000 --no-peer, the machine shared (load average 3.5 to 4.5), the build
# before this round run alternately with this one (3 runs each, median wall / CPU s):
#   state     this round     before this round    this script's medians (load 3.6)
#   running   1.44 / 1.84     3.06 / 4.17           2.03 / 1.92   peak RSS 559 MB (was 1186)
#   failed    1.52 / 1.90     3.16 / 4.44           2.03 / 1.90   peak RSS 558 MB
#   cold      1.51 / 1.38     1.85 / 1.53           1.26 / 1.29   peak RSS 406 MB
# With main's later scheduler work merged in, on a quieter machine (load 1.5), this script: running
# 1.72 / 2.23, failed 1.62 / 2.10, cold 1.11 / 1.34 (peak RSS 607, 605, 403 MB); main's own build
# beside it (3 runs each, medians): running 3.79 / 5.19, failed 3.88 / 5.30, cold 1.42 / 1.65.
# So under 2 s in every state at 32x5000 when the machine is not crowded (with load 4 to 6 the wall
# time of a run varies from 1.4 to 3 s; its CPU time stays near 2 s). Of the CPU left at running,
# about a quarter each is unpacking the status records, placement and the status scan, then the
# action graph, the configuration's DOM, and 0.35 s the kernel mapping fresh heap pages.
# All rounds merged, at rest (load 1.3-1.6), medians of 3 per run: --no-peer 32x5000 over six runs:
# running 1.73-2.21 s wall (median of the six 1.85; CPU 2.28-2.87), failed 1.67-1.97 (three runs,
# median 1.81), cold 1.26-1.40. With crm_simulate in the same run (--peer-runs 1 --states
# running,failed): running jcrm 1.81 / 2.34 against 90.98 / 90.85 (50.2x wall, 38.8x CPU, same
# summary); failed jcrm 1.66 / 2.15 against 147.91 / 142.77 (89.1x, 66.4x; the summaries still
# differ in 109 of 136 lines; at 16x1000 the two are the same actions on the same resources with
# other target nodes).
#
# Usage: bench/scheduler-bench.sh [--runs R] [--peer-runs P] [--timeout S] [--peer-max R] [--peer-cold-max R]
#                                 [--no-peer] [--states running,failed,cold] [NODESxRESOURCES ...]
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
runs=3
peer_runs=
limit=900
peer_max=5000
peer_cold_max=1000
states=running,failed,cold
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --peer-runs) peer_runs=$2; shift 2 ;;
        --timeout) limit=$2; shift 2 ;;
        --peer-max) peer_max=$2; shift 2 ;;
        --peer-cold-max) peer_cold_max=$2; shift 2 ;;
        --no-peer) peer_max=0; peer_cold_max=0; shift ;;
        --states) states=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set /p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *x*) sizes+=("$1"); shift ;;
        *) echo "scheduler-bench: unknown argument '$1' (sizes are NODESxRESOURCES)" >&2; exit 2 ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(16x1000 32x5000 64x10000)
peer_runs=${peer_runs:-$runs}
command -v java >/dev/null || { echo "scheduler-bench: java is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "scheduler-bench: /usr/bin/time (GNU time) is needed" >&2; exit 2; }
have_peer=1
command -v crm_simulate >/dev/null || have_peer=0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Build once outside the timings: bin/jcrm builds on first use.
"$root/bin/jcrm" help >/dev/null 2>&1 || true

# time_cmd PREFIX CMD...: runs CMD under /usr/bin/time; writes PREFIX.out, .secs, .cpu and .kb.
bench=scheduler-bench
# shellcheck source=bench/timing.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/timing.sh"

# measure NAME N CMD...: N runs; prints "wall cpu peak_kb" medians; keeps NAME.out of the last run.
measure() {
    local name=$1 n=$2; shift 2
    local r
    : >"$work/$name.rows"
    for ((r = 1; r <= n; r++)); do
        time_cmd "$work/$name" "$@" || return 1
        echo "$(cat "$work/$name.secs") $(cat "$work/$name.cpu") $(cat "$work/$name.kb")" >>"$work/$name.rows"
    done
    local col out=""
    for col in 1 2 3; do
        out="$out $(awk -v c=$col '{ print $c }' "$work/$name.rows" | median)"
    done
    echo $out
}

# The Transition Summary lines of a simulate output, white space squeezed.
summary() {
    awk '/^Transition Summary:/ { on = 1; next } on && /^$/ { exit } on' "$1" | tr -s ' \t' ' '
}

compare() {
    local a=$1 b=$2 total only_a only_b
    total=$(summary "$a" | wc -l)
    only_a=$(diff <(summary "$a") <(summary "$b") | grep -c '^<' || true)
    only_b=$(diff <(summary "$a") <(summary "$b") | grep -c '^>' || true)
    if [ "$only_a" = 0 ] && [ "$only_b" = 0 ]; then
        echo "same ($total lines)"
    elif cmp -s <(summary "$a" | sed 's/:[0-9]\+ / /' | sort) <(summary "$b" | sed 's/:[0-9]\+ / /' | sort); then
        echo "same actions, other clone instance numbers ($only_a of $total lines)"
    else
        echo "differ: $only_a of $total lines only in crm_simulate's, $only_b only in jcrm's"
    fi
}

row() { printf '%-10s %-8s %-13s %9s %9s %8s %12s %12s  %s\n' "$@"; }
row size state tool wall_s cpu_s peak_MB wall_ratio cpu_ratio summary
for size in "${sizes[@]}"; do
    nodes=${size%x*}
    rscs=${size#*x}
    java "$root/bench/SchedulerBenchConfig.java" "$nodes" "$rscs" running >"$work/running-$size.xml"
    java "$root/bench/SchedulerBenchConfig.java" "$nodes" "$rscs" cold >"$work/cold-$size.xml"
    for state in ${states//,/ }; do
        case "$state" in
            running) args=(-x "$work/running-$size.xml" -R); max=$peer_max ;;
            failed) args=(-x "$work/running-$size.xml" -R -f node1); max=$peer_max ;;
            cold) args=(-x "$work/cold-$size.xml" -R); max=$peer_cold_max ;;
            *) echo "scheduler-bench: unknown state '$state'" >&2; exit 2 ;;
        esac
        if ! read -r jw jc jk < <(measure jcrm "$runs" "$root/bin/jcrm" simulate "${args[@]}"); then
            row "$size" "$state" jcrm unfinished - - - - -
            continue
        fi
        row "$size" "$state" jcrm "$jw" "$jc" $((jk / 1024)) "" "" ""
        if [ "$have_peer" = 0 ]; then
            continue
        elif [ "$max" = 0 ]; then
            row "$size" "$state" crm_simulate skipped - - "(--no-peer)" "" ""
            continue
        elif [ "$rscs" -gt "$max" ]; then
            row "$size" "$state" crm_simulate skipped - - "(over $max" "resources)" ""
            continue
        fi
        if ! read -r pw pc pk < <(measure peer "$peer_runs" crm_simulate "${args[@]}"); then
            row "$size" "$state" crm_simulate "unfinished" "(>$limit" "s)" - - -
            continue
        fi
        row "$size" "$state" crm_simulate "$pw" "$pc" $((pk / 1024)) \
            "$(echo "scale=1; $pw / $jw" | bc)x" "$(echo "scale=1; $pc / $jc" | bc)x" \
            "$(compare "$work/peer.out" "$work/jcrm.out")"
    done
done
