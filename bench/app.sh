#!/usr/bin/env bash
# Desktop app figures: builds the bundled app (tauri build --bundles deb, release, UI embedded)
# unless TSUNAGU_APP_BIN is given, starts a private Xvfb and a D-Bus session, then runs
# bench/app_bench.py. Called by bench/run.sh --app; needs the test mail servers' env.json.
#
#   bash bench/app.sh --peers-env /tmp/tsunagu-bench/peers/env.json [--runs 5]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ENV_JSON=""
RUNS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --peers-env) ENV_JSON="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "app.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
say() { echo "bench: $*" >&2; }

if [ -z "${TSUNAGU_APP_BIN:-}" ]; then
  say "building the desktop app: UI, then tauri build --bundles deb (several minutes)"
  (cd ui && { [ -d node_modules ] || npm ci --no-audit --no-fund --silent; } && npm run build --silent >/dev/null)
  (cd src-tauri && npm exec --prefix ../ui -- tauri build --bundles deb) >/tmp/tsunagu-bench-tauri.log 2>&1 ||
    { tail -30 /tmp/tsunagu-bench-tauri.log >&2; exit 1; }
  APP="$ROOT/target/release/tsunagu-app"
else
  APP="$TSUNAGU_APP_BIN"
fi
DEB="${TSUNAGU_APP_DEB:-$(ls -t "$ROOT"/target/release/bundle/deb/*.deb 2>/dev/null | head -1 || true)}"

python3 -c 'import numpy, Xlib' 2>/dev/null || pip install -q numpy python-xlib >/dev/null 2>&1 ||
  { say "python numpy and python-xlib are needed (pip install numpy python-xlib)"; exit 1; }
command -v WebKitWebDriver >/dev/null || { say "WebKitWebDriver missing: apt-get install webkit2gtk-driver"; exit 1; }

# A private X server (first free display from :87).
D=87
while [ -e "/tmp/.X$D-lock" ] || [ -e "/tmp/.X11-unix/X$D" ]; do D=$((D + 1)); done
Xvfb ":$D" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
trap 'kill "$XPID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [ -e "/tmp/.X11-unix/X$D" ] && break; sleep 0.05; done

DISPLAY=":$D" dbus-run-session -- python3 "$ROOT/bench/app_bench.py" --app "$APP" ${DEB:+--deb "$DEB"} \
  --peers-env "$ENV_JSON" --runs "$RUNS" --json-out "${TSUNAGU_BENCH_APP_JSON:-/tmp/tsunagu-bench/app.json}"
