//! Name resolution, configurable so tests can point it at a DNS server on loopback.
//! Owner: providers/discovery work (extends with MX and SRV via hickory).

use std::net::{IpAddr, SocketAddr};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsError {
    /// The name does not exist (NXDOMAIN) or has no address.
    NotFound,
    Timeout,
    Other(String),
}

/// Resolves host names. `system()` uses the operating system's resolver;
/// `with_nameserver` asks one DNS server directly (tests: a server on 127.0.0.1).
#[derive(Debug, Clone, Default)]
pub struct Resolver {
    nameserver: Option<SocketAddr>,
}

impl Resolver {
    pub fn system() -> Self {
        Resolver { nameserver: None }
    }
    pub fn with_nameserver(addr: SocketAddr) -> Self {
        Resolver {
            nameserver: Some(addr),
        }
    }
    pub fn nameserver(&self) -> Option<SocketAddr> {
        self.nameserver
    }
    /// Addresses for `host`. IP literals are returned as they are.
    pub async fn lookup_ip(&self, host: &str) -> Result<Vec<IpAddr>, DnsError> {
        if let Ok(ip) = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
        {
            return Ok(vec![ip]);
        }
        match tokio::net::lookup_host((host, 0)).await {
            Ok(it) => {
                let v: Vec<IpAddr> = it.map(|a| a.ip()).collect();
                if v.is_empty() {
                    Err(DnsError::NotFound)
                } else {
                    Ok(v)
                }
            }
            Err(e) => {
                let s = e.to_string();
                if s.contains("not known") || s.contains("No address") || s.contains("not found") {
                    Err(DnsError::NotFound)
                } else {
                    Err(DnsError::Other(s))
                }
            }
        }
    }
}
