#!/bin/sh
# Times `jcrm verify` against Pacemaker's crm_verify on one generated CIB with 10,000 resources and
# 5,000 constraints (median of 3 runs each, end to end, in the same run) and prints the ratio.
# Needs a built shell module: mvn -q -o -pl shell -am package -DskipTests
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=${TMPDIR:-/tmp}/jcrm-verify-bench.$$
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
cib="$work/cib.xml"

python3 - "$cib" <<'PY'
import sys
n_rsc, n_con = 10000, 5000
out = open(sys.argv[1], "w")
out.write('<cib crm_feature_set="3.16.1" validate-with="pacemaker-3.9" epoch="1" num_updates="0" admin_epoch="0">\n')
out.write('<configuration>\n<crm_config><cluster_property_set id="cib-bootstrap-options">'
          '<nvpair id="o-stonith" name="stonith-enabled" value="false"/></cluster_property_set></crm_config>\n')
out.write('<nodes>' + ''.join('<node id="%d" uname="node%d"/>' % (i, i) for i in range(1, 5)) + '</nodes>\n<resources>\n')
for i in range(n_rsc):
    out.write('<primitive id="r%d" class="ocf" provider="heartbeat" type="Dummy"><operations>'
              '<op id="r%d-mon" name="monitor" interval="10s" timeout="20s"/></operations></primitive>\n' % (i, i))
out.write('</resources>\n<constraints>\n')
for i in range(n_con):
    k = i % 3
    if k == 0:
        out.write('<rsc_location id="c%d" rsc="r%d" node="node%d" score="100"/>\n' % (i, i, i % 4 + 1))
    elif k == 1:
        out.write('<rsc_colocation id="c%d" rsc="r%d" with-rsc="r%d" score="INFINITY"/>\n' % (i, i, i + 1))
    else:
        out.write('<rsc_order id="c%d" first="r%d" then="r%d" kind="Mandatory"/>\n' % (i, i, i + 1))
out.write('</constraints>\n</configuration>\n<status/>\n</cib>\n')
PY

cp="$root/shell/target/jcrm-shell.jar:$(ls "$root"/shell/target/lib/*.jar | tr '\n' ':')"
if [ -x "$root/bin/jcrm" ]; then jcrm="$root/bin/jcrm"; else jcrm="java -cp $cp org.jcrm.shell.cli.Main"; fi

median_of_3() { # prints the median wall time in seconds of three runs of "$@"
    for _ in 1 2 3; do
        start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
        echo "$end - $start" | bc
    done | sort -n | sed -n 2p
}

ours=$(median_of_3 $jcrm verify -x "$cib")
theirs=$(median_of_3 crm_verify -x "$cib")
echo "CIB: 10000 resources, 5000 constraints ($(wc -c < "$cib") bytes)"
echo "jcrm verify: ${ours}s (median of 3)"
echo "crm_verify:  ${theirs}s (median of 3)"
echo "ratio jcrm/crm_verify: $(echo "scale=2; $ours / $theirs" | bc)"
