#!/usr/bin/env bash
# The "remember my password" round trip (store, read, overwrite, delete) against a real
# keychain: the kernel keyring of a fresh session (`keyctl session -`, package keyutils), so
# nothing outlives the test. Needs the desktop build dependencies (scripts/app-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v keyctl >/dev/null || { echo "keyctl missing: apt-get install keyutils" >&2; exit 1; }
# No session bus: the shell then uses the kernel keyring (the Secret Service needs a desktop).
env -u DBUS_SESSION_BUS_ADDRESS keyctl session - \
  cargo test -p tsunagu-app --lib keychain -- --include-ignored
