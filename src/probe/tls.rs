//! TLS with the trust the user's own mail app would apply: the operating system's store
//! (rustls-platform-verifier) plus the roots of `--ca-file`.
//!
//! rustls drops the server's chain when verification fails, yet the certificate is exactly
//! what a support person needs to see (who issued it: an antivirus' mail scanner? when did it
//! expire?). [`Recording`] wraps the real verifier and keeps the chain and the verdict. A failed
//! verification still aborts the handshake, so no credential is ever sent on such a connection.

use super::Fail;
use crate::model::{FailureKind, TlsInfo};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, SignatureScheme};
use std::net::IpAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;

/// Built once per run: the platform verifier loads the OS store once.
#[derive(Clone)]
pub(crate) struct TlsSetup {
    provider: Arc<CryptoProvider>,
    verifier: Result<Arc<dyn ServerCertVerifier>, String>,
}

impl TlsSetup {
    pub(crate) fn new(ca_file: Option<&Path>) -> TlsSetup {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let verifier = build_verifier(ca_file, provider.clone());
        TlsSetup { provider, verifier }
    }

    /// The handshake, bounded by `deadline`; the certificate details are returned whether the
    /// verification passed or not (None when the server never presented a certificate).
    pub(crate) async fn handshake(
        &self,
        tcp: TcpStream,
        host: &str,
        deadline: Instant,
    ) -> (Result<TlsStream<TcpStream>, Fail>, Option<TlsInfo>) {
        let inner = match &self.verifier {
            Ok(v) => v.clone(),
            Err(e) => {
                return (
                    Err(Fail::new(FailureKind::TlsHandshakeFailed, e.clone())),
                    None,
                )
            }
        };
        let name = match server_name(host) {
            Some(n) => n,
            None => {
                return (
                    Err(Fail::new(
                        FailureKind::TlsHandshakeFailed,
                        "the host name cannot be used for TLS",
                    )),
                    None,
                )
            }
        };
        let recording = Arc::new(Recording {
            inner,
            seen: Mutex::new(None),
        });
        let config = match ClientConfig::builder_with_provider(self.provider.clone())
            .with_safe_default_protocol_versions()
        {
            Ok(b) => b
                .dangerous()
                .with_custom_certificate_verifier(recording.clone())
                .with_no_client_auth(),
            Err(e) => {
                return (
                    Err(Fail::new(
                        FailureKind::TlsHandshakeFailed,
                        format!("TLS set-up failed: {e}"),
                    )),
                    None,
                )
            }
        };
        let connector = TlsConnector::from(Arc::new(config));
        let res = tokio::time::timeout_at(
            tokio::time::Instant::from_std(deadline),
            connector.connect(name, tcp),
        )
        .await;
        let seen = recording.seen.lock().ok().and_then(|mut s| s.take());
        match res {
            Ok(Ok(stream)) => {
                let version = stream.get_ref().1.protocol_version().map(version_name);
                let info = seen.map(|s| {
                    let mut i = describe(&s.chain, host, None);
                    i.version = version.clone();
                    i
                });
                (Ok(stream), info)
            }
            Ok(Err(e)) => {
                let verdict = seen.as_ref().and_then(|s| s.error.clone());
                let info = seen
                    .as_ref()
                    .map(|s| describe(&s.chain, host, verdict.as_ref()));
                let fail = match verdict {
                    Some(err) => cert_failure(&err),
                    None => Fail::new(
                        FailureKind::TlsHandshakeFailed,
                        format!("the TLS handshake failed: {}", handshake_text(&e)),
                    ),
                };
                (Err(fail), info)
            }
            Err(_) => (
                Err(Fail::new(
                    FailureKind::TlsHandshakeFailed,
                    "the TLS handshake did not finish in time",
                )),
                seen.as_ref()
                    .map(|s| describe(&s.chain, host, s.error.as_ref())),
            ),
        }
    }
}

/// Checks a `--ca-file` before any probe starts, so a wrong path is a usage error with a
/// clear message rather than a TLS failure on every server.
pub fn check_ca_file(path: &Path) -> Result<(), String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    build_verifier(Some(path), provider).map(|_| ())
}

