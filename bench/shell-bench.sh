#!/bin/sh
# Times jcrm's crm shell against crmsh on the same small CIB, in the same run: `configure show`
# end to end, and the time from starting the interactive shell to its first prompt (on a
# pseudo-terminal, the two shells in turn: bench/first_prompt.py).
# Prints the median of 9 runs of each and the ratios (jcrm / crmsh: below 1 means jcrm is faster).
# Needs python3 and crmsh (`crm`); builds jcrm through bin/jcrm on first use.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=${TMPDIR:-/tmp}/jcrm-shell-bench.$$
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
runs=9

cat >"$work/web.crm" <<'CRM'
node node1
node node2
primitive web-vip ocf:heartbeat:IPaddr2 params ip=192.168.0.100 cidr_netmask=24 op monitor interval=30s
primitive web-server ocf:heartbeat:apache params configfile=/etc/apache2/apache2.conf op monitor interval=60s
primitive web-fs ocf:heartbeat:Filesystem params device=/dev/vg/web directory=/srv/www fstype=ext4
group web web-fs web-vip web-server
location web-prefers-node1 web 100: node1
property stonith-enabled=false no-quorum-policy=stop
rsc_defaults resource-stickiness=100
CRM
cibadmin --empty >"$work/cib.xml"
CIB_file="$work/cib.xml" crm configure load update "$work/web.crm" >/dev/null 2>&1
"$root/bin/jcrm" help >/dev/null  # builds jcrm and records its class-data archive if needed

now() { date +%s.%N; }

median() { # the median of the numbers on stdin
    sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

time_show() { # $@: the command; prints one wall time per run
    for _ in $(seq $runs); do
        start=$(now)
        CIB_file="$work/cib.xml" HOME="$work" "$@" configure show >/dev/null 2>&1
        end=$(now)
        echo "$end - $start" | bc -l
    done
}

jshow=$(time_show "$root/bin/jcrm" | median)
cshow=$(time_show crm | median)
# The first prompt: both shells started in turn on a pseudo-terminal, run after run (first_prompt.py).
prompts=$(python3 "$root/bench/first_prompt.py" "$runs" \
    "crm(live)#=env CIB_file='$work/cib.xml' HOME='$work' '$root/bin/jcrm'" \
    "crm(live=env CIB_file='$work/cib.xml' HOME='$work' crm")
jprompt=$(echo "$prompts" | sed -n '1s/^median_ms=\([0-9]*\) .*/\1/p' | awk '{ print $1 / 1000 }')
cprompt=$(echo "$prompts" | sed -n '2s/^median_ms=\([0-9]*\) .*/\1/p' | awk '{ print $1 / 1000 }')

printf '%-28s %8s %8s %8s\n' "median of $runs (seconds)" jcrm crmsh ratio
printf '%-28s %8.3f %8.3f %8.2f\n' "configure show" "$jshow" "$cshow" "$(echo "$jshow / $cshow" | bc -l)"
printf '%-28s %8.3f %8.3f %8.2f\n' "first interactive prompt" "$jprompt" "$cprompt" "$(echo "$jprompt / $cprompt" | bc -l)"
