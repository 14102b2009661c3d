#!/usr/bin/env bash
# Builds (once) and caches the Debian bookworm chroots that hold the interop test servers.
# Sourced by up.sh; `bash chroots.sh` alone builds every chroot and prints where they are.
#
# Why chroots: the seven servers' Debian packages conflict with each other (every MTA
# Provides/Conflicts mail-transport-agent, every IMAP/POP3 server imap-server/pop3-server)
# and with the host's Dovecot/Postfix peers. So: one minimal chroot per group of servers that
# can share a system, each server on its own 127.0.1.x address, daemons started directly.
#
# Cache: $TSUNAGU_INTEROP_CACHE (default /var/cache/tsunagu/chroots), outside the checkout,
# shared by every checkout on the machine. A chroot is kept as <name>-<key>, the key being a
# hash of its package list and of this script, so a change here rebuilds it; older keys of
# the same name are removed. The chroots stay pristine: up.sh runs the servers on an overlay
# (lower = cached chroot, upper = this checkout's run dir), so a run never writes into them.
set -euo pipefail

CHROOT_CACHE="${TSUNAGU_INTEROP_CACHE:-/var/cache/tsunagu/chroots}"
DEBIAN_MIRROR="${TSUNAGU_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SUITE=bookworm
CHROOTS_SCRIPT="$(readlink -f "${BASH_SOURCE[0]}")"

# name -> packages (apt-get install --no-install-recommends inside the chroot).
# socat everywhere: it reads the chroot's /dev/log into a file (there is no syslog daemon),
# and in the popa3d chroot it is the inetd that popa3d needs (popa3d has no listener of its
# own for another port, and no TLS: socat's OpenSSL listener does the 995-style TLS).
declare -A CHROOT_PKGS=(
  [cyrus-exim]="cyrus-imapd cyrus-pop3d cyrus-admin sasl2-bin libsasl2-modules exim4-daemon-light socat"
  [courier-opensmtpd]="courier-imap courier-pop opensmtpd/$SUITE-backports socat"
  [mailutils-sendmail]="mailutils-imap4d mailutils-pop3d sendmail-bin sendmail-cf m4 make sasl2-bin libsasl2-modules socat"
  [popa3d]="popa3d socat"
)
CHROOT_NAMES="cyrus-exim courier-opensmtpd mailutils-sendmail popa3d"

chroot_key() { # name
  { echo "$1"; echo "${CHROOT_PKGS[$1]}"; cat "$CHROOTS_SCRIPT"; } | sha256sum | cut -c1-16
}

chroot_path() { # name -> the cached chroot's directory (built or not)
  echo "$CHROOT_CACHE/$1-$(chroot_key "$1")"
}

_say() { echo "interop: $*" >&2; }

# The debootstrap'ed base (minbase), kept as a tarball keyed by suite + mirror + this script.
_base_tar() {
  local key
  key=$({ echo "$SUITE $DEBIAN_MIRROR"; cat "$CHROOTS_SCRIPT"; } | sha256sum | cut -c1-16)
  echo "$CHROOT_CACHE/base-$SUITE-$key.tar"
}

_build_base() {
  local tar tmp
  tar="$(_base_tar)"
  [ -s "$tar" ] && return 0
  command -v debootstrap >/dev/null 2>&1 || [ -x /usr/sbin/debootstrap ] || {
    _say "installing debootstrap"
    # Package lists may be stale on a fresh machine: refresh them when the first try fails.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null ||
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null; }
  }
  tmp="$CHROOT_CACHE/.base-build.$$"
  rm -rf "$tmp"; mkdir -p "$tmp" "$CHROOT_CACHE/debs"
  _say "debootstrap $SUITE (minbase) into $tmp"
  /usr/sbin/debootstrap --variant=minbase --cache-dir="$CHROOT_CACHE/debs" \
    "$SUITE" "$tmp" "$DEBIAN_MIRROR" >"$CHROOT_CACHE/.base-build.log" 2>&1 || {
    tail -20 "$CHROOT_CACHE/.base-build.log" >&2; rm -rf "$tmp"; return 1; }
  # No daemon may start while packages install (no init system here anyway).
  printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"; chmod 755 "$tmp/usr/sbin/policy-rc.d"
  cat >"$tmp/etc/apt/sources.list" <<SRC
deb $DEBIAN_MIRROR $SUITE main
deb $DEBIAN_MIRROR $SUITE-updates main
deb $DEBIAN_MIRROR $SUITE-backports main
deb ${DEBIAN_MIRROR%/debian}/debian-security $SUITE-security main
SRC
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
    >"$tmp/etc/apt/apt.conf.d/90tsunagu"
  rm -rf "$tmp/var/cache/apt/archives/"*.deb
  tar -C "$tmp" -cf "$tar.tmp" . && mv "$tar.tmp" "$tar"
  rm -rf "$tmp"
}

_build_one() { # name
  local name="$1" dest tmp log
  dest="$(chroot_path "$name")"
  tmp="$CHROOT_CACHE/.build-$name.$$"
  log="$CHROOT_CACHE/.build-$name.log"
  rm -rf "$tmp"; mkdir -p "$tmp"
  tar -C "$tmp" -xf "$(_base_tar)"
  mount -t proc proc "$tmp/proc"
  # shellcheck disable=SC2086
  if ! chroot "$tmp" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
       DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 /bin/sh -ec "
         apt-get update -qq
         apt-get install -y -qq -o Dpkg::Use-Pty=0 ${CHROOT_PKGS[$name]}
         apt-get clean
         rm -rf /var/lib/apt/lists/*" >"$log" 2>&1; then
    umount "$tmp/proc" || true
    _say "building chroot $name failed; last lines of $log:"; tail -25 "$log" >&2
    rm -rf "$tmp"; return 1
  fi
  umount "$tmp/proc"
  # Servers started by init scripts during install would have been refused by policy-rc.d;
  # nothing may be left running from the build.
  for old in "$CHROOT_CACHE/$name"-*; do [ -d "$old" ] && rm -rf "$old"; done
  mv "$tmp" "$dest"
}

# Builds every missing chroot (in parallel: the time goes to downloads and dpkg).
chroots_ensure() {
  local t0 name pids=() missing=() rc=0
  t0=$(date +%s)
  mkdir -p "$CHROOT_CACHE"
  exec 9>"$CHROOT_CACHE/.lock"
  flock 9  # another checkout building the same chroots waits here
  for name in $CHROOT_NAMES; do
    [ -d "$(chroot_path "$name")" ] || missing+=("$name")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    _build_base
    for name in "${missing[@]}"; do
      _say "building chroot $name: ${CHROOT_PKGS[$name]}"
      _build_one "$name" & pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || rc=1; done
    _say "chroots built in $(( $(date +%s) - t0 )) s"
  fi
  flock -u 9
  return $rc
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  chroots_ensure
  for n in $CHROOT_NAMES; do echo "$n $(chroot_path "$n")"; done
fi
