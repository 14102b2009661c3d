#!/usr/bin/env bash
# The README's run command: installs what the desktop wizard needs, builds it and starts it.
# Arguments go to the app (e.g. --demo starts the local test mail servers and uses them).
# Without a display (a server, an SSH session) it shows the command-line tool instead.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here, so the desktop wizard cannot open. The same checks run on the command line:" >&2
  echo >&2
  cargo run -q --bin tsunagu -- --help
  echo >&2
  echo "Example: cargo run -q --bin tsunagu -- diagnose taro@example.ne.jp --password-stdin" >&2
  exit 0
fi

bash scripts/app-deps.sh
(cd ui && npm run build --silent)
# custom-protocol: the window loads the built UI from inside the binary (no dev server).
exec cargo run -q -p tsunagu-app --features tauri/custom-protocol -- "$@"
