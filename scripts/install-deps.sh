#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian/Ubuntu machine, as root, without questions.
# Only missing packages are installed; a machine that has them all does no network work.
# Safe without systemd: package scripts are not allowed to start daemons (policy-rc.d), and
# any system postfix/dovecot that still got started is stopped so it cannot hold 25/143/993.
set -euo pipefail

# Test mail servers + certificate tools + firewall for the blackholed-port test.
PKGS=(
  dovecot-core dovecot-imapd dovecot-pop3d
  postfix
  openssl ca-certificates curl
  nftables iptables
  tcpdump
  # The POP-before-SMTP policy service of tests/peers/legacy-up.sh.
  python3
  procps iproute2 util-linux
  # Building and testing the workspace: the engine (C compiler for ring) and the desktop shell
  # (src-tauri: WebKitGTK 4.1 pulls GTK 3, libsoup 3, JavaScriptCore, D-Bus headers).
  build-essential pkg-config libssl-dev libdbus-1-dev libwebkit2gtk-4.1-dev
  # The desktop app's own tests: keyring in a kernel keyring session, a display, a D-Bus session.
  keyutils xvfb dbus-x11
)

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -E"; else
    echo "install-deps: needs root (or sudo) to install packages" >&2; exit 1; fi
fi

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all test packages present"
else
  echo "install-deps: installing ${missing[*]}"
  # Postfix asks how to configure itself: "No configuration" (our tests bring their own).
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  echo "postfix postfix/mailname string localhost" | $SUDO debconf-set-selections
  # Forbid maintainer scripts to start services while we install (no systemd here; a
  # system postfix on :25 or dovecot on :143 would only get in the way).
  made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  cleanup_policy() { if [ "$made_policy" = 1 ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi; }
  trap cleanup_policy EXIT
  apt_opts=(-y -q -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  $SUDO apt-get -q -o DPkg::Lock::Timeout=600 update
  $SUDO apt-get install "${apt_opts[@]}" --no-install-recommends "${missing[@]}"
  cleanup_policy
  trap - EXIT
fi

# Stop system instances that may have been started anyway (by an earlier install, by hand).
# Only the system daemons: ours run from tests/peers/run with their own config/pid files.
if [ -f /var/spool/postfix/pid/master.pid ] && kill -0 "$(tr -d ' ' </var/spool/postfix/pid/master.pid)" 2>/dev/null; then
  echo "install-deps: stopping the system postfix"
  $SUDO postfix -c /etc/postfix stop >/dev/null 2>&1 || true
fi
if [ -f /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
  echo "install-deps: stopping the system dovecot"
  $SUDO doveadm -c /etc/dovecot/dovecot.conf stop >/dev/null 2>&1 || $SUDO kill "$(cat /run/dovecot/master.pid)" || true
fi
echo "install-deps: done"
