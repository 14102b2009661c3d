//! The desktop shell: Tauri commands over the engine, and nothing else.
//!
//! Every decision about mail lives in the `tsunagu` crate. The commands here only move data
//! between the window and the engine, and do what a page may not do itself: open a save
//! dialog, use the clipboard, open a provider's page, and use the operating system's keychain.
//! The page gets no plugin permissions at all (see `capabilities/default.json`); dialogs,
//! clipboard and opener are driven from Rust, so the page can only ask for what these
//! commands allow (e.g. it can open a provider URL by naming the page, never by passing a URL).

pub mod api;
pub mod demo;
// hand-off to the phone (issue 14)
pub mod handoff;
pub mod keychain;

use api::*;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;
use tauri::ipc::Channel;
use tauri::{Manager, State};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use tsunagu::engine::{self, EngineError, Options, Request};
use tsunagu::model::{Event, Lang, Protocol, Report};
use tsunagu::secret::Password;
use tsunagu::situation::Questions;

/// How the engine is run, fixed at start-up from the command line (`--config`, `--ca-file`,
/// `--demo`); the page cannot change it.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    pub config_file: Option<PathBuf>,
    pub ca_file: Option<PathBuf>,
    pub timeout_secs: Option<u64>,
    pub demo: Option<DemoInfo>,
    /// Demo mode: the servers of the "port 25 blocked" practice case.
    pub demo_port25_config: Option<PathBuf>,
    /// Where `save_export` writes without a dialog (tests only: `--save-dir`).
    pub save_dir: Option<PathBuf>,
    /// Where the phone hand-off listens (tests only: `--handoff-bind 127.0.0.1`).
    pub handoff_bind: Option<std::net::IpAddr>,
}

impl Launch {
    /// Parses the app's own arguments. Unknown arguments are an error with a usage text.
    pub fn from_args(args: &[String]) -> Result<(Launch, bool), String> {
        let mut l = Launch::default();
        let mut demo = false;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value = |name: &str| {
                it.next()
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value\n\n{}", usage()))
            };
            match a.as_str() {
                "--demo" => demo = true,
                "--config" => l.config_file = Some(PathBuf::from(value("--config")?)),
                "--ca-file" => l.ca_file = Some(PathBuf::from(value("--ca-file")?)),
                "--save-dir" => l.save_dir = Some(PathBuf::from(value("--save-dir")?)),
                "--handoff-bind" => {
                    let v = value("--handoff-bind")?;
                    l.handoff_bind = Some(
                        v.parse()
                            .map_err(|_| format!("--handoff-bind: {v} is not an IP address"))?,
                    )
                }
                "--timeout" => {
                    let v = value("--timeout")?;
                    let secs: u64 = v
                        .parse()
                        .ok()
                        .filter(|s| (1..=300).contains(s))
                        .ok_or_else(|| format!("--timeout: {v} is not 1..300 seconds"))?;
                    l.timeout_secs = Some(secs)
                }
                "-h" | "--help" => return Err(usage()),
                // WebKitWebDriver and the desktop launcher may add their own arguments.
                other if other.starts_with("--automation") => {}
                other => return Err(format!("unknown argument: {other}\n\n{}", usage())),
            }
        }
        Ok((l, demo))
    }

    fn options(&self, lang: Lang) -> Options {
        let mut o = Options {
            lang,
            config_file: self.config_file.clone(),
            ca_file: self.ca_file.clone(),
            ..Options::default()
        };
        if let Some(s) = self.timeout_secs {
            o.timeout = Duration::from_secs(s);
        }
        o
    }
}

pub fn usage() -> String {
    "tsunagu-app — the Tsunagu desktop wizard\n\n\
     usage: tsunagu-app [--demo] [--config AUTOCONFIG.xml] [--ca-file CA.pem] [--timeout SECS]\n\n\
     \x20 --demo       start the local test mail servers (tests/peers/up.sh) and try the wizard on them\n\
     \x20 --config     check the servers of a Thunderbird autoconfig file instead of looking them up\n\
     \x20 --ca-file    trust this extra root certificate (PEM) as well as the system's\n\
     \x20 --timeout    overall deadline of one check in seconds (default 20)\n\n\
     Without a display, use the command line instead: tsunagu diagnose --help\n"
        .to_string()
}

/// The diagnosis that is running, so that `cancel_diagnosis` can stop it.
#[derive(Default)]
struct Running {
    current: Mutex<Option<(u64, tokio::task::AbortHandle)>>,
    next_id: Mutex<u64>,
}

fn lang_or_default(lang: Option<Lang>) -> Lang {
    lang.unwrap_or_default()
}

#[tauri::command]
fn app_info(launch: State<'_, Launch>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        demo: launch.demo.clone(),
        custom_config: launch.config_file.is_some(),
        clients: CLIENT_ORDER.to_vec(),
    }
}

#[tauri::command]
fn check_address(address: String, lang: Option<Lang>) -> AddressCheck {
    api::check_address(&address, lang_or_default(lang))
}

