#!/usr/bin/env bash
# Load/show benchmark: jcrm against crmsh on the same generated configuration.
#
# For each size N (default 1000 5000 50000) it writes a configuration of N primitives with groups,
# clones and constraints (bench/LoadShowConfig.java), then, RUNS times (default 3) each:
#   cibadmin --empty > cib.xml; CIB_file=cib.xml bin/jcrm configure load update FILE   (load)
#   CIB_file=cib.xml bin/jcrm configure show > /dev/null                              (show)
# and the same with crm (crmsh). It prints the median load, show and total wall-clock times,
# the median total CPU time (user + system: on a shared machine the steadier figure), the
# crmsh/jcrm ratio of total times, and the peak RSS (largest of load and show, /usr/bin/time -v).
#
# crmsh is slow on big files (about 20 s for 1,000 primitives on an idle 2-core machine, and it
# grows faster than linearly), so it runs only for N <= CRMSH_MAX (default 1000); --crmsh-max M
# changes the limit, --no-crmsh skips it. Targets for jcrm: under 3 s for 5,000 primitives and
# under 10 s for 50,000, with a heap under 1 GB (JCRM_JAVA_OPTS defaults to -Xmx1g here).
#
# --timeout S stops any one command after S seconds (default 1800) and reports it as unfinished.
#
# Usage: bench/load-show-bench.sh [--runs R] [--timeout S] [--crmsh-max M | --no-crmsh] [N ...]
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
runs=3
limit=1800
crmsh_max=1000
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --timeout) limit=$2; shift 2 ;;
        --crmsh-max) crmsh_max=$2; shift 2 ;;
        --no-crmsh) crmsh_max=0; shift ;;
        -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) sizes+=("$1"); shift ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000 50000)
for tool in cibadmin java; do
    command -v "$tool" >/dev/null || { echo "load-show-bench: $tool is not installed" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "load-show-bench: /usr/bin/time (GNU time) is needed for peak RSS" >&2; exit 2; }
have_crm=1
command -v crm >/dev/null || have_crm=0

export JCRM_JAVA_OPTS="${JCRM_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Build once outside the timings: bin/jcrm builds on first use.
CIB_file="$work/warm.xml" "$root/bin/jcrm" configure show >/dev/null 2>&1 || true

# time_cmd OUT_PREFIX CMD...: runs CMD under /usr/bin/time -v; writes seconds and peak KB.
bench=load-show-bench
# shellcheck source=bench/timing.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/timing.sh"

# measure TOOL FILE: RUNS rounds of load then show; prints "load show total cpu peak_kb" medians.
measure() {
    local tool=$1 file=$2 r
    local -a cmd
    if [ "$tool" = jcrm ]; then cmd=("$root/bin/jcrm"); else cmd=(crm -D plain); fi
    : >"$work/$tool.rows"
    for ((r = 1; r <= runs; r++)); do
        local cib="$work/$tool-cib.xml"
        cibadmin --empty >"$cib"
        CIB_file="$cib" time_cmd "$work/$tool-load" "${cmd[@]}" configure load update "$file" || return 1
        CIB_file="$cib" time_cmd "$work/$tool-show" "${cmd[@]}" configure show || return 1
        local l s lk sk cpu
        l=$(cat "$work/$tool-load.secs"); s=$(cat "$work/$tool-show.secs")
        lk=$(cat "$work/$tool-load.kb"); sk=$(cat "$work/$tool-show.kb")
        cpu=$(echo "$(cat "$work/$tool-load.cpu") + $(cat "$work/$tool-show.cpu")" | bc)
        echo "$l $s $(echo "$l + $s" | bc) $cpu $((lk > sk ? lk : sk))" >>"$work/$tool.rows"
    done
    local col out=""
    for col in 1 2 3 4 5; do
        out="$out $(awk -v c=$col '{ print $c }' "$work/$tool.rows" | median)"
    done
    echo $out
}

printf '%-10s %-7s %9s %9s %9s %9s %12s %s\n' primitives tool load_s show_s total_s cpu_s peak_rss_MB ratio
for n in "${sizes[@]}"; do
    file="$work/config-$n.crm"
    java "$root/bench/LoadShowConfig.java" "$n" >"$file"
    if ! read -r jl js jt jc jk < <(measure jcrm "$file"); then
        printf '%-10s %-7s %s\n' "$n" jcrm "unfinished (see the message above)"
        continue
    fi
    printf '%-10s %-7s %9.2f %9.2f %9.2f %9.2f %12d %s\n' "$n" jcrm "$jl" "$js" "$jt" "$jc" $((jk / 1024)) ""
    if [ "$have_crm" = 1 ] && [ "$n" -le "$crmsh_max" ]; then
        if read -r cl cs ct cc ck < <(measure crmsh "$file"); then
            printf '%-10s %-7s %9.2f %9.2f %9.2f %9.2f %12d %s\n' "$n" crmsh "$cl" "$cs" "$ct" "$cc" $((ck / 1024)) \
                "crmsh/jcrm $(echo "scale=1; $ct / $jt" | bc)x"
            if ! cmp -s <(CIB_file="$work/jcrm-cib.xml" "$root/bin/jcrm" configure show 2>/dev/null) \
                        <(CIB_file="$work/crmsh-cib.xml" crm -D plain configure show 2>/dev/null); then
                echo "           note: jcrm's and crmsh's show output differ for $n primitives" >&2
            fi
        fi
    elif [ "$have_crm" = 1 ]; then
        printf '%-10s %-7s %s\n' "$n" crmsh "skipped (above --crmsh-max $crmsh_max)"
    fi
done
