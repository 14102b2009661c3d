#!/usr/bin/env bash
# THE test command (README, .ci/run): installs what the tests need, starts the real test mail
# servers (Dovecot + Postfix on loopback), runs every test, checks that no seeded mailbox was
# changed, and stops the servers again. Exit status non-zero when anything failed.
#
#   bash scripts/test.sh            everything
#   TSUNAGU_SKIP_DEPS=1 bash ...    skip the apt step (a machine already set up)
#
# Stages are small functions run in order by `stage`; add a stage by writing a function and
# one `stage` line at the bottom.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

T_START=$(date +%s)
stage() { # name function
  local t0 t1
  t0=$(date +%s%N)
  echo "==== stage: $1" >&2
  "$2"
  t1=$(date +%s%N)
  echo "==== stage: $1 done in $(( (t1 - t0) / 1000000 )) ms" >&2
}

# ------------------------------------------------------------------------------- stages
deps() {
  if [ "${TSUNAGU_SKIP_DEPS:-0}" = 1 ]; then echo "skipped (TSUNAGU_SKIP_DEPS=1)" >&2; return; fi
  bash scripts/install-deps.sh
  bash scripts/app-deps.sh --test
  if ! command -v cargo >/dev/null 2>&1; then
    [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
  fi
  command -v cargo >/dev/null 2>&1 || {
    echo "cargo not found: install a Rust toolchain (rustup) first" >&2; exit 1; }
}

peers_up() {
  bash tests/peers/up.sh
  PEERS_STARTED=1
  # APOP and POP before SMTP (issue 15): their own Dovecot + Postfix + policy service.
  bash tests/peers/legacy-up.sh
}

rust_tests() {
  # The real-server tests must not skip here: a missing peer is a failure. --no-fail-fast:
  # one run shows every failing test binary, not only the first (the exit stays non-zero).
  TSUNAGU_REQUIRE_PEERS=1 cargo test --workspace --no-fail-fast 2>&1 | tee -a "$RESULTS"
}

mailboxes_unchanged() {
  bash tests/peers/check-unchanged.sh
}

style() {
  # What every commit must keep clean: formatting, clippy, and the UI's generated types.
  cargo fmt --all -- --check
  cargo clippy --workspace --all-targets -- -D warnings
  bash scripts/app-bindings.sh
  git diff --exit-code -- ui/src/bindings || {
    echo "ui/src/bindings is out of date with src/model.rs: run scripts/app-bindings.sh" >&2
    return 1
  }
}

interop_peers() {
  # Seven more real servers (Cyrus, Courier, Mailutils, popa3d, Exim, OpenSMTPD, Sendmail) in
  # cached Debian chroots: start, the table test (must not skip), mailboxes unchanged, the
  # generated table in docs/interoperability.md up to date. See tests/interop/README.md.
  bash tests/interop/up.sh
  INTEROP_STARTED=1
  local rc=0
  TSUNAGU_REQUIRE_INTEROP=1 cargo test -p tsunagu --test interop 2>&1 | tee -a "$RESULTS" || rc=1
  bash tests/interop/check-unchanged.sh || rc=1
  bash tests/interop/update-doc.sh --check || rc=1
  return $rc
}

ui_tests() {
  # vitest with the Tauri IPC mocks, the shell's tests, the keychain round trip, and the real
  # app in WebKitGTK under Xvfb through the whole wizard (own test servers on offset ports).
  bash scripts/test-ui.sh
}

handoff_phone() {
  # The hand-off page (issue 14) in headless Chromium with a phone-sized viewport, and the
  # terminal QR code decoded back (zbarimg). Installs chromium and zbar-tools when missing.
  bash scripts/handoff-phone.sh
}

fuzz_pass() {
  # A short pass over every fuzz target (20 s each); the long runs are scripts/fuzz.sh.
  bash scripts/fuzz.sh --ci
}

# ------------------------------------------------------------------------------- cleanup
PEERS_STARTED=0
INTEROP_STARTED=0
RESULTS=$(mktemp)
cleanup() {
  local rc=$?
  if [ "$PEERS_STARTED" = 1 ]; then
    bash tests/peers/legacy-down.sh || true
    bash tests/peers/down.sh || true
  fi
  if [ "$INTEROP_STARTED" = 1 ]; then bash tests/interop/down.sh || true; fi
  echo "==== scripts/test.sh: $([ $rc = 0 ] && echo PASSED || echo "FAILED (exit $rc)") in $(( $(date +%s) - T_START )) s" >&2
  # One closing count of the Rust test results (cargo prints one line per test binary).
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed;?$/) p += $(i-1); if ($(i) ~ /^failed;?$/) f += $(i-1) } }
       END { printf "tests: %d passed, %d failed\n", p, f }' "$RESULTS" >&2 || true
  rm -f "$RESULTS"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------------------- run
stage "install dependencies" deps
stage "start test mail servers" peers_up
stage "rust tests (unit, integration, real servers)" rust_tests
stage "seeded mailboxes unchanged" mailboxes_unchanged
stage "interop peers (7 more real servers, chroots)" interop_peers
stage "desktop app (vitest, keychain, e2e)" ui_tests
stage "hand-off page in a phone browser" handoff_phone
stage "style (fmt, clippy, generated UI types)" style
stage "fuzz (short pass)" fuzz_pass
