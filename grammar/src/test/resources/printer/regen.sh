#!/bin/sh
# Regenerates the golden files from the reference crmsh (4.4.1) installed on the machine:
# each src/NAME.crm is loaded into an empty CIB; the CIB is kept as NAME.xml and crmsh's
# `configure show` of it as NAME.show. Hand-written src/NAME.xml CIBs are shown as they are.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
for f in src/*.crm; do
  n=$(basename "$f" .crm)
  cibadmin --empty > "$tmp/cib.xml"
  CIB_file="$tmp/cib.xml" crm -F configure load update "$f" > "$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
  cp "$tmp/cib.xml" "$n.xml"
  CIB_file="$n.xml" crm configure show | grep -v "$(printf '^\033')" > "$n.show"
done
for f in src/*.xml; do
  [ -e "$f" ] || continue
  n=$(basename "$f" .xml)
  cp "$f" "$n.xml"
  cp "$f" "$tmp/x.xml"
  CIB_file="$tmp/x.xml" crm configure show | grep -v "$(printf '^\033')" > "$n.show"
done
rm -rf "$tmp"
