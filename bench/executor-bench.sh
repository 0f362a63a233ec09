#!/usr/bin/env bash
# Executor benchmark: what jcrm's executor costs on a node.
#
# (a) Overhead per action: ocf:jcrm:Dummy monitor run N times (default 200) straight from a JVM
#     (ProcessBuilder, the same environment), N times the same under setsid (as jcrm starts every agent,
#     in a session of its own) and N times through NodeExecutor and the agent classes, interleaved;
#     prints the medians and jcrm's difference to both (target: under 5 ms added).
# (b) Steady load: one node's executor with R resources (default 1000) of ocf:jcrm:Dummy with distinct
#     state files, each monitored every 10 s for S seconds (default 60). Prints, per 10-second window and
#     as medians, the executor JVM's own CPU (utime + stime of /proc/self/stat, all threads, no children)
#     and the agents' CPU (cutime + cstime: the child processes it reaped) as % of one core, and the
#     monitors completed per second (R/10 when the executor keeps up). Target: JVM under 5% of a core.
#
# --quick: N=100 and S=30 (still 1,000 resources). The load average is printed with the figures: on a
# shared machine the agents' fork/exec cost and the wall-clock figures grow with it.
#
# Usage: bench/executor-bench.sh [--quick] [--runs N] [--resources R] [--seconds S]
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
runs=200
resources=1000
seconds=60
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) runs=100; seconds=30; shift ;;
        --runs) runs=$2; shift 2 ;;
        --resources) resources=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "executor-bench: unknown argument $1" >&2; exit 2 ;;
    esac
done
for tool in java mvn; do
    command -v "$tool" >/dev/null || { echo "executor-bench: $tool is not installed" >&2; exit 2; }
done

(cd "$root" && mvn -q -o -pl agents -am compile) || { echo "executor-bench: build failed" >&2; exit 1; }
cp="$root/engine/target/classes:$root/agents/target/classes"
driver=(java -Xmx512m -XX:+UseSerialGC -Djcrm.agents.dir="$root/agents" -cp "$cp" "$root/bench/ExecutorBench.java")

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')  cores: $(nproc)  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"${driver[@]}" overhead "$runs"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"${driver[@]}" load "$resources" "$seconds" 10
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
