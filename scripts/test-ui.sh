#!/usr/bin/env bash
# Tests of the desktop app: UI unit tests (vitest with the Tauri IPC mocks), the shell's Rust
# tests, the keychain round trip, and end-to-end runs of the real app (WebKitGTK under Xvfb,
# WebKitWebDriver) through the whole wizard against the loopback test mail servers.
#
#   TSUNAGU_E2E=0                    skip the end-to-end stage
#   TSUNAGU_SHOTS=docs/screenshots   where the e2e run saves its screenshots
#                                    (default target/e2e/screenshots)
#   TSUNAGU_E2E_ONLY=a,b             run only these e2e scenarios (names in tests/e2e/run.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

bash scripts/app-deps.sh --test

echo "== ui: vitest" >&2
(cd ui && npx vitest run)

echo "== src-tauri: unit tests" >&2
cargo test -q -p tsunagu-app --lib

echo "== keychain round trip (kernel keyring of a fresh session)" >&2
bash scripts/app-keychain-test.sh

[ "${TSUNAGU_E2E:-1}" = 0 ] && { echo "== e2e skipped (TSUNAGU_E2E=0)" >&2; exit 0; }

echo "== e2e: build the app" >&2
(cd ui && npm run build --silent)
cargo build -q -p tsunagu-app --features tauri/custom-protocol

WORK="$ROOT/target/e2e"
mkdir -p "$WORK"
# The servers' own directory: inside target/ when Dovecot's and Postfix's users can reach it,
# else under /tmp (a clone under /root, mode 700): tests/peers/lib.sh knows how to tell.
# shellcheck source=tests/peers/lib.sh
HERE="$ROOT/tests/peers" . "$ROOT/tests/peers/lib.sh"
if [ -n "${TSUNAGU_E2E_PEERS_RUN:-}" ]; then
  export TSUNAGU_PEERS_RUN="$TSUNAGU_E2E_PEERS_RUN"
elif searchable_by_others "$WORK"; then
  export TSUNAGU_PEERS_RUN="$WORK/peers"
else
  export TSUNAGU_PEERS_RUN="/tmp/tsunagu-e2e-peers-$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"
fi
echo "== e2e: test mail servers in $TSUNAGU_PEERS_RUN" >&2
# Own ports, so that a developer's running test servers are left alone.
export TSUNAGU_PEERS_PORT_OFFSET="${TSUNAGU_E2E_PORT_OFFSET:-300}"
stop_peers() { bash tests/peers/down.sh >/dev/null 2>&1 || true; }
trap stop_peers EXIT
# The servers keep stdout open: send it to a file, never to a pipe.
bash tests/peers/up.sh >"$WORK/peers-up.log" 2>&1 || { cat "$WORK/peers-up.log" >&2; exit 1; }

# The app turns WebKitGTK's compositing off to save memory (src-tauri/src/main.rs); under Xvfb
# WebKitWebDriver's screenshot then never returns, so the e2e run keeps compositing on.
export WEBKIT_DISABLE_COMPOSITING_MODE="${WEBKIT_DISABLE_COMPOSITING_MODE:-0}"
echo "== e2e: the wizard in WebKitGTK under Xvfb" >&2
timeout 600 xvfb-run -a -s "-screen 0 1280x1024x24" \
  dbus-run-session -- node tests/e2e/run.mjs \
    --app "$ROOT/target/debug/tsunagu-app" \
    --peers-env "$TSUNAGU_PEERS_RUN/env.json" \
    --work "$WORK" \
    --shots "${TSUNAGU_SHOTS:-$WORK/screenshots}" \
    ${TSUNAGU_E2E_ONLY:+--only "$TSUNAGU_E2E_ONLY"} \
  2> >(grep -v -E 'dbus-daemon|portal|pw\.conf|SpiRegistry|max threads|^$' >&2)

# Offline: the same app in a network namespace of its own with nothing but loopback, so every
# lookup fails at once, as on a computer without internet (no traffic leaves this machine).
echo "== e2e: offline (a network namespace with only loopback)" >&2
timeout 300 unshare -n sh -c 'ip link set lo up && exec "$@"' sh \
  xvfb-run -a -s "-screen 0 1280x1024x24" \
  dbus-run-session -- node tests/e2e/run.mjs \
    --app "$ROOT/target/debug/tsunagu-app" \
    --peers-env "$TSUNAGU_PEERS_RUN/env.json" \
    --work "$WORK" \
    --shots "${TSUNAGU_SHOTS:-$WORK/screenshots}" \
    --only offline \
  2> >(grep -v -E 'dbus-daemon|portal|pw\.conf|SpiRegistry|max threads|^$' >&2)
