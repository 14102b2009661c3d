#!/usr/bin/env python3
"""Desktop app figures (issue 6, item 5): binary and .deb size, start to first screen drawn under
Xvfb, memory after a finished diagnosis. Run by bench/app.sh inside `dbus-run-session` with
DISPLAY set to a private Xvfb.

    app_bench.py --app target/release/tsunagu-app --deb target/release/bundle/deb/X.deb \
                 --peers-env RUN/env.json [--runs 5]

First screen: the UI has no "painted" hook, so the X server itself is watched. Before the
launch the screen is captured; then the root window is captured as fast as possible
(python-xlib GetImage, every ~10-20 ms) until the picture has been still for 1.5 s. Reported:
- window shown: the first capture that differs from the empty screen (the window is mapped,
  perhaps still blank);
- first screen drawn: the first capture that equals the final, settled picture (fewer than
  0.2 % of pixels differ), i.e. the wizard's first screen with its text, as a person sees it.
Times are from spawning the app binary (fork+exec) in the already running session bus.

Memory: the app is driven through WebKitWebDriver (W3C WebDriver; our own small client) like a
person would: situation, address, password, next, a device, start; when the result screen is
shown, VmRSS and Pss of the app and its WebKit helper processes are read from /proc.
"""

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

import numpy as np
from Xlib import X, display

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def row(figure, value, goal, ok, command, note=""):
    mark = "" if ok is None else ("ok  " if ok else "MISS")
    print(f"  {mark:4} {figure}: {value}   (goal {goal})" + (f"  [{note}]" if note else ""), flush=True)
    return {"figure": figure, "value": value, "goal": goal, "ok": ok, "command": command, "note": note}


def write_config(tmp, env):
    h, p = env["host"], env["ports"]
    servers = [
        ("incomingServer", "imap", p["imap_tls"], "SSL"),
        ("incomingServer", "imap", p["imap_starttls"], "STARTTLS"),
        ("incomingServer", "pop3", p["pop3_tls"], "SSL"),
        ("incomingServer", "pop3", p["pop3_starttls"], "STARTTLS"),
        ("outgoingServer", "smtp", p["smtp_tls"], "SSL"),
        ("outgoingServer", "smtp", p["smtp_submission"], "STARTTLS"),
    ]
    body = "".join(
        f'  <{k} type="{t}"><hostname>{h}</hostname><port>{port}</port>'
        f"<socketType>{st}</socketType><username>%EMAILADDRESS%</username>"
        f"<authentication>password-cleartext</authentication></{k}>\n"
        for k, t, port, st in servers
    )
    path = os.path.join(tmp, "app.xml")
    with open(path, "w") as f:
        f.write(
            '<?xml version="1.0"?>\n<clientConfig version="1.1"><emailProvider id="bench">'
            f"<domain>{env['domain']}</domain>\n{body}</emailProvider></clientConfig>\n"
        )
    return path


# ---------------------------------------------------------------- screen capture
class Screen:
    def __init__(self):
        self.d = display.Display()
        self.root = self.d.screen().root
        g = self.root.get_geometry()
        self.w, self.h = g.width, g.height

    def grab(self):
        img = self.root.get_image(0, 0, self.w, self.h, X.ZPixmap, 0xFFFFFFFF)
        a = np.frombuffer(img.data, dtype=np.uint32)[: self.w * self.h].reshape(self.h, self.w)
        return a[::2, ::2] & 0x00FFFFFF


def diff_fraction(a, b):
    return float(np.count_nonzero(a != b)) / a.size


