//! Happy Eyeballs v2 (RFC 8305) connection racing, used for every TCP connection the engine
//! opens (probes, the send-test look-up, discovery over HTTPS).
//!
//! Why our own: the crates on crates.io that do this (`happy-eyeballs`, the racing inside
//! hyper-util's `HttpConnector`) either resolve names themselves (we must use our own
//! resolver, which tests point at loopback), or do not report each failed attempt, which the
//! report needs (family, error and time per address). What is left is small: order the
//! addresses, start one attempt every [`ATTEMPT_DELAY`] (or at once when the previous one
//! fails), keep the first that connects and drop the rest (dropping a tokio connect future
//! closes its socket). The connector is a parameter so the tests race fake connections.
//!
//! Name resolution asks for AAAA and A at once: the operating system's `getaddrinfo` with
//! `AF_UNSPEC` and hickory's `Ipv4AndIpv6` strategy both send the two queries together and
//! return both families sorted by RFC 6724, which is the order RFC 8305 §4 starts from.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::time::{Duration, Instant};

/// RFC 8305 §5 "Connection Attempt Delay" (recommended 250 ms).
pub const ATTEMPT_DELAY: Duration = Duration::from_millis(250);
/// At most this many addresses are tried per connection.
pub const MAX_ADDRESSES: usize = 8;

/// One connection attempt to one address, as reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub addr: SocketAddr,
    /// `None`: this attempt connected.
    pub error: Option<AttemptError>,
    /// From the start of this attempt to its end (connected, failed, or given up).
    pub ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttemptError {
    Refused,
    /// The connection's time ran out with this attempt still unanswered.
    Timeout,
    /// Another address connected first while this one was still unanswered.
    Abandoned,
    /// Any other error (no route, reset…): a short description.
    Other(String),
}

impl AttemptError {
    /// Stable short text for reports.
    pub fn as_text(&self) -> String {
        match self {
            AttemptError::Refused => "connection refused".into(),
            AttemptError::Timeout => "no answer (timed out)".into(),
            AttemptError::Abandoned => "no answer yet when another address connected".into(),
            AttemptError::Other(s) => s.clone(),
        }
    }
    /// The address did not answer at all (filtered, black-holed or too slow).
    pub fn is_silence(&self) -> bool {
        matches!(self, AttemptError::Timeout | AttemptError::Abandoned)
    }
}

/// The attempts of one connection, in the order they started.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attempts(pub Vec<Attempt>);

impl Attempts {
    /// One line for a step's detail: the answering address first, then each failed attempt.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        if let Some(ok) = self.0.iter().find(|a| a.error.is_none()) {
            out.push_str(&ok.addr.to_string());
        }
        let failed: Vec<String> = self
            .0
            .iter()
            .filter_map(|a| {
                a.error.as_ref().map(|e| {
                    format!(
                        "{} {} {} ms: {}",
                        a.addr,
                        family(a.addr.ip()),
                        a.ms,
                        e.as_text()
                    )
                })
            })
            .collect();
        if !failed.is_empty() {
            if !out.is_empty() {
                out.push_str(" (");
            }
            out.push_str("failed: ");
            out.push_str(&failed.join("; "));
            if self.0.iter().any(|a| a.error.is_none()) {
                out.push(')');
            }
        }
        out
    }
}

pub fn family(ip: IpAddr) -> &'static str {
    match ip {
        IpAddr::V4(_) => "ipv4",
        IpAddr::V6(_) => "ipv6",
    }
}

/// RFC 8305 §4: keep the resolver's order within each family, start with the family of the
/// first address, then alternate (First Address Family Count = 1). Duplicates are dropped.
pub fn interleave(ips: &[IpAddr]) -> Vec<IpAddr> {
    let mut seen = Vec::new();
    for ip in ips {
        if !seen.contains(ip) {
            seen.push(*ip);
        }
    }
    let Some(first) = seen.first().copied() else {
        return Vec::new();
    };
    let (mut a, mut b): (Vec<IpAddr>, Vec<IpAddr>) = seen
        .into_iter()
        .partition(|ip| ip.is_ipv6() == first.is_ipv6());
    a.reverse();
    b.reverse();
    let mut out = Vec::new();
    while !a.is_empty() || !b.is_empty() {
        out.extend(a.pop());
        out.extend(b.pop());
    }
    out.truncate(MAX_ADDRESSES);
    out
}

type BoxFut<S> = Pin<Box<dyn Future<Output = std::io::Result<S>> + Send>>;

