#!/usr/bin/env python3
"""Tsunagu benchmarks: prints figures (issue 6). Started by bench/run.sh, which builds the
release CLI and starts the loopback test mail servers first.

    bench.py --bin target/release/tsunagu --peers-env RUN/env.json [--runs 5] [--only a,b]

Measurements (names for --only): parallel, rtt, blackhole, dualstack, curl, lookup.
Network traffic goes only to 127.0.0.0/8. Latency comes from bench/delay_proxy.py
(the kernel has no netem); the blackhole from an nftables DROP rule on one loopback port.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROXY = os.path.join(HERE, "delay_proxy.py")

# (key in env.json "ports", protocol, autoconfig socketType, short name, uses login)
CANDIDATES = [
    ("imap_tls", "imap", "SSL", "IMAP 993-style TLS", True),
    ("imap_starttls", "imap", "STARTTLS", "IMAP 143-style STARTTLS", True),
    ("pop3_tls", "pop3", "SSL", "POP3 995-style TLS", True),
    ("pop3_starttls", "pop3", "STARTTLS", "POP3 110-style STLS", True),
    ("smtp_tls", "smtp", "SSL", "SMTP 465-style TLS", True),
    ("smtp_submission", "smtp", "STARTTLS", "SMTP 587-style STARTTLS", True),
    ("smtp_mx", "smtp", "STARTTLS", "SMTP 25-style (no AUTH)", False),
]

# The fewest round trips each probe can take for what it learns, with what the protocol lets
# go in one flight (issue 11: IMAP's EXAMINE, STATUS, GETQUOTAROOT, LIST and the junk folder's
# STATUS; POP3's USER+PASS, then STAT+UIDL, with PIPELINING (never behind the credentials:
# Cyrus and Courier drop what comes with the login); SMTP's
# MAIL, RCPT and RSET with PIPELINING, asked once on a relay without AUTH), LOGOUT/QUIT not
# waited for. See docs/performance.md.
MINIMUM_RTT = {
    "imap_tls": 5,  # TCP 1, TLS 1.3 1, greeting 1, AUTHENTICATE 1, the mailbox flight 1
    "imap_starttls": 7,  # TCP 1, greeting 1, STARTTLS 1, TLS 1, CAPABILITY 1, AUTH 1, flight 1
    "pop3_tls": 6,  # TCP 1, TLS 1, greeting 1, CAPA 1, AUTH 1, STAT + UIDL 1
    "pop3_starttls": 8,  # TCP 1, greeting 1, CAPA 1, STLS 1, TLS 1, CAPA 1, AUTH 1, STAT+UIDL 1
    "smtp_tls": 6,  # TCP 1, TLS 1, greeting 1, EHLO 1, AUTH 1, MAIL+RCPT+RSET 1
    "smtp_submission": 8,  # TCP 1, greeting 1, EHLO 1, STARTTLS 1, TLS 1, EHLO 1, AUTH 1, flight 1
    # TCP 1, greeting 1, EHLO 1, the relay check + STARTTLS in one flight 1 (before TLS, so
    # the POP logins need not wait for it), TLS 1, EHLO 1, MAIL+RCPT+RSET inside TLS 1
    "smtp_mx": 7,
}
# Issue 11's goals: IMAP 993 <= 5.3, SMTP 465 <= 6.3, POP3 995 <= 6.3 RTT (its count: the
# login and STAT+UIDL one round trip each), each STARTTLS variant <= its implicit-TLS figure
# + 2.3 (checked in the same run below), and never more than 0.3 over the minimum above.
GOAL_RTT = {
    "imap_tls": 5.3,
    "imap_starttls": 7.3,
    "pop3_tls": 6.3,
    "pop3_starttls": 8.3,
    "smtp_tls": 6.3,
    "smtp_submission": 8.3,
    "smtp_mx": 7.3,
}
# ... and each STARTTLS variant against the implicit-TLS probe of its protocol, measured in the
# same run: at most this many RTT more.
STARTTLS_OVER_TLS = {
    "imap_starttls": "imap_tls",
    "pop3_starttls": "pop3_tls",
    "smtp_submission": "smtp_tls",
    "smtp_mx": "smtp_tls",
}
STARTTLS_EXTRA_RTT = 2.3
# The whole diagnosis: issue 6 asked <= 1.15 x the slowest probe and <= 0.3 x the curl
# baseline; issue 11 (pipelined probes) asks <= 1.1 x and <= 0.15 x.
PARALLEL_GOAL = 1.1
CURL_GOAL = 0.15

OUT = {"rows": []}


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def row(figure, value, goal, ok, command, note=""):
    OUT["rows"].append(
        {"figure": figure, "value": value, "goal": goal, "ok": ok, "command": command, "note": note}
    )
    mark = "" if ok is None else ("ok  " if ok else "MISS")
    print(f"  {mark:4} {figure}: {value}   (goal {goal})" + (f"  [{note}]" if note else ""), flush=True)


class Env:
    def __init__(self, args):
        with open(args.peers_env) as f:
            self.peers = json.load(f)
        self.bin = os.path.abspath(args.bin)
        self.ca = self.peers["ca_file"]
        self.password = self.peers["password"]
        self.host = self.peers["host"]
        self.user = self.peers["users"]["normal"]
        self.ports = self.peers["ports"]
        self.runs = args.runs
        self.tmp = tempfile.mkdtemp(prefix="tsunagu-bench-")
        self.proxy_base = args.proxy_base

    def proxy_port(self, key):
        return self.proxy_base + [c[0] for c in CANDIDATES].index(key)


# ---------------------------------------------------------------- delay proxy
class Proxy:
    def __init__(self, env, delay_ms, listen_host="127.0.0.1"):
        self.env = env
        self.delay_ms = delay_ms
        maps = [
            f"{env.proxy_port(k)}={env.host}:{env.ports[k]}" for (k, *_rest) in CANDIDATES
        ]
        self.p = subprocess.Popen(
            [sys.executable, PROXY, "--delay-ms", str(delay_ms), "--listen-host", listen_host, *maps],
            stdout=subprocess.PIPE,
            text=True,
        )
        line = self.p.stdout.readline()
        if line.strip() != "ready":
            self.stop()
            raise RuntimeError("delay proxy did not start")

    def stop(self):
        if self.p.poll() is None:
            self.p.send_signal(signal.SIGTERM)
            try:
                self.p.wait(5)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.stop()


# ---------------------------------------------------------------- autoconfig files
def server_xml(kind, typ, host, port, socket_type, login=True):
    auth = "password-cleartext" if login else "none"
    return (
        f'  <{kind} type="{typ}">\n'
        f"    <hostname>{host}</hostname>\n    <port>{port}</port>\n"
        f"    <socketType>{socket_type}</socketType>\n"
        f"    <username>%EMAILADDRESS%</username>\n"
        f"    <authentication>{auth}</authentication>\n"
        f"  </{kind}>\n"
    )


def write_config(env, name, servers):
    """servers: list of (key, host, port); key picks protocol and socket type."""
    body = ""
    spec = {c[0]: c for c in CANDIDATES}
    for key, host, port in servers:
        _, typ, st, _, login = spec[key]
        kind = "outgoingServer" if typ == "smtp" else "incomingServer"
        body += server_xml(kind, typ, host, port, st, login)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<clientConfig version="1.1">\n'
        '<emailProvider id="tsunagu.test">\n  <domain>tsunagu.test</domain>\n'
        "  <displayName>Tsunagu bench</displayName>\n"
        + body
        + "</emailProvider>\n</clientConfig>\n"
    )
    path = os.path.join(env.tmp, name + ".xml")
    with open(path, "w") as f:
        f.write(xml)
    return path


def via_proxy(env, keys):
    return [(k, env.host, env.proxy_port(k)) for k in keys]


ALL_KEYS = [c[0] for c in CANDIDATES]


# ---------------------------------------------------------------- running the CLI
class Run:
    pass


def diagnose(env, config, timeout=20):
    """Runs `tsunagu diagnose --json`; returns wall time, the report and timestamped stderr."""
    cmd = [
        env.bin, "diagnose", env.user, "--password-stdin", "--config", config,
        "--ca-file", env.ca, "--json", "--lang", "en", "--timeout", str(timeout),
    ]
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdin.write((env.password + "\n").encode())
    p.stdin.close()
    events = []
    for raw in p.stderr:
        events.append((time.monotonic() - t0, raw.decode("utf-8", "replace").rstrip("\n")))
    out = p.stdout.read()
    rc = p.wait()
    r = Run()
    r.wall = time.monotonic() - t0
    r.rc = rc
    r.events = events
    try:
        r.report = json.loads(out)
    except ValueError:
        raise RuntimeError(f"diagnose printed no JSON (exit {rc}): {events[-3:]}")
    return r


def probe_by_port(report, port):
    for p in report["probes"]:
        if p["port"] == port:
            return p
    raise KeyError(port)


def cmdline(env, cfg_desc):
    return (
        f"printf '%s\\n' \"$PW\" | tsunagu diagnose {env.user} --password-stdin "
        f"--config {cfg_desc} --ca-file CA --json"
    )


# ---------------------------------------------------------------- 1. parallel efficiency
def bench_parallel(env, delay_ms=50):
    log(f"parallel efficiency through the delay proxy ({delay_ms} ms each way)")
    full_cfg = write_config(env, "full", via_proxy(env, ALL_KEYS))
    single_cfg = {k: write_config(env, "single-" + k, via_proxy(env, [k])) for k in ALL_KEYS}
    ratios, fulls, slowest, slow_keys, walls = [], [], [], [], []
    with Proxy(env, delay_ms):
        diagnose(env, full_cfg)  # warm-up (page cache, Dovecot/Postfix processes)
        for i in range(env.runs):
            full = diagnose(env, full_cfg)
            bad = [p for p in full.report["probes"] if p["outcome"] != "ok"]
            singles = {}
            for k in ALL_KEYS:
                s = diagnose(env, single_cfg[k])
                singles[k] = s.report["probes"][0]["ms"]
            k_slow = max(singles, key=singles.get)
            ratio = full.report["ms"] / singles[k_slow]
            ratios.append(ratio)
            fulls.append(full.report["ms"])
            slowest.append(singles[k_slow])
            slow_keys.append(k_slow)
            walls.append(full.wall)
            log(
                f"  run {i + 1}: full {full.report['ms']} ms (wall {full.wall * 1000:.0f}), slowest "
                f"single {k_slow} {singles[k_slow]} ms, ratio {ratio:.3f}, failed probes: "
                + ",".join(f"{p['port']}:{(p['failure'] or {}).get('kind')}" for p in bad)
            )
    slow_name = max(set(slow_keys), key=slow_keys.count)
    OUT["parallel"] = {"ratios": ratios, "full_ms": fulls, "slowest_ms": slowest, "slowest": slow_keys}
    row(
        f"Parallel efficiency at {delay_ms} ms one-way: full diagnose (7 candidates) / slowest single probe",
        f"{median(ratios):.2f} (full {median(fulls):.0f} ms, slowest single {median(slowest):.0f} ms = {slow_name}; "
        f"full wall incl. process {median(walls) * 1000:.0f} ms)",
        f"<= {PARALLEL_GOAL}",
        median(ratios) <= PARALLEL_GOAL,
        "bash bench/run.sh --only parallel",
    )


# ---------------------------------------------------------------- 2. round trips
def bench_rtt(env, delays=(50, 100)):
    single_cfg = {k: write_config(env, "single-" + k, via_proxy(env, [k])) for k in ALL_KEYS}
    OUT["rtt"] = {}
    for d in delays:
        rtt = 2 * d
        log(f"round trips at {d} ms each way (RTT {rtt} ms)")
        with Proxy(env, d):
            diagnose(env, single_cfg["imap_tls"])  # warm-up
            for key, _typ, _st, name, _login in CANDIDATES:
                runs = [diagnose(env, single_cfg[key]) for _ in range(env.runs)]
                probes = [r.report["probes"][0] for r in runs]
                ms = [p["ms"] for p in probes]
                med = median(ms)
                # The steps of the run closest to the median.
                p_med = min(probes, key=lambda p: abs(p["ms"] - med))
                steps = ", ".join(f"{s['step']} {s['ms'] / rtt:.1f}" for s in p_med["steps"])
                accounted = sum(s["ms"] for s in p_med["steps"])
                tail = (p_med["ms"] - accounted) / rtt
                count = med / rtt
                minimum = MINIMUM_RTT[key]
                OUT["rtt"].setdefault(key, {})[d] = {
                    "ms": ms, "rtts": count, "minimum": minimum,
                    "steps": p_med["steps"], "outcome": p_med["outcome"],
                    "failure": p_med["failure"],
                }
                row(
                    f"Round trips, {name}, {d} ms one-way",
                    f"{count:.2f} RTT ({med:.0f} ms; minimum {minimum}; steps in RTT: {steps}; "
                    f"after the last step {tail:.1f})",
                    f"<= {GOAL_RTT[key]}",
                    count <= GOAL_RTT[key],
                    f"bash bench/run.sh --only rtt",
                    "" if p_med["outcome"] == "ok" else f"outcome {p_med['outcome']}: {(p_med['failure'] or {}).get('kind')}",
                )
            for key, base in STARTTLS_OVER_TLS.items():
                a, b = OUT["rtt"][key][d], OUT["rtt"][base][d]
                extra = a["rtts"] - b["rtts"]
                name = next(c[3] for c in CANDIDATES if c[0] == key)
                base_name = next(c[3] for c in CANDIDATES if c[0] == base)
                row(
                    f"STARTTLS over implicit TLS, {name} vs {base_name}, {d} ms one-way",
                    f"+{extra:.2f} RTT ({a['rtts']:.2f} vs {b['rtts']:.2f})",
                    f"<= +{STARTTLS_EXTRA_RTT}",
                    extra <= STARTTLS_EXTRA_RTT,
                    "bash bench/run.sh --only rtt",
                )


# ---------------------------------------------------------------- 3. blackholed port
NFT_TABLE = "tsunagu_bench"


def nft(*args, check=True):
    return subprocess.run(["nft", *args], capture_output=True, text=True, check=check)


def blackhole_on(port):
    """DROP every packet to 127.0.0.1:port (a real connect timeout). Returns how, or None."""
    if shutil.which("nft"):
        try:
            nft("add", "table", "ip", NFT_TABLE)
            nft("add", "chain", "ip", NFT_TABLE, "out",
                "{ type filter hook output priority -10 ; policy accept ; }")
            nft("add", "rule", "ip", NFT_TABLE, "out", "ip", "daddr", "127.0.0.1",
                "tcp", "dport", str(port), "drop")
            return "nftables DROP"
        except subprocess.CalledProcessError as e:
            log(f"nftables not usable: {e.stderr.strip()}")
            nft("delete", "table", "ip", NFT_TABLE, check=False)
    return None


def blackhole_off():
    if shutil.which("nft"):
        nft("delete", "table", "ip", NFT_TABLE, check=False)


def blackhole_verified(port):
    s = socket.socket()
    s.settimeout(1.0)
    try:
        s.connect(("127.0.0.1", port))
        return False
    except socket.timeout:
        return True
    except OSError:
        return False
    finally:
        s.close()


def first_ok_time(run, port):
    """When the progress line saying the probe on `port` worked arrived (s since start)."""
    for t, line in run.events:
        if line.startswith("= [") and f":{port} " in line and "] OK (" in line:
            return t
    return None


def bench_blackhole(env, delay_ms=50, bh_port=None):
    bh_port = bh_port or env.proxy_base + 90
    log(f"blackholed port 127.0.0.1:{bh_port} (SMTP 25-style candidate) with the rest at {delay_ms} ms")
    how = blackhole_on(bh_port)
    if not how or not blackhole_verified(bh_port):
        blackhole_off()
        row("Blackholed port", "not measured: no firewall DROP available", "", None, "")
        return
    try:
        keys = [k for k in ALL_KEYS if k != "smtp_mx"]
        servers = via_proxy(env, keys) + [("smtp_mx", env.host, bh_port)]
        cfg = write_config(env, "blackhole", servers)
        out_key = "smtp_tls"
        single = write_config(env, "single-" + out_key, via_proxy(env, [out_key]))
        out_port = env.proxy_port(out_key)
        totals, walls, firsts, owns, ratios = [], [], [], [], []
        connect_timeout = 5.0
        with Proxy(env, delay_ms):
            for i in range(env.runs):
                r = diagnose(env, cfg)
                s = diagnose(env, single)
                bh = probe_by_port(r.report, bh_port)
                t_first = first_ok_time(r, out_port)
                t_own = first_ok_time(s, out_port)
                if t_first is None or t_own is None:
                    raise RuntimeError("the working outgoing probe did not report OK")
                totals.append(r.report["ms"])
                walls.append(r.wall)
                firsts.append(t_first)
                owns.append(t_own)
                ratios.append(t_first / t_own)
                log(
                    f"  run {i + 1}: total {r.report['ms']} ms (wall {r.wall * 1000:.0f}), blackholed probe "
                    f"{(bh['failure'] or {}).get('kind')} after {bh['ms']} ms; 465 OK seen at "
                    f"{t_first * 1000:.0f} ms vs {t_own * 1000:.0f} ms alone"
                )
        OUT["blackhole"] = {"how": how, "totals": totals, "first": firsts, "own": owns}
        limit = (connect_timeout + 1.0) * 1000
        row(
            f"Blackholed port ({how}): total diagnose time",
            f"{median(totals):.0f} ms (wall {median(walls) * 1000:.0f} ms)",
            f"<= connect timeout + 1 s = {limit:.0f} ms",
            median(walls) * 1000 <= limit,
            "bash bench/run.sh --only blackhole",
        )
        row(
            "Blackholed port: first working outgoing setting (465) known, vs its probe alone",
            f"{median(ratios):.2f}x ({median(firsts) * 1000:.0f} ms vs {median(owns) * 1000:.0f} ms, "
            "progress line on stderr, from process start)",
            "<= 2x",
            median(ratios) <= 2.0,
            "bash bench/run.sh --only blackhole",
        )
    finally:
        blackhole_off()


# ---------------------------------------------------------------- 3b. dual stack, IPv6 dead
DUAL_HOST = "dual.tsunagu.test"  # named by the test servers' certificate
HOSTS_MARK = "# tsunagu-bench-dualstack"
NFT6_TABLE = "tsunagu_bench6"


def hosts_add():
    with open("/etc/hosts") as f:
        text = f.read()
    if text and not text.endswith("\n"):
        text += "\n"
    text += f"::1 {DUAL_HOST} {HOSTS_MARK}\n127.0.0.1 {DUAL_HOST} {HOSTS_MARK}\n"
    with open("/etc/hosts", "w") as f:  # in place: /etc/hosts may be a bind mount
        f.write(text)


def hosts_remove():
    with open("/etc/hosts") as f:
        lines = f.read().splitlines()
    with open("/etc/hosts", "w") as f:
        f.write("".join(l + "\n" for l in lines if not l.endswith(HOSTS_MARK)))


def bench_dualstack(env, delay_ms=50):
    """Each probe on a dual-stack name whose IPv6 address is black-holed, vs the same probe on
    the IPv4 address alone (both through the delay proxy, which listens on ::1 too)."""
    ports = ", ".join(str(env.proxy_port(k)) for k in ALL_KEYS)
    log(f"dual stack: {DUAL_HOST} = ::1 + 127.0.0.1, [::1] proxy ports DROPped, {delay_ms} ms one way")
    v4_cfg = write_config(env, "v4only", via_proxy(env, ALL_KEYS))
    dual_cfg = write_config(env, "dual", [(k, DUAL_HOST, env.proxy_port(k)) for k in ALL_KEYS])
    v4 = {k: [] for k in ALL_KEYS}
    dual = {k: [] for k in ALL_KEYS}
    v6_attempt = []
    try:
        hosts_add()
        nft("add", "table", "ip6", NFT6_TABLE)
        nft("add", "chain", "ip6", NFT6_TABLE, "out",
            "{ type filter hook output priority -10 ; policy accept ; }")
        nft("add", "rule", "ip6", NFT6_TABLE, "out", "ip6", "daddr", "::1",
            "tcp", "dport", "{ " + ports + " }", "drop")
        with Proxy(env, delay_ms), Proxy(env, delay_ms, "::1"):
            for i in range(env.runs):
                a = diagnose(env, v4_cfg)
                b = diagnose(env, dual_cfg)
                for k in ALL_KEYS:
                    v4[k].append(probe_by_port(a.report, env.proxy_port(k))["ms"])
                    pb = probe_by_port(b.report, env.proxy_port(k))
                    if pb["outcome"] != "ok":
                        raise RuntimeError(f"dual-stack probe {k} failed: {pb['failure']}")
                    dual[k].append(pb["ms"])
                    for st in pb["steps"]:
                        for at in st.get("attempts") or []:
                            if at["family"] == "ipv6":
                                v6_attempt.append(at["ms"])
                ids = [f["id"] for f in b.report["findings"]]
                log(f"  run {i + 1}: findings {ids}; " + ", ".join(
                    f"{k} {dual[k][-1]}/{v4[k][-1]} ms" for k in ALL_KEYS))
                if "ipv6_broken" not in ids:
                    raise RuntimeError("no ipv6_broken finding with IPv6 black-holed")
    finally:
        nft("delete", "table", "ip6", NFT6_TABLE, check=False)
        hosts_remove()
    OUT["dualstack"] = {"v4": v4, "dual": dual, "ipv6_attempt_ms": v6_attempt}
    for k, _typ, _st, name, _login in CANDIDATES:
        # The difference inside each run (back to back, same load), then the median.
        extra = median([a - b for a, b in zip(dual[k], v4[k])])
        row(
            f"IPv6 black-holed, dual stack: {name}",
            f"+{extra:.0f} ms (medians {median(dual[k]):.0f} vs {median(v4[k]):.0f} ms IPv4 only)",
            "<= IPv4-only + 300 ms",
            extra <= 300,
            "bash bench/run.sh --only dualstack",
        )
    row(
        "IPv6 black-holed: the IPv6 attempt before IPv4 started",
        f"{median(v6_attempt):.0f} ms until given up (IPv4 starts at 250 ms)",
        "", None, "bash bench/run.sh --only dualstack",
    )


# ---------------------------------------------------------------- 4. vs curl
def curl_commands(env, port_of):
    """What a support engineer checks by hand: one curl per endpoint, one after another."""
    user = f"{env.user}:{env.password}"
    h = env.host
    base = ["curl", "-sS", "--max-time", "20", "--cacert", env.ca, "-o", "/dev/null"]
    return [
        ("imap_tls", base + ["-u", user, f"imaps://{h}:{port_of('imap_tls')}/", "-X", "EXAMINE INBOX"]),
        ("imap_starttls", base + ["--ssl-reqd", "-u", user, f"imap://{h}:{port_of('imap_starttls')}/", "-X", "EXAMINE INBOX"]),
        ("pop3_tls", base + ["-u", user, f"pop3s://{h}:{port_of('pop3_tls')}/"]),
        ("pop3_starttls", base + ["--ssl-reqd", "-u", user, f"pop3://{h}:{port_of('pop3_starttls')}/"]),
        ("smtp_tls", base + ["-u", user, "--mail-rcpt", env.user, f"smtps://{h}:{port_of('smtp_tls')}/"]),
        ("smtp_submission", base + ["--ssl-reqd", "-u", user, "--mail-rcpt", env.user, f"smtp://{h}:{port_of('smtp_submission')}/"]),
        ("smtp_mx", base + ["--ssl-reqd", "--mail-rcpt", env.user, f"smtp://{h}:{port_of('smtp_mx')}/"]),
    ]


def bench_curl(env, delays=(50, 0)):
    if not shutil.which("curl"):
        row("vs curl", "not measured: curl missing", "", None, "")
        return
    OUT["curl"] = {}
    for d in delays:
        if d:
            port_of = env.proxy_port
            cfg = write_config(env, "full", via_proxy(env, ALL_KEYS))
        else:
            port_of = lambda k: env.ports[k]  # noqa: E731
            cfg = write_config(env, "full-direct", [(k, env.host, env.ports[k]) for k in ALL_KEYS])
        log(f"curl one after another vs one diagnose ({d} ms each way)")
        cmds = curl_commands(env, port_of)
        ratios, curls, tsus = [], [], []
        ctx = Proxy(env, d) if d else None
        try:
            diagnose(env, cfg)
            for i in range(env.runs):
                t0 = time.monotonic()
                fails = []
                for key, c in cmds:
                    p = subprocess.run(c, capture_output=True, text=True)
                    if p.returncode != 0:
                        fails.append(f"{key}: exit {p.returncode} {p.stderr.strip()[:80]}")
                t_curl = time.monotonic() - t0
                r = diagnose(env, cfg)
                ratios.append(r.wall / t_curl)
                curls.append(t_curl)
                tsus.append(r.wall)
                slow = max(r.report["probes"], key=lambda p: p["ms"])
                step = max(slow["steps"], key=lambda s: s["ms"]) if slow["steps"] else {"step": "-", "ms": 0}
                log(f"  run {i + 1}: curl x7 {t_curl * 1000:.0f} ms, tsunagu {r.wall * 1000:.0f} ms "
                    f"(slowest probe :{slow['port']} {slow['ms']} ms, its longest step {step['step']} {step['ms']} ms), "
                    f"ratio {r.wall / t_curl:.3f}" + (f"; curl failures: {fails}" if fails else ""))
        finally:
            if ctx:
                ctx.stop()
        OUT["curl"][d] = {"ratios": ratios, "curl": curls, "tsunagu": tsus}
        row(
            f"tsunagu diagnose vs 7 curl checks one after another, {d} ms one-way" if d else "tsunagu diagnose vs 7 curl checks one after another, loopback without delay",
            f"{median(ratios):.2f}x (tsunagu {median(tsus) * 1000:.0f} ms, curl {median(curls) * 1000:.0f} ms; wall times)",
            f"<= {CURL_GOAL}x" if d else "(information: no network delay)",
            median(ratios) <= CURL_GOAL if d else None,
            "bash bench/run.sh --only curl",
        )


# ---------------------------------------------------------------- 6. lookup --offline
def bench_lookup(env, address="taro@so-net.ne.jp"):
    cmd = [env.bin, "lookup", address, "--offline"]
    log(f"lookup --offline ({' '.join(cmd[1:])})")
    if subprocess.run(cmd, capture_output=True).returncode != 0:
        raise RuntimeError("lookup --offline failed")
    med = None
    how = ""
    if shutil.which("hyperfine"):
        js = os.path.join(env.tmp, "hyperfine.json")
        subprocess.run(
            ["hyperfine", "-N", "--warmup", "5", "--runs", str(max(30, env.runs * 10)),
             "--export-json", js, " ".join(cmd)],
            capture_output=True, check=True,
        )
        with open(js) as f:
            res = json.load(f)["results"][0]
        med = res["median"] * 1000
        how = f"hyperfine -N, {len(res['times'])} runs, mean {res['mean'] * 1000:.1f} ± {res['stddev'] * 1000:.1f} ms"
    else:
        times = []
        for _ in range(max(30, env.runs * 10)):
            t0 = time.monotonic()
            subprocess.run(cmd, capture_output=True)
            times.append(time.monotonic() - t0)
        med = median(times) * 1000
        how = "python timing loop (hyperfine not installed)"
    rss = []
    for _ in range(env.runs):
        p = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True)
        for line in p.stderr.splitlines():
            if "Maximum resident set size" in line:
                rss.append(int(line.split(":")[1]))
    OUT["lookup"] = {"median_ms": med, "rss_kb": rss}
    row(
        "tsunagu lookup --offline: wall time",
        f"{med:.1f} ms ({how})",
        "<= 20 ms",
        med <= 20,
        f"hyperfine -N --warmup 5 'target/release/tsunagu lookup {address} --offline'",
    )
    if rss:
        row(
            "tsunagu lookup --offline: peak memory (max RSS)",
            f"{median(rss) / 1024:.1f} MiB",
            "(no goal)",
            None,
            f"/usr/bin/time -v target/release/tsunagu lookup {address} --offline",
        )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--peers-env", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="parallel,rtt,blackhole,dualstack,curl,lookup")
    ap.add_argument("--proxy-base", type=int, default=int(os.environ.get("TSUNAGU_BENCH_PROXY_BASE", "25900")))
    ap.add_argument("--json-out")
    a = ap.parse_args()
    env = Env(a)
    only = a.only.split(",")
    try:
        for name, fn in [
            ("lookup", bench_lookup),
            ("parallel", bench_parallel),
            ("rtt", bench_rtt),
            ("blackhole", bench_blackhole),
            ("dualstack", bench_dualstack),
            ("curl", bench_curl),
        ]:
            if name in only:
                fn(env)
    finally:
        shutil.rmtree(env.tmp, ignore_errors=True)
        if a.json_out:
            with open(a.json_out, "w") as f:
                json.dump(OUT, f, indent=1)
    print_table(OUT["rows"])
    fails = [r for r in OUT["rows"] if r["ok"] is False]
    print(f"bench: {len(OUT['rows'])} figures, {len(fails)} goal(s) missed", flush=True)


def print_table(rows):
    """The figures as a Markdown table (pasted into docs/performance.md)."""
    print()
    print("| Figure | Value (median) | Goal | Met | Command |")
    print("|---|---|---|---|---|")
    for r in rows:
        met = {True: "yes", False: "**no**", None: "–"}[r["ok"]]
        cmd = f"`{r['command']}`" if r["command"] else ""
        print(f"| {r['figure']} | {r['value']} | {r['goal']} | {met} | {cmd} |")
    print()


if __name__ == "__main__":
    main()
