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
    tsunagu_app::run()
}
