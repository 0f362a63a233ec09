#!/bin/sh
# Times jcrm's crm shell against crmsh on the same small CIB, in the same run: `configure show`
# end to end, and the time from starting the interactive shell to its first prompt (in tmux).
# Prints the median of 9 runs of each and the ratios (jcrm / crmsh: below 1 means jcrm is faster).
# Needs tmux and crmsh (`crm`); builds jcrm through bin/jcrm on first use.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=${TMPDIR:-/tmp}/jcrm-shell-bench.$$
mkdir -p "$work"
trap 'tmux -S "$work/tmux.sock" kill-server >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
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

time_prompt() { # $1: the command line; $2: text of its prompt; prints one time per run
    for _ in $(seq $runs); do
        start=$(now)
        tmux -S "$work/tmux.sock" new-session -d -s bench -x 120 -y 30 \
            "env CIB_file='$work/cib.xml' HOME='$work' $1" >/dev/null 2>&1
        polls=0
        while ! tmux -S "$work/tmux.sock" capture-pane -p -t bench 2>/dev/null | grep -q "$2"; do
            polls=$((polls + 1))
            if [ "$polls" -gt 3000 ]; then  # about 30 s: the shell did not come up
                echo "no prompt from: $1" >&2
                exit 1
            fi
            sleep 0.01
        done
        end=$(now)
        tmux -S "$work/tmux.sock" kill-server >/dev/null 2>&1 || true
        echo "$end - $start" | bc -l
    done
}

jshow=$(time_show "$root/bin/jcrm" | median)
cshow=$(time_show crm | median)
jprompt=$(time_prompt "$root/bin/jcrm" 'crm(live)#' | median)
cprompt=$(time_prompt crm 'crm(live' | median)

printf '%-28s %8s %8s %8s\n' "median of $runs (seconds)" jcrm crmsh ratio
printf '%-28s %8.3f %8.3f %8.2f\n' "configure show" "$jshow" "$cshow" "$(echo "$jshow / $cshow" | bc -l)"
printf '%-28s %8.3f %8.3f %8.2f\n' "first interactive prompt" "$jprompt" "$cprompt" "$(echo "$jprompt / $cprompt" | bc -l)"
