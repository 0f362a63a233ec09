#!/usr/bin/env bash
# Cluster benchmark: real node processes (jcrmd) on 127.0.0.1, driven by bench/ClusterBench.java.
#
#   failover    kill -9 of the node running a Dummy resource (1 s monitor) until the resource runs on
#               exactly one other live node, fencing (fence_jcrm) included; the killed node is started
#               again between trials. Median over TRIALS (default 20; target under 2 s).
#   commits     configuration commits one after another through a node's admin socket, with 3, 5 and
#               7 nodes: median latency over COMMITS (default 50) and throughput over ~10 s.
#   memory      resident memory (VmRSS from /proc) of each daemon of a 3-node cluster once 1,000
#               ocf:jcrm:Dummy resources (120 s monitor) run across the nodes (target under 256 MB).
#
# The memory run waits up to 600 s for all resources to run, then reads RSS anyway and says how many run.
# --quick: 5 failover trials, 20 commits and 5 s of throughput per size, 240 s of waiting for memory.
# It prints the load average before and after (the figures depend on it). Every node a measurement starts is killed when it
# ends, on failure too. Needs a built shell module (mvn -q -o -DskipTests package).
#
# Usage: bench/cluster-bench.sh [--quick] [failover|commits|memory ...]
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
trials=20
commits=50
seconds=10
resources=1000
wait_s=600
what=()
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) trials=5; commits=20; seconds=5; wait_s=240; shift ;;
        failover|commits|memory) what+=("$1"); shift ;;
        *) echo "usage: $0 [--quick] [failover|commits|memory ...]" >&2; exit 64 ;;
    esac
done
[ ${#what[@]} -gt 0 ] || what=(failover commits memory)

jar="$root/shell/target/jcrm-shell.jar"
if [ ! -f "$jar" ]; then
    (cd "$root" && mvn -q -o -DskipTests package)
fi
cp="$jar:$root/shell/target/lib/*"
work=$(mktemp -d "${TMPDIR:-/tmp}/jcrm-cluster-bench.XXXXXX")
driver_pid=""
cleanup() {
    # the driver kills its nodes itself; this catches an interrupted driver
    if [ -n "$driver_pid" ]; then kill "$driver_pid" 2>/dev/null || true; wait "$driver_pid" 2>/dev/null || true; fi
    for pidfile in "$work"/*/node*/jcrmd.pid; do
        [ -f "$pidfile" ] || continue
        pid=$(head -n 1 "$pidfile" | tr -dc '0-9')
        if [ -n "$pid" ] && grep -qs jcrm "/proc/$pid/cmdline"; then kill -9 "$pid" 2>/dev/null || true; fi
    done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

drive() {
    java -cp "$cp" "$root/bench/ClusterBench.java" "$work" "$@" &
    driver_pid=$!
    wait "$driver_pid"
    driver_pid=""
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
for w in "${what[@]}"; do
    case "$w" in
        failover) drive failover "$trials" ;;
        commits) for n in 3 5 7; do drive commits "$n" "$commits" "$seconds"; done ;;
        memory) drive memory "$resources" "$wait_s" ;;
    esac
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
