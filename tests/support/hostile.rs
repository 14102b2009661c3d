//! Hostile servers on 127.0.0.1 for tests/hostile.rs: each speaks just enough of its protocol
//! to lure the client to the point where it misbehaves, and logs every byte it received so a
//! test can assert that no credential was sent.

#![allow(dead_code)]

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub struct Hostile {
    pub port: u16,
    log: Arc<Mutex<Vec<u8>>>,
}

impl Hostile {
    pub fn received(&self) -> Vec<u8> {
        self.log.lock().unwrap().clone()
    }
}

/// The server side of one connection.
pub struct Peer {
    pub s: TcpStream,
    buf: Vec<u8>,
    log: Arc<Mutex<Vec<u8>>>,
}

impl Peer {
    /// One line (without CR LF), or None when the client hung up or stayed silent 5 s.
    pub async fn line(&mut self) -> Option<String> {
        loop {
            if let Some(p) = self.buf.iter().position(|&b| b == b'\n') {
                let l: Vec<u8> = self.buf.drain(..=p).collect();
                return Some(String::from_utf8_lossy(&l).trim_end().to_string());
            }
            self.more().await?;
        }
    }
    /// Whatever the client sends next (e.g. its ClientHello).
    pub async fn more(&mut self) -> Option<usize> {
        let mut tmp = [0u8; 4096];
        let n = tokio::time::timeout(Duration::from_secs(5), self.s.read(&mut tmp))
            .await
            .ok()?
            .ok()?;
        if n == 0 {
            return None;
        }
        self.log.lock().unwrap().extend_from_slice(&tmp[..n]);
        self.buf.extend_from_slice(&tmp[..n]);
        Some(n)
    }
    pub fn take_buffered(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.buf)
    }
    pub async fn send(&mut self, b: &[u8]) -> bool {
        self.s.write_all(b).await.is_ok()
    }
    /// Reads until EOF (or 5 s), so the client sees our bytes before a reset.
    pub async fn drain(&mut self) {
        while self.more().await.is_some() {}
    }
}

pub async fn serve<F, Fut>(handler: F) -> Hostile
where
    F: Fn(Peer) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    let log = Arc::new(Mutex::new(Vec::new()));
    let lg = log.clone();
    let handler = Arc::new(handler);
    tokio::spawn(async move {
        while let Ok((s, _)) = l.accept().await {
            let peer = Peer {
                s,
                buf: Vec::new(),
                log: lg.clone(),
            };
            let h = handler.clone();
            tokio::spawn(async move { h(peer).await });
        }
    });
    Hostile { port, log }
}

/// How a server that offered STARTTLS breaks the handshake.
#[derive(Debug, Clone, Copy)]
pub enum Broken {
    /// Plain text where the ServerHello should be.
    Garbage,
    /// Hangs up right after saying "go ahead".
    Close,
    /// Says "go ahead", then never answers the ClientHello.
    Silence,
    /// Half a ServerHello record, then hangs up.
    Truncated,
    /// A TLS 1.0-only server: a ServerHello for TLS 1.0.
    Tls10,
}

/// A ServerHello choosing TLS 1.0 with TLS_RSA_WITH_AES_128_CBC_SHA, as an old server that
/// speaks nothing newer answers any ClientHello (RFC 2246 §7.4.1.3).
pub fn tls10_server_hello() -> Vec<u8> {
    let mut body = vec![0x03, 0x01]; // server_version TLS 1.0
    body.extend_from_slice(&[0x5a; 32]); // random
    body.push(0); // session_id: empty
    body.extend_from_slice(&[0x00, 0x2f]); // cipher suite
    body.push(0); // compression: null
    let mut hs = vec![0x02, 0, 0, body.len() as u8]; // ServerHello
    hs.extend_from_slice(&body);
    let mut rec = vec![0x16, 0x03, 0x01, 0, hs.len() as u8]; // handshake record, TLS 1.0
    rec.extend_from_slice(&hs);
    rec
}