def kill_tree(pid):
    """Ends the app we started and the helper processes it started (by pid, children first)."""
    kids = children(pid)
    for k in kids:
        try:
            os.kill(k, signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass


def children(pid):
    out = []
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            direct = [int(x) for x in f.read().split()]
    except OSError:
        return out
    for c in direct:
        out.append(c)
        out.extend(children(c))
    return out


def first_screen(app, args, screen, settle=1.5, limit=15.0, extra_env=None):
    empty = screen.grab()
    t0 = time.monotonic()
    p = subprocess.Popen([app, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         env={**os.environ, **(extra_env or {})})
    frames = []
    last_change = t0
    prev = empty
    while True:
        now = time.monotonic()
        f = screen.grab()
        t = time.monotonic() - t0
        changed = diff_fraction(f, prev) > 0.0005
        if changed:
            last_change = now
        frames.append((t, f))
        prev = f
        if t > limit or (t > 0.5 and diff_fraction(f, empty) > 0.01 and now - last_change > settle):
            break
        time.sleep(0.005)
    settled = frames[-1][1]
    shown = next((t for t, f in frames if diff_fraction(f, empty) > 0.01), None)
    drawn = next((t for t, f in frames if diff_fraction(f, settled) < 0.002), None)
    intervals = [b[0] - a[0] for a, b in zip(frames, frames[1:])]
    kill_tree(p.pid)
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
    # Let the window disappear before the next launch.
    for _ in range(100):
        if diff_fraction(screen.grab(), empty) < 0.001:
            break
        time.sleep(0.05)
    return shown, drawn, median(intervals), settled


# ---------------------------------------------------------------- WebDriver
class WebDriver:
    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.sid = None

    def call(self, method, url, body=None, timeout=60):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + url, data=data, method=method,
                                     headers={"content-type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return json.loads(r.read())["value"]
        except urllib.error.HTTPError as e:
            v = json.loads(e.read()).get("value", {})
            raise RuntimeError(f"{method} {url}: {v.get('error')}: {v.get('message')}")

    def open(self, app, args):
        v = self.call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "webkitgtk:browserOptions": {"binary": app, "args": args}}}})
        self.sid = v["sessionId"]

    def s(self, url):
        return f"/session/{self.sid}{url}"

    def find(self, css):
        return self.call("POST", self.s("/element"), {"using": "css selector", "value": css})[ELEMENT]

    def wait(self, css, timeout=30):
        end = time.monotonic() + timeout
        while True:
            try:
                return self.find(css)
            except RuntimeError:
                if time.monotonic() > end:
                    raise
                time.sleep(0.1)

    def js(self, script):
        return self.call("POST", self.s("/execute/sync"), {"script": script, "args": []})

    def until(self, what, script, timeout=40):
        end = time.monotonic() + timeout
        while not self.js(script):
            if time.monotonic() > end:
                raise RuntimeError(f"timed out waiting for {what}")
            time.sleep(0.1)

    def click(self, css):
        self.call("POST", self.s(f"/element/{self.wait(css)}/click"), {})

    def type(self, css, text):
        el = self.wait(css)
        self.call("POST", self.s(f"/element/{el}/clear"), {})
        self.call("POST", self.s(f"/element/{el}/value"), {"text": text})

    def close(self):
        if self.sid:
            try:
                self.call("DELETE", self.s(""), timeout=20)
            except (RuntimeError, OSError):
                pass


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def mem_of(pid):
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def resident_pages(pid):
    """Physical frame numbers of every resident page of `pid` (root reads them from pagemap).
    Only mappings with resident pages are read (WebKit reserves tens of GB it never touches)."""
    frames = set()
    ranges = []
    cur = None
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            head = line.split(None, 1)[0]
            if "-" in head and not head.endswith(":"):
                a, b = head.split("-")
                cur = (int(a, 16), int(b, 16))
            elif head == "Rss:" and cur and int(line.split()[1]) > 0:
                ranges.append(cur)
    with open(f"/proc/{pid}/pagemap", "rb") as pm:
        for a, b in ranges:
            pm.seek((a // 4096) * 8)
            data = pm.read(((b - a) // 4096) * 8)
            entries = np.frombuffer(data, dtype=np.uint64)
            present = entries[(entries >> np.uint64(63)) & np.uint64(1) == 1]
            frames.update((present & np.uint64((1 << 55) - 1)).tolist())
    return frames


def group_memory_kib(pids):
    """Memory the processes occupy together: each physical page once (shared libraries too)."""
    frames = set()
    for p in pids:
        try:
            frames |= resident_pages(p)
        except OSError:
            pass
    return len(frames) * 4


def comm(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


def memory_after_diagnosis(app, args, env, extra_env=None):
    port = free_port()
    # Tauri lets WebDriver drive its webview only with TAURI_WEBVIEW_AUTOMATION=true.
    drv = subprocess.Popen(["WebKitWebDriver", f"--port={port}"], stdout=subprocess.DEVNULL,
                           env={**os.environ, "TAURI_WEBVIEW_AUTOMATION": "true", **(extra_env or {})},
                           stderr=subprocess.DEVNULL)
    wd = WebDriver(port)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        wd.open(app, args)
        wd.wait("[data-screen]")
        wd.click("[data-testid=situation-new-device]")
        wd.type("#address", env["users"]["normal"])
        wd.type("#password", env["password"])
        wd.until("Next enabled",
                 "const b = document.querySelector('[data-testid=next]'); return !!b && !b.disabled")
        wd.click("[data-testid=next]")
        wd.until("devices screen", "return document.querySelector('main').dataset.screen === 'devices'")
        wd.click("[data-testid=client-iphone]")
        t0 = time.monotonic()
        wd.click("[data-testid=start]")
        wd.until("result screen", "return document.querySelector('main').dataset.screen === 'result'")
        t_result = time.monotonic() - t0
        time.sleep(1.0)  # the result screen settles (fonts, layout)
        verdict_ok = wd.js(
            "const v = document.querySelector('[data-testid=verdict]'); return v ? v.className + ': ' + "
            "v.innerText.slice(0, 80) + ' / findings: ' + [...document.querySelectorAll('[data-finding]')]"
            ".map(e => e.dataset.finding).join(',') : 'no verdict'")
        apps = [c for c in children(drv.pid) if os.path.realpath(f"/proc/{c}/exe") == os.path.realpath(app)]
        if not apps:
            raise RuntimeError("the app process was not found under WebKitWebDriver")
        pids = [apps[0]] + children(apps[0])
        per = {p: (comm(p), *mem_of(p)) for p in pids}
        return per, group_memory_kib(pids), t_result, verdict_ok
    finally:
        wd.close()
        kill_tree(drv.pid)
        try:
            drv.wait(10)
        except subprocess.TimeoutExpired:
            drv.kill()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", required=True)
    ap.add_argument("--deb")
    ap.add_argument("--peers-env", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json-out")
    a = ap.parse_args()
    with open(a.peers_env) as f:
        env = json.load(f)
    tmp = tempfile.mkdtemp(prefix="tsunagu-app-bench-")
    cfg = write_config(tmp, env)
    args = ["--config", cfg, "--ca-file", env["ca_file"], "--timeout", "20"]
    rows = []

    size = os.path.getsize(a.app)
    rows.append(row("App release binary size (tsunagu-app, stripped)", f"{size / 1e6:.1f} MB ({size} bytes)",
                    "<= 15 MB", size <= 15e6, "npm exec --prefix ../ui -- tauri build --bundles deb (in src-tauri/)"))
    if a.deb and os.path.exists(a.deb):
        dsize = os.path.getsize(a.deb)
        rows.append(row(f"App .deb size ({os.path.basename(a.deb)})", f"{dsize / 1e6:.1f} MB ({dsize} bytes)",
                        "<= 8 MB", dsize <= 8e6, "same build"))

    screen = Screen()
    log(f"first screen under Xvfb ({screen.w}x{screen.h}), {a.runs + 1} launches (the first is reported apart)")
    shown, drawn, poll = [], [], []
    first = None
    for i in range(a.runs + 1):
        s, d, iv, _ = first_screen(a.app, args, screen)
        log(f"  launch {i + 1}: window shown {s and s * 1000:.0f} ms, first screen drawn {d and d * 1000:.0f} ms "
            f"(capture every {iv * 1000:.0f} ms)")
        if s is None or d is None:
            raise RuntimeError("the window never appeared")
        if i == 0:
            first = d
            continue
        shown.append(s)
        drawn.append(d)
        poll.append(iv)
    rows.append(row(
        "App start to first screen drawn (Xvfb, pixels settled)",
        f"{median(drawn) * 1000:.0f} ms (window shown at {median(shown) * 1000:.0f} ms; very first launch after the "
        f"build {first * 1000:.0f} ms; capture interval {median(poll) * 1000:.0f} ms)",
        "<= 1.5 s", median(drawn) <= 1.5, "bash bench/run.sh --only app"))

    nocomp = {"WEBKIT_DISABLE_COMPOSITING_MODE": "1"}
    for label, extra in (("", None), (" with WEBKIT_DISABLE_COMPOSITING_MODE=1", nocomp)):
        log(f"memory after a finished diagnosis{label} (WebKitWebDriver drives the wizard)")
        totals, mains, psss, groups = [], [], [], []
        for i in range(max(1, min(a.runs, 3))):
            per, group, t_result, verdict = memory_after_diagnosis(a.app, args, env, extra)
            totals.append(sum(v[1] for v in per.values()))
            psss.append(sum(v[2] for v in per.values()))
            mains.append(next(iter(per.values()))[1])
            groups.append(group)
            log(f"  run {i + 1}: result after {t_result * 1000:.0f} ms ({verdict}); together {group / 1024:.0f} MiB; "
                + ", ".join(f"{c} {r / 1024:.0f} MiB RSS / {p / 1024:.0f} PSS" for c, r, p in per.values()))
        rows.append(row(
            f"App memory after a finished diagnosis{label}: app + WebKit web and network processes",
            f"{median(groups) / 1024:.0f} MiB resident, each page counted once (app process alone "
            f"{median(mains) / 1024:.0f} MiB RSS; plain sum of the three RSS {median(totals) / 1024:.0f} MiB; "
            f"sum of PSS {median(psss) / 1024:.0f} MiB)",
            "<= 200 MB" if not extra else "(information)",
            median(groups) * 1024 <= 200e6 if not extra else None,
            "bash bench/run.sh --only app"))
    log(f"first screen{' with WEBKIT_DISABLE_COMPOSITING_MODE=1'}")
    drawn2 = []
    for i in range(a.runs):
        s2, d2, _, _ = first_screen(a.app, args, screen, extra_env=nocomp)
        log(f"  launch {i + 1}: window shown {s2 * 1000:.0f} ms, first screen drawn {d2 * 1000:.0f} ms")
        drawn2.append(d2)
    rows.append(row("App start to first screen drawn with WEBKIT_DISABLE_COMPOSITING_MODE=1",
                    f"{median(drawn2) * 1000:.0f} ms", "(information)", None, "bash bench/run.sh --only app"))
    if a.json_out:
        with open(a.json_out, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
