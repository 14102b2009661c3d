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

    const TITLE: &str = "つなぐ Tsunagu";
    const TEXT: &str = "「つなぐ」の画面を表示するには、Microsoft Edge WebView2 ランタイムが必要ですが、\
このパソコンには入っていません。\n\n\
Windows 11 と、更新された Windows 10 には最初から入っています。Windows Update を実行するか、\
Microsoft の WebView2 ランタイムのページ（「WebView2 ランタイム ダウンロード」で検索できます）から\
「エバーグリーン スタンドアロン インストーラー」を入れてから、もう一度「つなぐ」を起動してください。\n\n\
Tsunagu needs the Microsoft Edge WebView2 Runtime to show its window, and it is not installed \
on this PC.\n\n\
It comes with Windows 11 and updated Windows 10. Run Windows Update, or install the \
\"Evergreen Standalone Installer\" from Microsoft's WebView2 Runtime page (search for \
\"WebView2 Runtime download\"), then start Tsunagu again.";

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
        eprintln!("WebView2 runtime missing / WebView2 ランタイムがありません");
        let (text, title) = (wide(TEXT), wide(TITLE));
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
