#!/usr/bin/env python3
"""A POP-before-SMTP relay window for the legacy test Postfix (tests/peers/legacy-up.sh).

Postfix's policy delegation protocol (check_policy_service): Postfix sends name=value lines
ending in an empty line; we answer "action=OK" when the client's IP logged in by POP3 (a
"pop3-login: Login:" line in Dovecot's log with rip=<that IP>) within the last --window
seconds, else "action=DUNNO" (Postfix then applies the next restriction: reject). The log is
read again at every request (only its last 1 MiB), so the window opens the moment Dovecot
writes the line - as Debian's pop-before-smtp daemon did from syslog.
"""
import argparse
import os
import re
import socketserver
import time

LOGIN = re.compile(rb"^(\d+) pop3-login: Info: Login: .*\brip=([0-9a-fA-F.:]+)")


def recent_logins(path, window, now):
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - 1024 * 1024))
            data = f.read()
    except OSError:
        return set()
    ips = set()
    for line in data.splitlines():
        m = LOGIN.match(line)
        if m and now - int(m.group(1)) <= window:
            ips.add(m.group(2).decode())
    return ips


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", required=True)
    ap.add_argument("--dovecot-log", required=True)
    ap.add_argument("--window", type=int, default=600)
    ap.add_argument("--log", required=True)
    ap.add_argument("--pid-file", required=True)
    a = ap.parse_args()
    host, port = a.listen.rsplit(":", 1)

    def note(text):
        with open(a.log, "a") as f:
            f.write(f"{int(time.time())} {text}\n")

    class Handler(socketserver.StreamRequestHandler):
        timeout = 30

        def handle(self):
            while True:
                attrs = {}
                for _ in range(200):
                    line = self.rfile.readline(4096)
                    if not line:
                        return
                    line = line.rstrip(b"\r\n")
                    if not line:
                        break
                    k, _, v = line.partition(b"=")
                    attrs[k.decode(errors="replace")] = v.decode(errors="replace")
                else:
                    return
                ip = attrs.get("client_address", "")
                ok = ip in recent_logins(a.dovecot_log, a.window, int(time.time()))
                action = "OK" if ok else "DUNNO"
                note(f"client={ip} recipient={attrs.get('recipient', '')} action={action}")
                self.wfile.write(f"action={action}\n\n".encode())
                self.wfile.flush()

    class Server(socketserver.ThreadingTCPServer):
        allow_reuse_address = True
        daemon_threads = True

    with Server((host, int(port)), Handler) as srv:
        with open(a.pid_file, "w") as f:
            f.write(str(os.getpid()))
        note(f"listening on {a.listen}, window {a.window} s")
        srv.serve_forever()


if __name__ == "__main__":
    main()
