# Sourced by up.sh, down.sh and check-unchanged.sh: where the interop peers keep their files.
# RUN (this checkout's run dir, git-ignored) holds the certificates, the overlays the servers
# run on, their logs, env.json and the mailbox snapshot. TSUNAGU_INTEROP_RUN overrides it.
IHERE="${IHERE:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
RUN="${TSUNAGU_INTEROP_RUN:-$IHERE/run}"
OV="$RUN/ov"

# Every process whose root directory is inside $1 (the servers of one overlay), by pid. One
# find over /proc (not a readlink per process: that costs seconds on a busy machine).
procs_in_root() { # dir
  local dir
  dir="$(readlink -f "$1")"
  find /proc -mindepth 2 -maxdepth 2 -name root \( -lname "$dir" -o -lname "$dir/*" \) \
    2>/dev/null | cut -d/ -f3 || true  # find complains about processes that just ended
}

# Stops every server of every overlay of this run dir and unmounts the overlays.
interop_stop_all() {
  local root pids n
  [ -d "$OV" ] || return 0
  for root in "$OV"/*/root; do
    [ -d "$root" ] || continue
    pids="$(procs_in_root "$root" | tr '\n' ' ')"
    # shellcheck disable=SC2086
    [ -n "${pids// /}" ] && kill $pids 2>/dev/null || true
    for n in 1 2 3 4 5 6 7 8 9 10; do
      [ -z "$(procs_in_root "$root")" ] && break
      sleep 0.3
    done
    pids="$(procs_in_root "$root" | tr '\n' ' ')"
    # shellcheck disable=SC2086
    [ -n "${pids// /}" ] && kill -9 $pids 2>/dev/null || true
    for m in proc dev/pts; do
      mountpoint -q "$root/$m" && umount "$root/$m" 2>/dev/null || umount -l "$root/$m" 2>/dev/null || true
    done
    mountpoint -q "$root" && { umount "$root" 2>/dev/null || umount -l "$root" || true; }
  done
  return 0
}
