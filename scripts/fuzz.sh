#!/usr/bin/env bash
# Fuzzes everything that parses bytes we do not control (fuzz/fuzz_targets/*.rs).
#
#   scripts/fuzz.sh                  every target for 10 minutes each, one after the other
#   scripts/fuzz.sh --ci             every target for 20 seconds (the pass in scripts/test.sh)
#   scripts/fuzz.sh --time 60 imap_wire smtp_wire
#
# libFuzzer through cargo-fuzz needs a nightly compiler (-Zsanitizer). Order of preference:
# an installed nightly toolchain, `rustup toolchain install nightly`, else the stable compiler
# with RUSTC_BOOTSTRAP=1 (which unlocks the same nightly flags on a stable rustc; a known
# trick, not tried on the development machine, where a nightly toolchain was installed).
# A first build compiles the whole engine with sanitizers: about 7 minutes on 2 cores.
# New inputs found go to fuzz/target/work/<target> (not committed); the committed seeds in
# fuzz/corpus/<target> are only read. A crash is reported with its input in
# fuzz/artifacts/<target>/; the other targets still run; the exit status is then 1.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

secs=600
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --ci) secs=20 ;;
    --time) secs="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) targets+=("$1") ;;
  esac
  shift
done
if [ ${#targets[@]} -eq 0 ]; then
  targets=(address_input autoconfig_xml provider_toml cert_names imap_wire pop3_wire smtp_wire)
fi

toolchain=()
if rustup run nightly rustc -V >/dev/null 2>&1 || rustup toolchain install nightly --profile minimal >/dev/null 2>&1; then
  toolchain=(+nightly)
else
  echo "fuzz.sh: no nightly toolchain; using stable with RUSTC_BOOTSTRAP=1" >&2
  export RUSTC_BOOTSTRAP=1
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

# -O: optimised; -a: debug assertions (integer overflow and the like panic, and are found).
cargo "${toolchain[@]}" fuzz build -O -a >/dev/null

failed=()
for t in "${targets[@]}"; do
  mkdir -p "target/work/$t"
  echo "== $t: ${secs}s" >&2
  log="target/work/$t.log"
  if ! nice -n "${FUZZ_NICE:-10}" cargo "${toolchain[@]}" fuzz run -O -a "$t" "target/work/$t" "corpus/$t" -- \
      -max_total_time="$secs" -timeout=10 -rss_limit_mb=1536 -print_final_stats=1 \
      >"$log" 2>&1; then
    grep -E -A12 'panicked at|ERROR: libFuzzer|SUMMARY' "$log" | head -n 40 >&2
    echo "fuzz.sh: $t FAILED (input in fuzz/artifacts/$t/, log in fuzz/$log)" >&2
    failed+=("$t")
    continue
  fi
  grep -E '^stat::number_of_executed_units|^Done ' "$log" | tr '\n' ' ' >&2
  echo >&2
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: ${#targets[@]} target(s) ran ${secs}s each without a finding" >&2
