#!/usr/bin/env python3
"""A delaying TCP proxy for the benchmarks (the kernel here has no netem).

    delay_proxy.py --delay-ms 50 LISTEN_PORT=TARGET_HOST:TARGET_PORT [...]

Listens on 127.0.0.1:LISTEN_PORT for each mapping and forwards to the target, adding
DELAY ms to every chunk in each direction (one-way delay; round trip = 2 x DELAY), in order.

The TCP handshake between the client and the proxy is done by the kernel at once, so the
client's connect() returns immediately. To keep the client's timeline the same as on a real
path with that delay, the proxy opens the upstream connection 3 x DELAY after accepting:
on a real path the server accepts 1.5 RTT after the client's SYN (SYN, SYN-ACK, ACK) and the
server's first bytes reach the client 2 RTT after the SYN. Here they reach the client at
3 x DELAY (upstream connect) + DELAY (downstream) = 2 RTT as well; only the split between the
client's `connect` step (shown as ~0) and the next step (one RTT longer) differs. Data the
client sends before that (a TLS ClientHello) waits in the proxy, as it would in the network.

Only loopback addresses are accepted as targets. Prints "ready" on stdout when listening.
"""

import argparse
import asyncio
import ipaddress
import signal
import socket
import sys

CHUNK = 65536


def loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


async def pump(reader, writer, delay, start_at=None):
    """Copies reader -> writer; each chunk is written `delay` s after it was read."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()

    async def sender():
        if start_at is not None:
            await start_at
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is None:
                try:
                    if writer.can_write_eof():
                        writer.write_eof()
                except (OSError, RuntimeError):
                    pass
                return
            writer.write(data)
            try:
                await writer.drain()
            except (ConnectionError, OSError):
                return

    task = asyncio.create_task(sender())
    try:
        while True:
            try:
                data = await reader.read(CHUNK)
            except (ConnectionError, OSError):
                data = b""
            queue.put_nowait((loop.time() + delay, data if data else None))
            if not data:
                break
        await task
    finally:
        if not task.done():
            task.cancel()


async def handle(client_r, client_w, target, delay):
    try:
        await relay(client_r, client_w, target, delay)
    except asyncio.CancelledError:
        pass  # the proxy is stopping


async def relay(client_r, client_w, target, delay):
    loop = asyncio.get_running_loop()
    upstream_ready = loop.create_future()
    # Client -> server data waits (in order) until the upstream connection exists.
    up = {}

    async def connect_upstream():
        await asyncio.sleep(3 * delay)
        try:
            r, w = await asyncio.open_connection(target[0], target[1])
            try:
                w.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
            up["r"], up["w"] = r, w
            upstream_ready.set_result(True)
        except OSError as e:
            upstream_ready.set_exception(e)

    try:
        client_w.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:
        pass
    asyncio.create_task(connect_upstream())

    class LateWriter:
        """The upstream writer, once it exists."""

        def write(self, data):
            up["w"].write(data)

        async def drain(self):
            await up["w"].drain()

        def can_write_eof(self):
            return up["w"].can_write_eof()

        def write_eof(self):
            up["w"].write_eof()

    async def downstream():
        try:
            await upstream_ready
        except OSError:
            client_w.close()
            return
        await pump(up["r"], client_w, delay)

    try:
        await asyncio.gather(
            pump(client_r, LateWriter(), delay, start_at=upstream_ready),
            downstream(),
            return_exceptions=True,
        )
    finally:
        for w in (client_w, up.get("w")):
            if w is not None:
                try:
                    w.close()
                except OSError:
                    pass


async def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--delay-ms", type=float, required=True, help="one-way delay in ms")
    ap.add_argument("--listen-host", default="127.0.0.1")
    ap.add_argument("maps", nargs="+", help="LISTEN_PORT=TARGET_HOST:TARGET_PORT")
    a = ap.parse_args()
    delay = a.delay_ms / 1000.0
    if not loopback(a.listen_host):
        sys.exit("delay_proxy: listen only on loopback")
    servers = []
    for m in a.maps:
        lp, _, t = m.partition("=")
        th, _, tp = t.rpartition(":")
        if not loopback(th):
            sys.exit(f"delay_proxy: target {th} is not a loopback address")
        target = (th, int(tp))
        srv = await asyncio.start_server(
            lambda r, w, target=target: handle(r, w, target, delay),
            a.listen_host,
            int(lp),
            backlog=256,
        )
        servers.append(srv)
    print("ready", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for s in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(s, stop.set)
    await stop.wait()
    for s in servers:
        s.close()


if __name__ == "__main__":
    asyncio.run(main())