/// What follows the ClientHello in each way of breaking.
pub async fn break_handshake(p: &mut Peer, how: Broken) {
    match how {
        Broken::Close => {}
        Broken::Garbage => {
            p.more().await;
            p.send(b"HTTP/1.1 400 Bad Request\r\nServer: not-tls\r\n\r\n")
                .await;
            p.drain().await;
        }
        Broken::Silence => {
            p.more().await;
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
        Broken::Truncated => {
            p.more().await;
            let hello = tls10_server_hello();
            p.send(&hello[..hello.len() / 2]).await;
        }
        Broken::Tls10 => {
            p.more().await;
            p.send(&tls10_server_hello()).await;
            p.drain().await;
        }
    }
}

/// IMAP, POP3 or SMTP server that offers STARTTLS, accepts it, then breaks the handshake.
pub async fn starttls_then(protocol: &'static str, how: Broken) -> Hostile {
    serve(move |mut p| async move {
        match protocol {
            "imap" => {
                p.send(b"* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] hostile\r\n")
                    .await;
                while let Some(l) = p.line().await {
                    let tag = l.split(' ').next().unwrap_or("*").to_string();
                    if l.to_ascii_uppercase().contains("STARTTLS") {
                        p.send(format!("{tag} OK Begin TLS negotiation now\r\n").as_bytes())
                            .await;
                        break;
                    }
                    p.send(
                        format!("* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\r\n{tag} OK\r\n")
                            .as_bytes(),
                    )
                    .await;
                }
            }
            "pop3" => {
                p.send(b"+OK hostile\r\n").await;
                while let Some(l) = p.line().await {
                    match l.to_ascii_uppercase().as_str() {
                        "CAPA" => p.send(b"+OK\r\nSTLS\r\nUSER\r\n.\r\n").await,
                        "STLS" => {
                            p.send(b"+OK Begin TLS\r\n").await;
                            break;
                        }
                        _ => p.send(b"-ERR\r\n").await,
                    };
                }
            }
            _ => {
                p.send(b"220 hostile ESMTP\r\n").await;
                while let Some(l) = p.line().await {
                    let u = l.to_ascii_uppercase();
                    if u.starts_with("EHLO") {
                        p.send(b"250-hostile\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n")
                            .await;
                    } else if u.starts_with("STARTTLS") {
                        p.send(b"220 2.0.0 go ahead\r\n").await;
                        break;
                    } else {
                        p.send(b"502 no\r\n").await;
                    }
                }
            }
        }
        break_handshake(&mut p, how).await;
    })
    .await
}

/// Implicit TLS (993/995/465) to a server that can only speak TLS 1.0.
pub async fn tls10_only() -> Hostile {
    serve(|mut p| async move { break_handshake(&mut p, Broken::Tls10).await }).await
}

/// A chain of `n` certificates: a self-signed root, `n - 2` intermediates, each signing the
/// next, and a leaf for `name`. Returns (root PEM, chain leaf-first without the root, key).
pub fn long_chain(n: usize, name: &str) -> (String, Vec<CertificateDer<'static>>, Vec<u8>) {
    assert!(n >= 2);
    let ca_params = |cn: String| {
        let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, cn);
        p.distinguished_name = dn;
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        p.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        p
    };
    let root_key = KeyPair::generate().unwrap();
    let root_params = ca_params("Hostile root".into());
    let root = root_params.self_signed(&root_key).unwrap();
    let root_pem = root.pem();
    let mut issuer = Issuer::new(root_params, root_key);
    let mut intermediates = Vec::new();
    for i in 1..n - 1 {
        let key = KeyPair::generate().unwrap();
        let params = ca_params(format!("Hostile intermediate {i}"));
        let cert = params.signed_by(&key, &issuer).unwrap();
        intermediates.push(cert.der().clone());
        issuer = Issuer::new(params, key);
    }
    let mut leaf_params = CertificateParams::new(vec![name.to_string()]).unwrap();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, name);
    leaf_params.distinguished_name = dn;
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = leaf_params.signed_by(&leaf_key, &issuer).unwrap();
    let mut chain = vec![leaf.der().clone()];
    intermediates.reverse(); // leaf first, then its issuer, up towards the root
    chain.extend(intermediates);
    (root_pem, chain, leaf_key.serialize_der())
}

/// An implicit-TLS IMAP server presenting `chain`; counts the connections that completed a
/// handshake and logs what arrived inside TLS.
pub async fn tls_imap(chain: Vec<CertificateDer<'static>>, key: Vec<u8>) -> Hostile {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let cfg = Arc::new(
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key)))
            .unwrap(),
    );
    let acceptor = tokio_rustls::TlsAcceptor::from(cfg);
    serve(move |p| {
        let acceptor = acceptor.clone();
        async move {
            let log = p.log.clone();
            let Ok(mut tls) = acceptor.accept(p.s).await else {
                return;
            };
            let _ = tls
                .write_all(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] long chain\r\n")
                .await;
            let mut tmp = [0u8; 4096];
            if let Ok(Ok(n)) =
                tokio::time::timeout(Duration::from_secs(5), tls.read(&mut tmp)).await
            {
                log.lock().unwrap().extend_from_slice(&tmp[..n]);
                let _ = tls.write_all(b"* BYE\r\n").await;
            }
        }
    })
    .await
}

/// Sends `total` bytes of `unit` repeated (a multi-megabyte answer) after `greeting`, once the
/// client's first command arrives (or right away when `on_connect`).
pub async fn flood(
    greeting: &'static [u8],
    unit: &'static [u8],
    total: usize,
    on_connect: bool,
) -> Hostile {
    serve(move |mut p| async move {
        if !greeting.is_empty() && !p.send(greeting).await {
            return;
        }
        if !on_connect && p.line().await.is_none() {
            return;
        }
        let mut sent = 0;
        let chunk: Vec<u8> = unit.iter().copied().cycle().take(64 * 1024).collect();
        while sent < total {
            if !p.send(&chunk).await {
                return;
            }
            sent += chunk.len();
        }
    })
    .await
}
