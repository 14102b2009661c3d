//! Finding settings for an address: --config, bundled data, autoconfig, ISPDB, MX, SRV, guesses.
//! Owner: providers work.

use crate::dns::Resolver;
use crate::input::Account;
use crate::model::{Candidate, ProviderRef};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct DiscoverOptions {
    pub offline: bool,
    /// A clientConfig 1.1 XML file given with --config.
    pub config_file: Option<PathBuf>,
    pub resolver: Arc<Resolver>,
    /// Extra trusted root(s) for HTTPS fetches (tests: the test CA).
    pub ca_file: Option<PathBuf>,
    pub timeout: Duration,
}

/// What lookup found: the provider (if any), the candidates to probe, and how.
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    pub provider: Option<ProviderRef>,
    pub candidates: Vec<Candidate>,
}

#[derive(Debug, Clone)]
pub struct DiscoverError {
    pub message: String,
}

pub async fn lookup(account: &Account, opts: &DiscoverOptions) -> Result<Lookup, DiscoverError> {
    let _ = opts;
    Ok(Lookup {
        provider: None,
        candidates: crate::candidates::guesses(account),
    })
}