/// Races connections to `ips` (already resolved) on `port` until `deadline`. Returns the first
/// stream that connected (with its address) and every attempt made, in start order.
pub async fn race<S, F>(
    ips: &[IpAddr],
    port: u16,
    deadline: Instant,
    delay: Duration,
    connect: F,
) -> (Option<(S, SocketAddr)>, Attempts)
where
    S: Send + 'static,
    F: Fn(SocketAddr) -> BoxFut<S>,
{
    let addrs: Vec<SocketAddr> = interleave(ips)
        .into_iter()
        .map(|ip| SocketAddr::new(ip, port))
        .collect();
    let mut attempts: Vec<Attempt> = Vec::new();
    // In flight: (index into `attempts`, its start, the connect future).
    let mut running: Vec<(usize, tokio::time::Instant, BoxFut<S>)> = Vec::new();
    let mut next = 0;
    let deadline_t = tokio::time::Instant::from_std(deadline);
    let mut next_start = tokio::time::Instant::now();
    loop {
        if next < addrs.len() && (running.is_empty() || tokio::time::Instant::now() >= next_start) {
            attempts.push(Attempt {
                addr: addrs[next],
                error: None,
                ms: 0,
            });
            running.push((
                attempts.len() - 1,
                tokio::time::Instant::now(),
                connect(addrs[next]),
            ));
            next += 1;
            next_start = tokio::time::Instant::now() + delay;
        }
        if running.is_empty() {
            return (None, Attempts(attempts));
        }
        let more = next < addrs.len();
        let finished = tokio::select! {
            r = first_done(&mut running) => Some(r),
            _ = tokio::time::sleep_until(next_start), if more => None,
            _ = tokio::time::sleep_until(deadline_t) => {
                for (i, t0, _) in running.drain(..) {
                    attempts[i].error = Some(AttemptError::Timeout);
                    attempts[i].ms = t0.elapsed().as_millis() as u64;
                }
                return (None, Attempts(attempts));
            }
        };
        let Some((pos, result)) = finished else {
            continue;
        };
        let (i, t0, _) = running.remove(pos);
        attempts[i].ms = t0.elapsed().as_millis() as u64;
        match result {
            Ok(stream) => {
                for (j, t, _) in running.drain(..) {
                    attempts[j].error = Some(AttemptError::Abandoned);
                    attempts[j].ms = t.elapsed().as_millis() as u64;
                }
                let addr = attempts[i].addr;
                return (Some((stream, addr)), Attempts(attempts));
            }
            Err(e) => {
                attempts[i].error = Some(classify(&e));
                // A failure starts the next attempt at once (RFC 8305 §5).
                next_start = tokio::time::Instant::now();
            }
        }
    }
}

/// The first of the running futures to finish: its position and result.
async fn first_done<S>(
    running: &mut [(usize, tokio::time::Instant, BoxFut<S>)],
) -> (usize, std::io::Result<S>) {
    std::future::poll_fn(|cx| {
        for (pos, (_, _, fut)) in running.iter_mut().enumerate() {
            if let std::task::Poll::Ready(r) = fut.as_mut().poll(cx) {
                return std::task::Poll::Ready((pos, r));
            }
        }
        std::task::Poll::Pending
    })
    .await
}

fn classify(e: &std::io::Error) -> AttemptError {
    use std::io::ErrorKind::*;
    match e.kind() {
        ConnectionRefused => AttemptError::Refused,
        TimedOut => AttemptError::Timeout,
        ConnectionReset => AttemptError::Other("connection reset".into()),
        NetworkUnreachable => AttemptError::Other("network unreachable".into()),
        HostUnreachable => AttemptError::Other("host unreachable".into()),
        AddrNotAvailable => AttemptError::Other("address not available".into()),
        _ => AttemptError::Other(e.to_string().chars().take(80).collect()),
    }
}

/// The real connector: a TCP connection with Nagle off.
pub fn tcp(addr: SocketAddr) -> BoxFut<tokio::net::TcpStream> {
    Box::pin(async move {
        let s = tokio::net::TcpStream::connect(addr).await?;
        let _ = s.set_nodelay(true);
        Ok(s)
    })
}

