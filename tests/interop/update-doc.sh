#!/usr/bin/env bash
# Puts the table that tests/interop.rs wrote (target/interop/table.md, or
# $TSUNAGU_INTEROP_TABLE) into docs/interoperability.md, between the lines
# "<!-- interop-table:begin -->" and "<!-- interop-table:end -->".
#   bash tests/interop/update-doc.sh           rewrite the doc
#   bash tests/interop/update-doc.sh --check   fail when the committed doc differs from the run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
TABLE="${TSUNAGU_INTEROP_TABLE:-${CARGO_TARGET_DIR:-target}/interop/table.md}"
DOC=docs/interoperability.md
[ -s "$TABLE" ] || { echo "interop: $TABLE missing: run the interop test first" >&2; exit 1; }
grep -q '^<!-- interop-table:begin -->$' "$DOC" && grep -q '^<!-- interop-table:end -->$' "$DOC" ||
  { echo "interop: $DOC lacks the interop-table markers" >&2; exit 1; }
new="$(mktemp)"; trap 'rm -f "$new"' EXIT
awk -v table="$TABLE" '
  /^<!-- interop-table:begin -->$/ { print; while ((getline l < table) > 0) print l; skip = 1; next }
  /^<!-- interop-table:end -->$/ { skip = 0 }
  !skip { print }' "$DOC" >"$new"
if [ "${1:-}" = --check ]; then
  if ! diff -u "$DOC" "$new"; then
    echo "interop: $DOC differs from what this run observed: run tests/interop/update-doc.sh and commit" >&2
    exit 1
  fi
  echo "interop: $DOC matches this run" >&2
else
  cp "$new" "$DOC"; echo "interop: $DOC updated from $TABLE" >&2
fi
