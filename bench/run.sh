#!/usr/bin/env bash
# Tsunagu benchmarks (issue 6): one command that builds what it needs in release mode, starts
# the loopback test mail servers, runs every measurement and prints a table.
#
#   bash bench/run.sh                 # CLI figures: parallel, rtt, blackhole, dualstack, curl, lookup
#   bash bench/run.sh --app           # ... and the desktop app figures (tauri build: minutes)
#   bash bench/run.sh --only rtt,curl # some of them (parallel,rtt,blackhole,dualstack,curl,lookup,app)
#   bash bench/run.sh --runs 7        # repetitions per figure (median is reported; default 5)
#
# Not part of the test run. Needs root (test servers, nftables rule for the blackhole), python3,
# curl; installs hyperfine from Debian when missing. Traffic goes only to 127.0.0.0/8.
# Environment: TSUNAGU_BENCH_PORT_OFFSET (test servers, default 4000: ports 23xxx),
# TSUNAGU_BENCH_PROXY_BASE (delay proxy ports, default 25900), TSUNAGU_BIN (skip the build).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS=5
ONLY="parallel,rtt,blackhole,dualstack,curl,lookup"
APP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --app) APP=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
case ",$ONLY," in *,app,*) APP=1; ONLY="$(echo "$ONLY" | sed 's/\(^\|,\)app\(,\|$\)/\1/; s/,$//')" ;; esac

say() { echo "bench: $*" >&2; }
[ "$(id -u)" = 0 ] || { say "run as root (test mail servers, firewall rule)"; exit 1; }
command -v python3 >/dev/null || { say "python3 missing"; exit 1; }
if ! command -v hyperfine >/dev/null; then
  say "installing hyperfine (Debian)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null 2>&1 ||
    say "hyperfine not installable: lookup is timed by a python loop instead"
fi

# ---------------------------------------------------------------- build (release)
if [ -n "${TSUNAGU_BIN:-}" ]; then
  BIN="$TSUNAGU_BIN"
else
  if [ -n "$ONLY" ]; then
    say "building the CLI (release)"
    cargo build --release --quiet --bin tsunagu
  fi
  BIN="$ROOT/target/release/tsunagu"
fi

# ---------------------------------------------------------------- test mail servers
PEERS="${TSUNAGU_PEERS_DIR:-$ROOT/tests/peers}"
export TSUNAGU_PEERS_RUN="${TSUNAGU_BENCH_PEERS_RUN:-/tmp/tsunagu-bench/peers}"
export TSUNAGU_PEERS_PORT_OFFSET="${TSUNAGU_BENCH_PORT_OFFSET:-4000}"
mkdir -p "$(dirname "$TSUNAGU_PEERS_RUN")"
chmod 755 "$(dirname "$TSUNAGU_PEERS_RUN")"
cleanup() {
  bash "$PEERS/down.sh" --quiet || true
  # What the dualstack figure adds, should bench.py have been stopped before its own clean-up.
  nft delete table ip6 tsunagu_bench6 2>/dev/null || true
  if grep -q "# tsunagu-bench-dualstack$" /etc/hosts 2>/dev/null; then
    grep -v "# tsunagu-bench-dualstack$" /etc/hosts >/tmp/tsunagu-bench-hosts && cat /tmp/tsunagu-bench-hosts >/etc/hosts
  fi
}
if [ -n "$ONLY" ] || [ "$APP" = 1 ]; then
  [ -f "$PEERS/up.sh" ] || { say "no test mail servers at $PEERS (set TSUNAGU_PEERS_DIR)"; exit 1; }
  trap cleanup EXIT
  say "starting the test mail servers (port offset $TSUNAGU_PEERS_PORT_OFFSET)"
  bash "$PEERS/up.sh" >/dev/null
  # Our probes end every SMTP transaction with RSET, so nothing is ever delivered and Postfix's
  # inflow control never gets its tokens back: after ~100 MAIL FROMs each further one would
  # wait in_flow_delay (1 s). Real servers deliver mail all day; switch it off for the bench.
  PF="$TSUNAGU_PEERS_RUN/postfix"
  /usr/sbin/postconf -c "$PF" -e in_flow_delay=0s && /usr/sbin/postfix -c "$PF" reload >/dev/null 2>&1
fi
ENV_JSON="$TSUNAGU_PEERS_RUN/env.json"

echo "Tsunagu benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $RUNS runs per figure (median)"
echo "binary: $BIN ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
if [ -n "$ONLY" ]; then
  python3 "$ROOT/bench/bench.py" --bin "$BIN" --peers-env "$ENV_JSON" --runs "$RUNS" --only "$ONLY" \
    --json-out "${TSUNAGU_BENCH_JSON:-/tmp/tsunagu-bench/results.json}"
fi
if [ "$APP" = 1 ]; then
  bash "$ROOT/bench/app.sh" --peers-env "$ENV_JSON" --runs "$RUNS"
fi