/// Races TCP connections to `ips` on `port` with the standard delay.
pub async fn connect_tcp(
    ips: &[IpAddr],
    port: u16,
    deadline: Instant,
) -> (Option<(tokio::net::TcpStream, SocketAddr)>, Attempts) {
    race(ips, port, deadline, ATTEMPT_DELAY, tcp).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn families_alternate_starting_with_the_first() {
        let v = [
            ip("2001:db8::1"),
            ip("2001:db8::2"),
            ip("192.0.2.1"),
            ip("192.0.2.2"),
        ];
        assert_eq!(
            interleave(&v),
            vec![
                ip("2001:db8::1"),
                ip("192.0.2.1"),
                ip("2001:db8::2"),
                ip("192.0.2.2")
            ]
        );
        let v = [
            ip("192.0.2.1"),
            ip("2001:db8::1"),
            ip("192.0.2.1"),
            ip("192.0.2.3"),
        ];
        assert_eq!(
            interleave(&v),
            vec![ip("192.0.2.1"), ip("2001:db8::1"), ip("192.0.2.3")]
        );
        assert!(interleave(&[]).is_empty());
    }

    /// What the fake connector does for one address: after `ms`, connect or fail; `None`
    /// never answers.
    #[derive(Clone, Copy)]
    enum Fake {
        Ok(u64),
        Refuse(u64),
        Silent,
    }

    struct Run {
        result: Option<SocketAddr>,
        attempts: Attempts,
        /// When each address was started, in ms from the beginning.
        started: Vec<(SocketAddr, u64)>,
        /// Connections still open (not dropped) after the race.
        alive: usize,
    }

    struct Guard(Arc<Mutex<usize>>);
    impl Drop for Guard {
        fn drop(&mut self) {
            *self.0.lock().unwrap() -= 1;
        }
    }

    async fn race_fake(ips: &[&str], plan: &[(&str, Fake)], deadline_ms: u64) -> Run {
        let plan: Arc<HashMap<IpAddr, Fake>> =
            Arc::new(plan.iter().map(|(a, f)| (ip(a), *f)).collect());
        let ips: Vec<IpAddr> = ips.iter().map(|s| ip(s)).collect();
        let t0 = tokio::time::Instant::now();
        let started = Arc::new(Mutex::new(Vec::new()));
        let open = Arc::new(Mutex::new(0usize));
        let (st, op) = (started.clone(), open.clone());
        let connector = move |addr: SocketAddr| -> BoxFut<Guard> {
            st.lock()
                .unwrap()
                .push((addr, t0.elapsed().as_millis() as u64));
            let fake = plan[&addr.ip()];
            let op = op.clone();
            Box::pin(async move {
                *op.lock().unwrap() += 1;
                let g = Guard(op);
                match fake {
                    Fake::Ok(ms) => {
                        tokio::time::sleep(Duration::from_millis(ms)).await;
                        Ok(g)
                    }
                    Fake::Refuse(ms) => {
                        tokio::time::sleep(Duration::from_millis(ms)).await;
                        Err(std::io::ErrorKind::ConnectionRefused.into())
                    }
                    Fake::Silent => {
                        std::future::pending::<()>().await;
                        Ok(g)
                    }
                }
            })
        };
        let deadline = Instant::now() + Duration::from_millis(deadline_ms);
        let (res, attempts) = race(&ips, 993, deadline, ATTEMPT_DELAY, connector).await;
        let result = res.as_ref().map(|(_, a)| *a);
        drop(res);
        let alive = *open.lock().unwrap();
        let started = started.lock().unwrap().clone();
        Run {
            result,
            attempts,
            started,
            alive,
        }
    }

    fn sa(s: &str) -> SocketAddr {
        SocketAddr::new(ip(s), 993)
    }

    #[tokio::test(start_paused = true)]
    async fn blackholed_ipv6_falls_back_to_ipv4_after_250_ms() {
        let r = race_fake(
            &["2001:db8::1", "192.0.2.1"],
            &[("2001:db8::1", Fake::Silent), ("192.0.2.1", Fake::Ok(20))],
            5000,
        )
        .await;
        assert_eq!(r.result, Some(sa("192.0.2.1")));
        assert_eq!(
            r.started,
            vec![(sa("2001:db8::1"), 0), (sa("192.0.2.1"), 250)]
        );
        let a = &r.attempts.0;
        assert_eq!(a[0].error, Some(AttemptError::Abandoned));
        assert_eq!(a[0].ms, 270);
        assert_eq!(a[1].error, None);
        assert_eq!(a[1].ms, 20);
        // The IPv6 attempt was cancelled: only the winner is still open... and it was dropped.
        assert_eq!(r.alive, 0);
        let s = r.attempts.summary();
        assert!(
            s.starts_with("192.0.2.1:993 (failed: [2001:db8::1]:993 ipv6 270 ms"),
            "{s}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_refusal_starts_the_next_attempt_at_once() {
        let r = race_fake(
            &["2001:db8::1", "2001:db8::2", "192.0.2.1"],
            &[
                ("2001:db8::1", Fake::Refuse(10)),
                ("192.0.2.1", Fake::Refuse(5)),
                ("2001:db8::2", Fake::Ok(10)),
            ],
            5000,
        )
        .await;
        assert_eq!(r.result, Some(sa("2001:db8::2")));
        // v6, v4 (at once after the first refusal), v6 (at once after the second).
        assert_eq!(
            r.started,
            vec![
                (sa("2001:db8::1"), 0),
                (sa("192.0.2.1"), 10),
                (sa("2001:db8::2"), 15)
            ]
        );
        assert_eq!(r.attempts.0[0].error, Some(AttemptError::Refused));
        assert_eq!(r.attempts.0[1].error, Some(AttemptError::Refused));
    }

    #[tokio::test(start_paused = true)]
    async fn first_success_wins_and_the_rest_are_cancelled() {
        // The IPv6 address answers slowly (400 ms), IPv4 quickly: IPv4 starts at 250 ms and
        // connects at 260 ms, before IPv6 would have.
        let r = race_fake(
            &["2001:db8::1", "192.0.2.1"],
            &[("2001:db8::1", Fake::Ok(400)), ("192.0.2.1", Fake::Ok(10))],
            5000,
        )
        .await;
        assert_eq!(r.result, Some(sa("192.0.2.1")));
        assert_eq!(r.attempts.0[0].error, Some(AttemptError::Abandoned));
        assert_eq!(r.alive, 0);
        // A fast IPv6 address wins before IPv4 is even tried.
        let r = race_fake(
            &["2001:db8::1", "192.0.2.1"],
            &[("2001:db8::1", Fake::Ok(30)), ("192.0.2.1", Fake::Ok(1))],
            5000,
        )
        .await;
        assert_eq!(r.result, Some(sa("2001:db8::1")));
        assert_eq!(r.started.len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn all_silent_ends_at_the_deadline_with_every_attempt_reported() {
        let r = race_fake(
            &["2001:db8::1", "192.0.2.1", "192.0.2.2"],
            &[
                ("2001:db8::1", Fake::Silent),
                ("192.0.2.1", Fake::Silent),
                ("192.0.2.2", Fake::Silent),
            ],
            1000,
        )
        .await;
        assert_eq!(r.result, None);
        assert_eq!(r.started.len(), 3);
        assert_eq!(r.started[2].1, 500);
        let a = &r.attempts.0;
        assert!(a.iter().all(|a| a.error == Some(AttemptError::Timeout)));
        // The timer wheel rounds the deadline up to the next millisecond.
        for (got, want) in a.iter().map(|a| a.ms).zip([1000, 750, 500]) {
            assert!((want..=want + 1).contains(&got), "{got} for {want}");
        }
        assert_eq!(r.alive, 0);
        let s = r.attempts.summary();
        assert!(s.starts_with("failed: [2001:db8::1]:993 ipv6 100"), "{s}");
        assert!(s.contains("no answer (timed out)"), "{s}");
    }

    #[tokio::test(start_paused = true)]
    async fn all_refused_ends_when_the_last_fails() {
        let r = race_fake(
            &["192.0.2.1", "192.0.2.2"],
            &[
                ("192.0.2.1", Fake::Refuse(3)),
                ("192.0.2.2", Fake::Refuse(3)),
            ],
            5000,
        )
        .await;
        assert_eq!(r.result, None);
        assert_eq!(r.started, vec![(sa("192.0.2.1"), 0), (sa("192.0.2.2"), 3)]);
        let r = race_fake(&[], &[], 5000).await;
        assert_eq!(r.result, None);
        assert!(r.attempts.0.is_empty());
    }

    #[tokio::test]
    async fn real_tcp_on_loopback() {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = l.local_addr().unwrap().port();
        let (s, attempts) = connect_tcp(
            &[ip("127.0.0.1")],
            port,
            Instant::now() + Duration::from_secs(2),
        )
        .await;
        assert!(s.is_some());
        assert_eq!(attempts.0.len(), 1);
        drop(l);
        let (s, attempts) = connect_tcp(
            &[ip("127.0.0.1")],
            port,
            Instant::now() + Duration::from_secs(2),
        )
        .await;
        assert!(s.is_none());
        assert_eq!(attempts.0[0].error, Some(AttemptError::Refused));
    }
}
