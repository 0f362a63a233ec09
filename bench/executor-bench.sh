#!/usr/bin/env bash
# Executor benchmark: what jcrm's executor costs on a node.
#
# (a) Overhead per action: ocf:jcrm:Dummy monitor run N times (default 200) straight from a JVM
#     (ProcessBuilder, the same environment), N times the same under setsid (as jcrm starts every agent,
#     in a session of its own) and N times through NodeExecutor and the agent classes, interleaved;
#     prints the medians and jcrm's difference to both (target: under 5 ms added).
# (b) Steady load: one node's executor with R resources (default 1000) of ocf:jcrm:Dummy with distinct
#     state files, each monitored every 10 s. The first W seconds (default 20) are a warm-up, not
#     measured (the JIT compiles the hot paths then: a node runs for months). Then, for S seconds
#     (default 60), it prints per 10-second window and as medians the executor JVM's own CPU (utime +
#     stime of /proc/self/stat, all threads, no children) and the agents' CPU (cutime + cstime: the
#     child processes it reaped, setsid included) as % of one core, and the monitors completed per
#     second (R/10 when the executor keeps up); then the JVM's CPU ticks by thread over those S seconds.
#     Target: JVM under 5% of a core.
#
# Both run in a JVM with the node daemon's options (heap, GC, C1 only: see LocalCluster) and the launch
# mechanism jcrm picks (LaunchMechanism); JCRM_BENCH_JAVA names another java to run them with.
# --quick: N=100, W=10 and S=30 (still 1,000 resources). The load average is printed with the figures:
# on a shared machine the agents' fork/exec cost and the wall-clock figures grow with it.
#
# Usage: bench/executor-bench.sh [--quick] [--runs N] [--resources R] [--warmup W] [--seconds S]
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
runs=200
resources=1000
warmup=20
seconds=60
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) runs=100; warmup=10; seconds=30; shift ;;
        --runs) runs=$2; shift 2 ;;
        --resources) resources=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "executor-bench: unknown argument $1" >&2; exit 2 ;;
    esac
done
for tool in java mvn; do
    command -v "$tool" >/dev/null || { echo "executor-bench: $tool is not installed" >&2; exit 2; }
done

(cd "$root" && mvn -q -o -pl agents -am compile) || { echo "executor-bench: build failed" >&2; exit 1; }
cp="$root/engine/target/classes:$root/agents/target/classes"
# The node daemon's JVM options (LocalCluster.launch); the source launcher compiles the driver in it.
driver=("${JCRM_BENCH_JAVA:-java}" -Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1
    -Djcrm.agents.dir="$root/agents" -cp "$cp" "$root/bench/ExecutorBench.java")

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')  cores: $(nproc)  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"${driver[@]}" overhead "$runs"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"${driver[@]}" load "$resources" "$warmup" "$seconds" 10
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
