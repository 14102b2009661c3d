//! Tsunagu: the engine that finds, verifies and explains ISP e-mail settings.
//!
//! Data flows one way (see `../shared/DESIGN.md`):
//! `input` → `provider`/`discover` → `candidates` → `probe` → `diagnose` → `guide`/`export`.
//! Only `discover` and `probe` do I/O; everything else is pure.

pub mod autoconfig;
pub mod candidates;
pub mod catalogue;
pub mod cli_lookup;
pub mod diagnose;
pub mod discover;
pub mod dns;
pub mod engine;
pub mod eyeballs;
pub mod http;
pub mod input;
pub mod legacy;
pub mod model;
pub mod netcheck;
pub mod probe;
pub mod provider;
pub mod relang;
pub mod secret;
pub mod text;
pub mod wording;

// guides work (issue 4)
pub mod compare;
pub mod current;
pub mod export;
pub mod guide;
// hand-off to the phone (issue 14)
pub mod handoff;
pub mod situation;

pub use model::*;
