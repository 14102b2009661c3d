//! Turning what we know (config file, bundled provider, discovery, nothing) into an ordered,
//! bounded list of candidates to probe. Owner: providers work.

use crate::input::Account;
use crate::model::Candidate;

/// Guesses for a domain nobody knows: imap./pop./mail./smtp./bare domain on the usual ports.
pub fn guesses(account: &Account) -> Vec<Candidate> {
    let _ = account;
    Vec::new()
}