fn build_verifier(
    ca_file: Option<&Path>,
    provider: Arc<CryptoProvider>,
) -> Result<Arc<dyn ServerCertVerifier>, String> {
    let mut extra = Vec::new();
    if let Some(path) = ca_file {
        let pem = std::fs::read(path).map_err(|e| {
            format!(
                "the CA file could not be read: {}",
                super::conn::io_kind(&e)
            )
        })?;
        for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
            extra.push(cert.map_err(|_| "the CA file is not valid PEM".to_string())?);
        }
        if extra.is_empty() {
            return Err("the CA file holds no certificate".into());
        }
    }
    // Windows without --ca-file: the plain system verifier. `new_with_extra_roots` always builds
    // a chain engine of its own, which Wine's crypt32 refuses with E_INVALIDARG (seen under
    // Wine 10), so there the system store was never consulted (docs/windows.md).
    #[cfg(windows)]
    if extra.is_empty() {
        return rustls_platform_verifier::Verifier::new(provider)
            .map(|v| Arc::new(v) as Arc<dyn ServerCertVerifier>)
            .map_err(|e| format!("no trusted root certificates are available: {e}"));
    }
    match rustls_platform_verifier::Verifier::new_with_extra_roots(extra.clone(), provider.clone())
    {
        Ok(v) => Ok(Arc::new(v)),
        // No OS store (minimal container): the extra roots alone, if any.
        Err(e) => {
            let mut roots = rustls::RootCertStore::empty();
            roots.add_parsable_certificates(extra);
            if roots.is_empty() {
                return Err(format!("no trusted root certificates are available: {e}"));
            }
            rustls::client::WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .map(|v| v as Arc<dyn ServerCertVerifier>)
                .map_err(|e| format!("the trust store could not be built: {e}"))
        }
    }
}

fn server_name(host: &str) -> Option<ServerName<'static>> {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = h.parse::<IpAddr>() {
        return Some(ServerName::IpAddress(ip.into()));
    }
    ServerName::try_from(h.to_string()).ok()
}

fn version_name(v: rustls::ProtocolVersion) -> String {
    match v {
        rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3".into(),
        rustls::ProtocolVersion::TLSv1_2 => "TLSv1.2".into(),
        other => format!("{other:?}"),
    }
}

/// The handshake error in words, without anything from the server's certificate.
fn handshake_text(e: &std::io::Error) -> String {
    if let Some(inner) = e.get_ref() {
        if let Some(tls) = inner.downcast_ref::<rustls::Error>() {
            return tls.to_string().chars().take(160).collect();
        }
    }
    super::conn::io_kind(e)
}

/// Maps a verification error to the failure kind the user sees.
pub(crate) fn cert_failure(err: &rustls::Error) -> Fail {
    match err {
        rustls::Error::InvalidCertificate(ce) => match ce {
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                Fail::new(
                    FailureKind::TlsHostnameMismatch,
                    "the certificate is for a different server name",
                )
            }
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => Fail::new(
                FailureKind::TlsExpired,
                "the server's certificate has expired",
            ),
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                Fail::new(
                    FailureKind::TlsExpired,
                    "the server's certificate is not valid yet (check the computer's clock)",
                )
            }
            CertificateError::UnknownIssuer => Fail::new(
                FailureKind::TlsUntrusted,
                "the certificate was issued by an authority this computer does not trust",
            ),
            other => Fail::new(
                FailureKind::TlsUntrusted,
                format!("the certificate was not accepted: {other:?}")
                    .chars()
                    .take(160)
                    .collect::<String>(),
            ),
        },
        other => Fail::new(
            FailureKind::TlsHandshakeFailed,
            format!("the TLS handshake failed: {other}")
                .chars()
                .take(160)
                .collect::<String>(),
        ),
    }
}

