//! One connection to a mail server: bounded line reads, bounded waits, and the upgrade to TLS.
//!
//! Every read and write is bounded in time by the deadline of the step in progress (set by the
//! runner before each step), so a server that drips one byte per second cannot stretch a step,
//! and every read is bounded in size: a line may not exceed [`MAX_LINE`] bytes, and the caller
//! charges each line against its own response budget.

use super::{tls::TlsSetup, Fail};
use crate::model::{FailureKind, TlsInfo};
use std::time::Instant;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

/// Longest line accepted from a server (RFC 3501 and 5321 lines are far shorter in practice).
pub(crate) const MAX_LINE: usize = 8 * 1024;
/// Largest multi-line response accepted (capability lists, LIST output, literals together).
pub(crate) const MAX_RESPONSE: usize = 256 * 1024;

enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
    /// Only while the TLS handshake runs, or after a failed one.
    Gone,
}

pub(crate) struct Conn {
    stream: Stream,
    buf: Vec<u8>,
    deadline: Instant,
}

impl Conn {
    pub(crate) fn new(tcp: TcpStream, deadline: Instant) -> Conn {
        Conn {
            stream: Stream::Plain(tcp),
            buf: Vec::with_capacity(1024),
            deadline,
        }
    }

    /// Every read and write from now on must finish before `deadline`.
    pub(crate) fn set_deadline(&mut self, deadline: Instant) {
        self.deadline = deadline;
    }

    pub(crate) fn is_tls(&self) -> bool {
        matches!(self.stream, Stream::Tls(_))
    }

    /// The server's address: login attempts are counted per server machine, whatever name
    /// led to it.
    pub(crate) fn peer_ip(&self) -> Option<std::net::IpAddr> {
        match &self.stream {
            Stream::Plain(t) => t.peer_addr().ok().map(|a| a.ip()),
            Stream::Tls(t) => t.get_ref().0.peer_addr().ok().map(|a| a.ip()),
            Stream::Gone => None,
        }
    }

    /// The local address, for SMTP's `EHLO [address]`.
    pub(crate) fn local_ip(&self) -> Option<std::net::IpAddr> {
        match &self.stream {
            Stream::Plain(t) => t.local_addr().ok().map(|a| a.ip()),
            Stream::Tls(t) => t.get_ref().0.local_addr().ok().map(|a| a.ip()),
            Stream::Gone => None,
        }
    }

    async fn fill(&mut self) -> Result<(), Fail> {
        let mut tmp = [0u8; 4096];
        let deadline = tokio::time::Instant::from_std(self.deadline);
        let read = match &mut self.stream {
            Stream::Plain(s) => tokio::time::timeout_at(deadline, s.read(&mut tmp)).await,
            Stream::Tls(s) => tokio::time::timeout_at(deadline, s.read(&mut tmp)).await,
            Stream::Gone => return Err(closed()),
        };
        match read {
            Err(_) => Err(Fail::new(
                FailureKind::ReadTimeout,
                "the server did not answer in time",
            )),
            Ok(Err(e)) => Err(Fail::new(
                FailureKind::ProtocolError,
                format!("reading from the server failed: {}", io_kind(&e)),
            )),
            Ok(Ok(0)) => Err(closed()),
            Ok(Ok(n)) => {
                self.buf.extend_from_slice(&tmp[..n]);
                Ok(())
            }
        }
    }

    /// One line without its CR LF. Rejects lines over [`MAX_LINE`] and NUL bytes (both
    /// `protocol_error`). Text that is not UTF-8 is decoded as the Japanese legacy encodings
    /// (see [`super::codes::decode_text`]), never refused: the protocol is read from its ASCII
    /// codes, the text is only shown.
    pub(crate) async fn read_line(&mut self) -> Result<String, Fail> {
        let raw = self.read_line_bytes().await?;
        if raw.contains(&0) {
            return Err(Fail::new(
                FailureKind::ProtocolError,
                "the server sent a NUL byte",
            ));
        }
        Ok(super::codes::decode_text(&raw))
    }

    async fn read_line_bytes(&mut self) -> Result<Vec<u8>, Fail> {
        let mut scanned = 0;
        loop {
            if let Some(pos) = self.buf[scanned..].iter().position(|&b| b == b'\n') {
                let end = scanned + pos;
                if end > MAX_LINE {
                    return Err(too_long());
                }
                let mut line: Vec<u8> = self.buf.drain(..=end).collect();
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                return Ok(line);
            }
            scanned = self.buf.len();
            if scanned > MAX_LINE {
                return Err(too_long());
            }
            self.fill().await?;
        }
    }

    /// Exactly `n` raw bytes (an IMAP literal); the caller has bounded `n`.
    pub(crate) async fn read_exact(&mut self, n: usize) -> Result<Vec<u8>, Fail> {
        while self.buf.len() < n {
            self.fill().await?;
        }
        Ok(self.buf.drain(..n).collect())
    }

