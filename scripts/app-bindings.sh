#!/usr/bin/env bash
# Regenerates ui/src/bindings/*.ts from the Rust types (src/model.rs and src-tauri/src/api.rs)
# with ts-rs. Never edit the generated files by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/ui/src/bindings"
rm -rf "$out"
mkdir -p "$out"
# ts-rs writes one file per type while running the generated export_bindings_* tests.
TS_RS_EXPORT_DIR="$out" cargo test -q -p tsunagu --lib --features ts export_bindings >/dev/null
TS_RS_EXPORT_DIR="$out" cargo test -q -p tsunagu-app --lib --features ts export_bindings >/dev/null
# ts-rs maps u64 to `bigint`, but serde_json writes them as plain JSON numbers (all of ours,
# milliseconds and byte counts, stay far below 2^53), so the window receives numbers.
sed -i 's/\bbigint\b/number/g' "$out"/*.ts
ls "$out" | wc -l | xargs echo "bindings written:"
