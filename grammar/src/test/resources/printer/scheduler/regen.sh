#!/bin/sh
# Regenerates NAME.show for each CIB of Pacemaker's scheduler regression inputs with the
# reference crmsh (4.4.1): `crm configure show` of the CIB as it is. CIBs crmsh fails on are skipped.
# Usage: regen.sh SHARED_DIR (the folder holding conformance/pacemaker-2.1.5).
set -e
cd "$(dirname "$0")"
xml_dir="$1/conformance/pacemaker-2.1.5/scheduler/xml"
tmp=$(mktemp -d)
for f in "$xml_dir"/*.xml; do
  n=$(basename "$f" .xml)
  cp "$f" "$tmp/cib.xml"
  if CIB_file="$tmp/cib.xml" timeout 30 crm configure show > "$tmp/out" 2>/dev/null; then
    grep -v "$(printf '^\033')" "$tmp/out" > "$n.show"
  fi
done
rm -rf "$tmp"
