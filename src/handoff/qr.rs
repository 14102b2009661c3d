//! The QR code of the hand-off URL (the `qrcode` crate does the encoding): an SVG image for
//! the wizard and block characters for a terminal.

use qrcode::render::{svg, unicode};
use qrcode::{EcLevel, QrCode};

/// Medium error correction: readable from a screen at an angle, still small for a short URL.
fn code(url: &str) -> Option<QrCode> {
    QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()
}

/// An SVG document (without the XML declaration, so it can also sit inside HTML).
/// Empty if the text cannot be encoded (it is always a short URL here).
pub fn svg(url: &str) -> String {
    let Some(c) = code(url) else {
        return String::new();
    };
    let s = c
        .render::<svg::Color>()
        .min_dimensions(264, 264)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build();
    match s.find("<svg") {
        Some(i) => s[i..].to_string(),
        None => s,
    }
}

/// Two rows of modules per line of text, dark on light whatever the terminal's colours are
/// (the codes are drawn with inverse video off: light modules are full blocks).
pub fn terminal(url: &str) -> String {
    let Some(c) = code(url) else {
        return String::new();
    };
    // A phone reads dark modules on a light ground; terminals are often light-on-dark, so the
    // light modules are drawn as blocks and the dark ones as spaces.
    let mut s = c
        .render::<unicode::Dense1x2>()
        .dark_color(unicode::Dense1x2::Light)
        .light_color(unicode::Dense1x2::Dark)
        .quiet_zone(true)
        .build();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_and_terminal_render() {
        let url = "http://192.168.1.20:50123/t/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/";
        let s = svg(url);
        assert!(s.starts_with("<svg") && s.ends_with("</svg>"), "{s}");
        assert!(s.contains("<path"));
        let t = terminal(url);
        assert!(t.lines().count() > 15);
        assert!(t.contains('█'));
    }
}