    pub(crate) async fn write_all(&mut self, bytes: &[u8]) -> Result<(), Fail> {
        if Instant::now() >= self.deadline {
            // Nothing is sent once the step's time is up.
            return Err(Fail::new(
                FailureKind::ReadTimeout,
                "the time for this step ran out",
            ));
        }
        let deadline = tokio::time::Instant::from_std(self.deadline);
        let res = match &mut self.stream {
            Stream::Plain(s) => {
                tokio::time::timeout_at(deadline, async {
                    s.write_all(bytes).await?;
                    s.flush().await
                })
                .await
            }
            Stream::Tls(s) => {
                tokio::time::timeout_at(deadline, async {
                    s.write_all(bytes).await?;
                    s.flush().await
                })
                .await
            }
            Stream::Gone => return Err(closed()),
        };
        match res {
            Err(_) => Err(Fail::new(
                FailureKind::ReadTimeout,
                "the server did not take our command in time",
            )),
            Ok(Err(e)) => Err(Fail::new(
                FailureKind::ProtocolError,
                format!("writing to the server failed: {}", io_kind(&e)),
            )),
            Ok(Ok(())) => Ok(()),
        }
    }

    /// Upgrades the plain connection to TLS (implicit TLS or after STARTTLS/STLS).
    /// Returns what was learnt about the certificate even when the handshake failed.
    pub(crate) async fn start_tls(
        &mut self,
        setup: &TlsSetup,
        host: &str,
    ) -> (Result<(), Fail>, Option<TlsInfo>) {
        if !self.buf.is_empty() {
            // Bytes the server sent before the handshake would be read as if they came through
            // TLS (the STARTTLS response-injection attack): refuse.
            return (
                Err(Fail::new(
                    FailureKind::ProtocolError,
                    "the server sent data before the TLS handshake",
                )),
                None,
            );
        }
        let tcp = match std::mem::replace(&mut self.stream, Stream::Gone) {
            Stream::Plain(t) => t,
            other => {
                self.stream = other;
                return (
                    Err(Fail::new(
                        FailureKind::ProtocolError,
                        "TLS was already started on this connection",
                    )),
                    None,
                );
            }
        };
        let (res, info) = setup.handshake(tcp, host, self.deadline).await;
        match res {
            Ok(stream) => {
                self.stream = Stream::Tls(Box::new(stream));
                (Ok(()), info)
            }
            Err(f) => (Err(f), info),
        }
    }

    /// Closes the connection politely without waiting for anything.
    pub(crate) async fn shutdown(&mut self) {
        let deadline =
            tokio::time::Instant::from_std(self.deadline.min(Instant::now() + SHUTDOWN_GRACE));
        match &mut self.stream {
            Stream::Plain(s) => {
                let _ = tokio::time::timeout_at(deadline, s.shutdown()).await;
            }
            Stream::Tls(s) => {
                let _ = tokio::time::timeout_at(deadline, s.shutdown()).await;
            }
            Stream::Gone => {}
        }
        self.stream = Stream::Gone;
    }
}

const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_millis(500);

const CLOSED: &str = "the server closed the connection";

fn closed() -> Fail {
    Fail::new(FailureKind::ProtocolError, CLOSED)
}

/// The server ended the connection (closed or reset it): nothing more can be sent on it.
pub(crate) fn is_closed(f: &Fail) -> bool {
    f.kind == FailureKind::ProtocolError
        && (f.message == CLOSED
            || f.message.ends_with(": connection reset")
            || f.message.ends_with(": broken pipe")
            || f.message.ends_with(": connection aborted"))
}

fn too_long() -> Fail {
    Fail::new(
        FailureKind::ProtocolError,
        format!("the server sent a line longer than {} bytes", MAX_LINE),
    )
}

/// A short, stable description of an I/O error (no addresses, no secrets).
pub(crate) fn io_kind(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        ConnectionReset => "connection reset".into(),
        ConnectionAborted => "connection aborted".into(),
        BrokenPipe => "broken pipe".into(),
        UnexpectedEof => "connection closed".into(),
        ConnectionRefused => "connection refused".into(),
        _ => e.to_string().chars().take(120).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::net::TcpListener;

    async fn pair(server_bytes: Vec<u8>) -> Conn {
        let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = l.local_addr().unwrap();
        tokio::spawn(async move {
            let (mut s, _) = l.accept().await.unwrap();
            let _ = s.write_all(&server_bytes).await;
            tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        });
        let tcp = TcpStream::connect(addr).await.unwrap();
        Conn::new(tcp, Instant::now() + std::time::Duration::from_millis(500))
    }

    #[tokio::test]
    async fn lines_are_split_and_bounded() {
        let mut c = pair(b"one\r\ntwo\nthree".to_vec()).await;
        assert_eq!(c.read_line().await.unwrap(), "one");
        assert_eq!(c.read_line().await.unwrap(), "two");
        // "three" never ends: the step deadline ends the wait.
        assert_eq!(
            c.read_line().await.unwrap_err().kind,
            FailureKind::ReadTimeout
        );

        let mut c = pair(vec![b'a'; MAX_LINE + 10_000]).await;
        let e = c.read_line().await.unwrap_err();
        assert_eq!(e.kind, FailureKind::ProtocolError);
        assert!(c.buf.len() <= MAX_LINE + 4096);
    }

    #[tokio::test]
    async fn nul_is_a_protocol_error_but_legacy_text_is_decoded() {
        let mut c =
            pair(b"a\0b\r\n-ERR \x83p\x83X\x83\x8f\x81[\x83h\r\n\xff\xfe\r\n".to_vec()).await;
        assert_eq!(
            c.read_line().await.unwrap_err().kind,
            FailureKind::ProtocolError
        );
        // Shift_JIS パスワード
        assert_eq!(c.read_line().await.unwrap(), "-ERR パスワード");
        assert!(c.read_line().await.unwrap().contains('\u{fffd}'));
    }
}
