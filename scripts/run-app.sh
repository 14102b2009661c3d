#!/usr/bin/env bash
# The README's run command: installs what the desktop wizard needs, builds what changed and
# starts it. Arguments go to the app (e.g. --demo starts the local test mail servers and uses
# them; they are stopped again when the window closes).
# Without a display (a server, an SSH session) it shows the command-line tool instead.
#
# On a fresh Debian/Ubuntu it installs (as root, or through sudo):
#   - WebKitGTK and the build tools (scripts/app-deps.sh), a Japanese font (fonts-noto-cjk);
#   - Node.js 20 or newer for building the wizard's page: Debian's own when it is new enough,
#     else Node.js 22 from the npm registry's `node` package (a binary shipped inside a registry
#     package, put under target/tools/node; Debian 12 ships Node.js 18);
#   - with --demo: Dovecot and Postfix for the practice mail servers (scripts/install-deps.sh).
# A second launch with nothing changed builds nothing: the page is rebuilt only when ui/
# changed, and the app is started directly (cargo only checks that it is up to date).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here, so the desktop wizard cannot open. The same checks run on the command line:" >&2
  echo >&2
  cargo run -q --bin tsunagu -- --help
  echo >&2
  echo "Example: cargo run -q --bin tsunagu -- diagnose taro@example.ne.jp --password-stdin" >&2
  exit 0
fi

demo=0
for a in "$@"; do [ "$a" = --demo ] && demo=1; done

SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
apt_install() { # packages that are missing
  local missing=() p installed
  installed="$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null | awk '/install ok installed/ {print $1}' || true)"
  for p in "$@"; do
    grep -qx "$p" <<<"$installed" || missing+=("$p")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "run-app: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

node_ok() { command -v node >/dev/null && node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)'; }
NODE_DIR="$ROOT/target/tools/node"
[ -x "$NODE_DIR/node_modules/.bin/node" ] && export PATH="$NODE_DIR/node_modules/.bin:$PATH"
if ! node_ok; then
  command -v npm >/dev/null || apt_install nodejs npm
  if ! node_ok; then
    echo "run-app: Node.js $(node --version 2>/dev/null || echo none) is too old; installing Node.js 22 from the npm registry into target/tools/node" >&2
    mkdir -p "$NODE_DIR"
    npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --loglevel=error node@22 >&2
    export PATH="$NODE_DIR/node_modules/.bin:$PATH"
    node_ok || { echo "run-app: could not get Node.js 20 or newer" >&2; exit 1; }
  fi
fi

# A Japanese font: without one, every Japanese word is drawn as boxes.
fc-list :lang=ja 2>/dev/null | grep -q . || apt_install fonts-noto-cjk fontconfig
TSUNAGU_NODE_CHECKED=1 bash scripts/app-deps.sh
[ "$demo" = 1 ] && bash scripts/install-deps.sh >&2

# The page: rebuilt only when one of its inputs is newer than the last build (rebuilding it
# would also make cargo re-embed it and relink the app).
stamp=ui/dist/index.html
if [ ! -f "$stamp" ] || [ -n "$(find ui/src ui/index.html ui/package.json ui/package-lock.json ui/vite.config.ts ui/tsconfig.json -newer "$stamp" -print -quit 2>/dev/null)" ]; then
  (cd ui && npm run build --silent)
fi
# custom-protocol: the window loads the built UI from inside the binary (no dev server).
# cargo is asked only when an input is newer than the binary (its own check of a workspace
# this size takes a second or two on a busy machine).
# The stamp also notes which binary this script built: another build of the workspace
# (without custom-protocol) writes the same path, and then cargo is asked again.
APP="$ROOT/target/debug/tsunagu-app"
STAMP="$ROOT/target/run-app.stamp"
if [ ! -x "$APP" ] || [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$(stat -c '%Y %s' "$APP")" ] ||
  [ -n "$(find src src-tauri provider-data ui/dist build.rs Cargo.toml Cargo.lock -newer "$STAMP" -print -quit 2>/dev/null)" ]; then
  cargo build -q -p tsunagu-app --features tauri/custom-protocol
  stat -c '%Y %s' "$APP" >"$STAMP"
fi

if [ "$demo" = 1 ]; then
  # The app starts the practice servers and stops them when its window closes; if it is killed
  # instead, stop them here (only ours: tests/peers/down.sh finds them by their pid files).
  trap 'bash tests/peers/down.sh --quiet >/dev/null 2>&1 || true' EXIT
  "$APP" "$@"
else
  exec "$APP" "$@"
fi