#[tauri::command]
async fn start_diagnosis(
    args: DiagnoseArgs,
    on_event: Channel<Event>,
    launch: State<'_, Launch>,
    running: State<'_, Running>,
) -> Result<Report, AppError> {
    let lang = lang_or_default(args.lang);
    let mut opts = launch.options(lang);
    if launch.demo.is_some() && args.demo_case.as_deref() == Some("port25") {
        opts.config_file = launch.demo_port25_config.clone();
    }
    let req = Request {
        address: args.address,
        password: Some(args.password).filter(|p| !p.is_empty()),
        username: None,
        situation: args.situation,
    };
    let sink: tsunagu::probe::EventSink = std::sync::Arc::new(move |e: Event| {
        // The window may have gone away; the diagnosis still finishes cleanly.
        let _ = on_event.send(e);
    });
    let task = tokio::spawn(async move { engine::run(req, &opts, sink).await });
    let id = {
        let mut n = running.next_id.lock().unwrap_or_else(|e| e.into_inner());
        *n += 1;
        *n
    };
    {
        let mut cur = running.current.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, old)) = cur.take() {
            old.abort();
        }
        *cur = Some((id, task.abort_handle()));
    }
    let result = task.await;
    {
        let mut cur = running.current.lock().unwrap_or_else(|e| e.into_inner());
        if matches!(&*cur, Some((cid, _)) if *cid == id) {
            *cur = None;
        }
    }
    match result {
        Ok(Ok(report)) => Ok(report),
        Ok(Err(EngineError::Input(e))) => Err(AppError::input(e.message)),
        Ok(Err(EngineError::Usage(m))) => Err(AppError::new(AppErrorKind::Setup, m)),
        Err(e) if e.is_cancelled() => Err(AppError::new(
            AppErrorKind::Cancelled,
            tsunagu::tr!(lang, "app-cancelled"),
        )),
        Err(e) => Err(AppError::new(AppErrorKind::Internal, e.to_string())),
    }
}

#[tauri::command]
fn cancel_diagnosis(running: State<'_, Running>) -> bool {
    let mut cur = running.current.lock().unwrap_or_else(|e| e.into_inner());
    match cur.take() {
        Some((_, h)) => {
            h.abort();
            true
        }
        None => false,
    }
}

#[tauri::command]
fn guide(
    report: Report,
    client: ClientId,
    protocol: Option<Protocol>,
    lang: Option<Lang>,
) -> ClientGuide {
    api::guide_for(&report, client, protocol, lang_or_default(lang))
}

/// The report's words in another language (the result screen's language switch).
#[tauri::command]
fn relang_report(report: Report, lang: Lang) -> Report {
    api::relang_report(&report, lang)
}

/// POP or IMAP from the three questions (the engine decides; the window shows the sentence).
#[tauri::command]
fn advise_protocol(address: String, questions: Questions, lang: Option<Lang>) -> ProtocolChoice {
    api::advise_protocol(&address, &questions, lang_or_default(lang))
}

/// The fields of the app's current settings that differ from the guide's.
#[tauri::command]
fn compare_with_app(
    report: Report,
    client: ClientId,
    protocol: Option<Protocol>,
    now: AppNow,
    lang: Option<Lang>,
) -> AppCompare {
    api::compare_with_app(&report, client, protocol, &now, lang_or_default(lang))
}

/// Reads the tab's app's settings from this computer (read-only, never a password) and
/// compares them with the guide's (issue 15).
#[tauri::command]
async fn read_current_settings(
    report: Report,
    client: ClientId,
    protocol: Option<Protocol>,
    lang: Option<Lang>,
) -> api::CurrentRead {
    let scan = tauri::async_runtime::spawn_blocking(|| {
        tsunagu::current::scan(&tsunagu::current::ScanOptions::default())
    })
    .await
    .unwrap_or_default();
    api::read_current(&report, client, protocol, &scan, lang_or_default(lang))
}

/// Set while a save dialog is open (see `save_export`).
static DIALOG_OPEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

struct DialogGuard;

impl DialogGuard {
    fn take() -> Option<DialogGuard> {
        use std::sync::atomic::Ordering;
        DIALOG_OPEN
            .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
            .ok()
            .map(|_| DialogGuard)
    }
}

