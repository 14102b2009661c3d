// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Read the local UTC offset while the process still has one thread (report times).
    tsunagu::wording::remember_local_offset();
    // WebKitGTK's accelerated compositing costs about 90 MiB of memory under software rendering
    // and buys nothing for a few static screens (docs/performance.md). Only when not set.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    #[cfg(windows)]
    webview2::require_or_exit();
    tsunagu_app::run()
}

/// The window is drawn by the Microsoft Edge WebView2 runtime. Without it Tauri would show its
/// own English-only dialog; this says in Japanese first what to do, before Tauri starts.
#[cfg(windows)]
mod webview2 {
    use windows_sys::Win32::UI::WindowsAndMessaging::{MessageBoxW, MB_ICONWARNING, MB_OK};

    use tsunagu::model::Lang;

    /// The product names in the message (values, not words).
    const WEBVIEW2: &str = "WebView2";

    /// The message box's text: Japanese first, then English (the catalogue's ui.ftl).
    fn text() -> String {
        let para = |lang: Lang| {
            format!(
                "{}\n\n{}",
                tsunagu::tr!(lang, "app-webview2-missing", webview2 = WEBVIEW2),
                tsunagu::tr!(
                    lang,
                    "app-webview2-missing.what-to-do",
                    webview2 = WEBVIEW2,
                    windows_11 = "Windows 11",
                    windows_10 = "Windows 10",
                    windows_update = "Windows Update"
                )
            )
        };
        format!("{}\n\n{}", para(Lang::Ja), para(Lang::En))
    }

    fn wide(s: &str) -> Vec<u16> {
        s.encode_utf16().chain(std::iter::once(0)).collect()
    }

    /// Returns when the runtime answers with a version; otherwise explains and exits with 3.
    pub fn require_or_exit() {
        if let Ok(v) = tauri::webview_version() {
            if !v.trim().is_empty() {
                return;
            }
        }
        // Also on stderr, for a console or a test; without a console this goes nowhere.
        eprintln!(
            "{} / {}",
            tsunagu::tr!(Lang::En, "app-webview2-missing.short", webview2 = WEBVIEW2),
            tsunagu::tr!(Lang::Ja, "app-webview2-missing.short", webview2 = WEBVIEW2)
        );
        let title = tsunagu::tr!(Lang::Ja, "app-webview2-missing.title");
        let (text, title) = (wide(&text()), wide(&title));
        // SAFETY: both strings are NUL-terminated UTF-16 that live across the call; no owner.
        unsafe {
            MessageBoxW(
                std::ptr::null_mut(),
                text.as_ptr(),
                title.as_ptr(),
                MB_OK | MB_ICONWARNING,
            );
        }
        std::process::exit(3);
    }
}
