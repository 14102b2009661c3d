//! Hand-off to the phone (issue 14): the wizard's start / stop / status commands over
//! `tsunagu::handoff`. One hand-off at a time; starting a new one stops the old one, and so does
//! leaving the result screen (the window calls `handoff_stop`).

use serde::{Deserialize, Serialize};
use std::net::IpAddr;
use std::sync::Mutex;
use tauri::State;
use tsunagu::guide::ClientId;
use tsunagu::handoff::{self, Handoff, HandoffErrorKind, HandoffOptions, PhoneClient, StopReason};
use tsunagu::model::{Lang, Protocol, Report};

/// What the window shows of a hand-off.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoffView {
    pub active: bool,
    /// The URL the QR code encodes, written out for typing.
    pub url: String,
    /// The QR code as an SVG document.
    pub qr_svg: String,
    pub seconds_left: u64,
    pub requests: u32,
    pub max_requests: u32,
    /// Why it ended: "stopped", "expired" or "request_cap".
    pub stopped: Option<String>,
}

/// Why a hand-off could not start.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoffProblem {
    /// True when this computer has no LAN address (the phone cannot reach it at all).
    pub no_lan: bool,
    pub message: String,
}

/// The answer to `handoff_start`: a running hand-off, or why not.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoffStart {
    pub view: Option<HandoffView>,
    pub problem: Option<HandoffProblem>,
}

/// The running hand-off and where it listens (`--handoff-bind` in tests: loopback).
#[derive(Default)]
pub struct HandoffState {
    pub bind: Option<IpAddr>,
    current: Mutex<Option<Handoff>>,
}

impl HandoffState {
    pub fn new(bind: Option<IpAddr>) -> HandoffState {
        HandoffState {
            bind,
            current: Mutex::new(None),
        }
    }
}

fn stop_reason(r: StopReason) -> String {
    match r {
        StopReason::Stopped => "stopped",
        StopReason::Expired => "expired",
        StopReason::RequestCap => "request_cap",
    }
    .to_string()
}

fn view(h: &Handoff) -> HandoffView {
    let s = h.status();
    HandoffView {
        active: s.active,
        url: s.url,
        qr_svg: h.qr_svg(),
        seconds_left: s.seconds_left,
        requests: s.requests,
        max_requests: s.max_requests,
        stopped: s.stopped.map(stop_reason),
    }
}

/// The phone app the page should show first: the one the person chose, when they chose
/// exactly one of the two; otherwise the phone's browser decides.
pub fn phone_client(chosen: &[ClientId]) -> Option<PhoneClient> {
    let iphone = chosen.contains(&ClientId::Iphone);
    let android = chosen.contains(&ClientId::AndroidGmail);
    match (iphone, android) {
        (true, false) => Some(PhoneClient::Iphone),
        (false, true) => Some(PhoneClient::AndroidGmail),
        _ => None,
    }
}

#[tauri::command]
pub async fn handoff_start(
    report: Report,
    clients: Vec<ClientId>,
    protocol: Option<Protocol>,
    lang: Option<Lang>,
    state: State<'_, HandoffState>,
) -> Result<HandoffStart, crate::api::AppError> {
    let lang = lang.unwrap_or_default();
    // One at a time: the old URL stops working before a new one is made.
    if let Some(old) = state
        .current
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
    {
        old.stop();
    }
    let opts = HandoffOptions {
        bind: state.bind,
        client: phone_client(&clients),
        protocol,
        lang,
        ..Default::default()
    };
    match handoff::start(&report, opts).await {
        Ok(h) => {
            let v = view(&h);
            *state.current.lock().unwrap_or_else(|e| e.into_inner()) = Some(h);
            Ok(HandoffStart {
                view: Some(v),
                problem: None,
            })
        }
        Err(e) => Ok(HandoffStart {
            view: None,
            problem: Some(HandoffProblem {
                no_lan: e.kind == HandoffErrorKind::NoLanAddress,
                message: e.message.get(lang).to_string(),
            }),
        }),
    }
}

/// Stops the hand-off; true when one was running.
#[tauri::command]
pub fn handoff_stop(state: State<'_, HandoffState>) -> bool {
    match state
        .current
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
    {
        Some(h) => {
            let was = h.is_active();
            h.stop();
            was
        }
        None => false,
    }
}

/// The hand-off's state now (None when none was started or it was stopped).
#[tauri::command]
pub fn handoff_status(state: State<'_, HandoffState>) -> Option<HandoffView> {
    state
        .current
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_ref()
        .map(view)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_phone_app_decides_when_there_is_one() {
        assert_eq!(
            phone_client(&[ClientId::Iphone, ClientId::Thunderbird]),
            Some(PhoneClient::Iphone)
        );
        assert_eq!(
            phone_client(&[ClientId::AndroidGmail]),
            Some(PhoneClient::AndroidGmail)
        );
        assert_eq!(
            phone_client(&[ClientId::Iphone, ClientId::AndroidGmail]),
            None
        );
        assert_eq!(phone_client(&[ClientId::OutlookNew]), None);
    }
}