impl Drop for DialogGuard {
    fn drop(&mut self) {
        DIALOG_OPEN.store(false, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Builds an export from the report and saves it where the person chooses.
/// Returns the path written, or None when they closed the dialog.
#[tauri::command]
async fn save_export(
    app: tauri::AppHandle,
    report: Report,
    kind: ExportKind,
    lang: Option<Lang>,
    launch: State<'_, Launch>,
) -> Result<Option<String>, AppError> {
    let file = api::build_export(&report, kind, lang_or_default(lang))
        .map_err(|m| AppError::new(AppErrorKind::Internal, m))?;
    let path: Option<PathBuf> = match &launch.save_dir {
        Some(dir) => Some(dir.join(&file.file_name)),
        None => {
            // One save dialog at a time: a second press while it is open does nothing.
            let Some(_open) = DialogGuard::take() else {
                return Ok(None);
            };
            let (tx, rx) = tokio::sync::oneshot::channel();
            let mut dialog = app
                .dialog()
                .file()
                .set_file_name(&file.file_name)
                .add_filter(&file.filter_name, &[file.extension.as_str()]);
            let docs = app.path().document_dir().ok();
            let home = app.path().home_dir().ok();
            if let Some(dir) = api::default_save_dir(docs, home) {
                dialog = dialog.set_directory(dir);
            }
            dialog.save_file(move |p| {
                let _ = tx.send(p);
            });
            rx.await.ok().flatten().and_then(|p| p.into_path().ok())
        }
    };
    let Some(path) = path else { return Ok(None) };
    std::fs::write(&path, file.contents.as_bytes())
        .map_err(|e| AppError::new(AppErrorKind::Io, format!("{}: {e}", path.display())))?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
fn copy_text(app: tauri::AppHandle, text: String) -> Result<(), AppError> {
    app.clipboard()
        .write_text(text)
        .map_err(|e| AppError::new(AppErrorKind::Io, e.to_string()))
}

/// Opens one of the provider's own pages. The page names which one; the URL itself comes from
/// the bundled provider data, so nothing else can be opened from the window.
#[tauri::command]
fn open_provider_page(
    app: tauri::AppHandle,
    address: String,
    page: ProviderPage,
    lang: Option<Lang>,
) -> Result<(), AppError> {
    // The window does not say its language here yet (ui/src/ipc.ts): English then, as before.
    let lang = lang.unwrap_or(Lang::En);
    let url = api::provider_page_url(&address, page).ok_or_else(|| {
        AppError::new(
            AppErrorKind::NotFound,
            tsunagu::tr!(lang, "app-no-such-page"),
        )
    })?;
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|e| AppError::new(AppErrorKind::Io, e.to_string()))
}

#[tauri::command]
fn remember_password(address: String, password: Password) -> Result<(), AppError> {
    keychain::store(&address, &password).map_err(|e| AppError::new(AppErrorKind::Keychain, e))
}

#[tauri::command]
fn recall_password(address: String) -> Result<Option<String>, AppError> {
    keychain::read(&address)
        .map(|p| p.map(|p| p.expose().to_string()))
        .map_err(|e| AppError::new(AppErrorKind::Keychain, e))
}

#[tauri::command]
fn forget_password(address: String) -> Result<bool, AppError> {
    keychain::delete(&address).map_err(|e| AppError::new(AppErrorKind::Keychain, e))
}

/// Starts the app. `--help` and bad arguments print the usage and exit.
pub fn run() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut launch, demo) = match Launch::from_args(&args) {
        Ok(x) => x,
        Err(msg) => {
            let help = args.iter().any(|a| a == "-h" || a == "--help");
            if help {
                print!("{msg}");
                std::process::exit(0);
            }
            eprint!("{msg}");
            std::process::exit(2);
        }
    };
    let mut started: Option<demo::Demo> = None;
    if demo {
        match demo::start() {
            Ok(d) => {
                launch.config_file = Some(d.config_file.clone());
                launch.demo_port25_config = Some(d.port25_config_file.clone());
                launch.ca_file = d.ca_file.clone();
                launch.demo = Some(d.info.clone());
                started = Some(d);
            }
            Err(e) => {
                eprintln!("demo mode: {e}");
                std::process::exit(3);
            }
        }
    }
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_opener::init())
        .manage(handoff::HandoffState::new(launch.handoff_bind))
        .manage(launch)
        .manage(Running::default())
        .setup(|app| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.set_focus();
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            app_info,
            check_address,
            start_diagnosis,
            cancel_diagnosis,
            guide,
            relang_report,
            advise_protocol,
            compare_with_app,
            read_current_settings,
            save_export,
            copy_text,
            open_provider_page,
            remember_password,
            recall_password,
            forget_password,
            handoff::handoff_start,
            handoff::handoff_stop,
            handoff::handoff_status,
        ])
        .build(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("tsunagu-app could not start: {e}");
            eprint!("{}", usage());
            std::process::exit(3);
        })
        .run(move |_, event| {
            // Closing the window stops the demo's mail servers (they were started for it).
            if let tauri::RunEvent::Exit = event {
                if let Some(d) = started.take() {
                    demo::stop(&d);
                }
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_launch_arguments() {
        let (l, demo) =
            Launch::from_args(&args(&["--config", "a.xml", "--ca-file", "ca.pem"])).unwrap();
        assert!(!demo);
        assert_eq!(l.config_file, Some(PathBuf::from("a.xml")));
        assert_eq!(l.ca_file, Some(PathBuf::from("ca.pem")));
        let (_, demo) = Launch::from_args(&args(&["--demo"])).unwrap();
        assert!(demo);
        assert!(Launch::from_args(&args(&["--config"])).is_err());
        assert!(Launch::from_args(&args(&["--timeout", "0"])).is_err());
        assert!(Launch::from_args(&args(&["--bogus"]))
            .unwrap_err()
            .contains("usage"));
    }
}
