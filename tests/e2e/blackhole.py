#!/usr/bin/env python3
"""A silent port for the e2e tests: listens with a full backlog and never accepts, so that a
new connection's SYN is dropped and the client sees a real connect timeout (like an ISP that
blocks port 25). Usage: blackhole.py HOST PORT. Prints "ready" when full; exits by itself
after 10 minutes at the latest."""
import socket
import sys
import time

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen(0)
fillers = []
for _ in range(8):
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.setblocking(False)
    try:
        c.connect((host, port))
    except BlockingIOError:
        pass
    fillers.append(c)
    time.sleep(0.05)
# Check: one more connection must not complete within a second.
probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
probe.settimeout(1.0)
try:
    probe.connect((host, port))
    print("not silent: backlog did not fill", flush=True)
    sys.exit(1)
except (socket.timeout, TimeoutError):
    pass
finally:
    probe.close()
print("ready", flush=True)
time.sleep(600)
