#!/usr/bin/env bash
# Stops the interop test servers started by up.sh (found by the root directory of their
# processes, so nothing else is touched) and unmounts their overlays. The cached chroots stay.
set -euo pipefail
IHERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tests/interop/lib.sh
. "$IHERE/lib.sh"
interop_stop_all
rm -f "$RUN/env.json"
[ "${1:-}" = --quiet ] || echo "interop: stopped" >&2