/// Subject, issuer, expiry and name match of the leaf certificate.
/// `verdict` is the verification error (None = verified).
pub(crate) fn describe(
    chain: &[CertificateDer<'static>],
    host: &str,
    verdict: Option<&rustls::Error>,
) -> TlsInfo {
    let name_error = matches!(
        verdict,
        Some(rustls::Error::InvalidCertificate(
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }
        ))
    );
    let mut info = TlsInfo {
        version: None,
        subject: None,
        issuer: None,
        not_after: None,
        // webpki checks the chain (and dates) before the name: a name error means the chain
        // itself was trusted.
        trusted: verdict.is_none() || name_error,
        hostname_matches: verdict.is_none(),
    };
    let Some(leaf) = chain.first() else {
        return info;
    };
    let Ok((_, cert)) = x509_parser::parse_x509_certificate(leaf.as_ref()) else {
        return info;
    };
    info.subject = Some(bounded(cert.subject().to_string()));
    info.issuer = Some(bounded(cert.issuer().to_string()));
    info.not_after = cert
        .validity()
        .not_after
        .to_datetime()
        .format(&time::format_description::well_known::Rfc3339)
        .ok();
    if verdict.is_some() && !name_error {
        info.hostname_matches = leaf_matches_host(&cert, host);
    }
    info
}

fn bounded(s: String) -> String {
    super::sanitize(&s, 300)
}

/// Whether the leaf's subjectAltName covers `host` (DNS names with a single left-most `*`
/// label, or IP addresses); like webpki, the subject CN is not consulted.
pub(crate) fn leaf_matches_host(
    cert: &x509_parser::certificate::X509Certificate<'_>,
    host: &str,
) -> bool {
    use x509_parser::extensions::GeneralName;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let ip: Option<IpAddr> = host.parse().ok();
    let Ok(Some(san)) = cert.subject_alternative_name() else {
        return false;
    };
    san.value.general_names.iter().any(|gn| match (gn, ip) {
        (GeneralName::DNSName(pattern), None) => dns_name_matches(pattern, host),
        (GeneralName::IPAddress(bytes), Some(ip)) => match ip {
            IpAddr::V4(v4) => *bytes == v4.octets().as_slice(),
            IpAddr::V6(v6) => *bytes == v6.octets().as_slice(),
        },
        _ => false,
    })
}

pub(crate) fn dns_name_matches(pattern: &str, host: &str) -> bool {
    let pattern = pattern.trim_end_matches('.').to_ascii_lowercase();
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if let Some(rest) = pattern.strip_prefix("*.") {
        // The wildcard covers exactly one non-empty label.
        match host.split_once('.') {
            Some((first, tail)) => !first.is_empty() && tail == rest && rest.contains('.'),
            None => false,
        }
    } else {
        pattern == host
    }
}

struct Seen {
    chain: Vec<CertificateDer<'static>>,
    error: Option<rustls::Error>,
}

/// Delegates every decision to the real verifier and remembers what it was shown.
struct Recording {
    inner: Arc<dyn ServerCertVerifier>,
    seen: Mutex<Option<Seen>>,
}

impl std::fmt::Debug for Recording {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Recording")
    }
}

impl ServerCertVerifier for Recording {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let res = self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        if let Ok(mut seen) = self.seen.lock() {
            let mut chain = vec![end_entity.clone().into_owned()];
            // Bounded: a chain of 20 certificates is recorded as its first few.
            chain.extend(intermediates.iter().take(8).map(|c| c.clone().into_owned()));
            *seen = Some(Seen {
                chain,
                error: res.as_ref().err().cloned(),
            });
        }
        res
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }

    fn requires_raw_public_keys(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_cover_one_label() {
        assert!(dns_name_matches("*.example.jp", "imap.example.jp"));
        assert!(dns_name_matches("IMAP.example.jp.", "imap.EXAMPLE.jp"));
        assert!(!dns_name_matches("*.example.jp", "a.b.example.jp"));
        assert!(!dns_name_matches("*.example.jp", "example.jp"));
        assert!(!dns_name_matches("*.jp", "example.jp"));
        assert!(!dns_name_matches("mail.example.jp", "imap.example.jp"));
    }

    #[test]
    fn certificate_errors_map_to_kinds() {
        use rustls::Error::InvalidCertificate as I;
        assert_eq!(
            cert_failure(&I(CertificateError::UnknownIssuer)).kind,
            FailureKind::TlsUntrusted
        );
        assert_eq!(
            cert_failure(&I(CertificateError::NotValidForName)).kind,
            FailureKind::TlsHostnameMismatch
        );
        assert_eq!(
            cert_failure(&I(CertificateError::Expired)).kind,
            FailureKind::TlsExpired
        );
        assert_eq!(
            cert_failure(&rustls::Error::HandshakeNotComplete).kind,
            FailureKind::TlsHandshakeFailed
        );
    }
}
