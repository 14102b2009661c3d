//! The page the phone sees: one small-screen HTML page in Japanese or English, for iPhone Mail
//! or the Gmail app on Android, with every value to type and a copy button beside it. On iPhone
//! it offers the `.mobileconfig` first. Pure: it returns text.
//!
//! Escaping: every piece of text goes through `quick_xml::escape::escape` (already a
//! dependency for autoconfig), which replaces `& < > ' "`: enough for HTML text and for
//! attribute values in double quotes, which is the only way values are put in here.

use crate::export::ExportError;
use crate::guide::{self, ClientId, Guide, GuideInput};
use crate::model::{Lang, Report};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The two phone apps the page is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PhoneClient {
    Iphone,
    AndroidGmail,
}

impl PhoneClient {
    pub fn parse(s: &str) -> Option<PhoneClient> {
        match s {
            "iphone" => Some(PhoneClient::Iphone),
            "android-gmail" => Some(PhoneClient::AndroidGmail),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneClient::Iphone => "iphone",
            PhoneClient::AndroidGmail => "android-gmail",
        }
    }
    fn client(self) -> ClientId {
        match self {
            PhoneClient::Iphone => ClientId::Iphone,
            PhoneClient::AndroidGmail => ClientId::AndroidGmail,
        }
    }
    /// From a User-Agent: iPhone, iPad and iPod touch are iPhone Mail; Android is Gmail.
    pub fn from_user_agent(ua: &str) -> Option<PhoneClient> {
        if ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod") {
            Some(PhoneClient::Iphone)
        } else if ua.contains("Android") {
            Some(PhoneClient::AndroidGmail)
        } else {
            None
        }
    }
}

/// What one request asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PageRequest {
    /// `?lang=ja|en` (the switch link).
    pub lang: Option<Lang>,
    /// `?app=iphone|android-gmail` (the app links).
    pub app: Option<PhoneClient>,
    /// From `Accept-Language`.
    pub accept: Option<Lang>,
    /// From `User-Agent`.
    pub agent: Option<PhoneClient>,
}

impl PageRequest {
    pub fn new(query: &str, accept_language: &str, user_agent: &str) -> PageRequest {
        let mut r = PageRequest {
            accept: lang_from_accept(accept_language),
            agent: PhoneClient::from_user_agent(user_agent),
            ..Default::default()
        };
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            match (&*k, &*v) {
                ("lang", "ja") => r.lang = Some(Lang::Ja),
                ("lang", "en") => r.lang = Some(Lang::En),
                ("app", a) => r.app = PhoneClient::parse(a).or(r.app),
                _ => {}
            }
        }
        r
    }
}

/// The first of ja / en in the order of preference (q values honoured; `*` ignored).
pub fn lang_from_accept(h: &str) -> Option<Lang> {
    let mut best: Option<(f32, usize, Lang)> = None;
    for (i, part) in h.split(',').enumerate().take(32) {
        let mut it = part.split(';');
        let tag = it.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = it
            .find_map(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .map(|v| v.trim().parse::<f32>().ok())
            })
            .flatten()
            .unwrap_or(1.0);
        let lang = match tag.split('-').next() {
            Some("ja") => Lang::Ja,
            Some("en") => Lang::En,
            _ => continue,
        };
        if q <= 0.0 {
            continue;
        }
        // Higher q wins; equal q: the one named first.
        if best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
            best = Some((q, i, lang));
        }
    }
    best.map(|(_, _, l)| l)
}

/// Everything the page needs, fixed when the hand-off starts.
#[derive(Debug, Clone)]
pub struct PhonePage {
    report: Report,
    input: GuideInput,
    chosen: Option<PhoneClient>,
    default_lang: Lang,
    /// Why no profile could be made, when none could.
    profile_error: Option<ExportError>,
}

fn e(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

const CSS: &str = "*{box-sizing:border-box}body{margin:0;font-family:-apple-system,'Hiragino Sans','Noto Sans JP','Roboto','IPAPGothic',sans-serif;font-size:17px;line-height:1.6;color:#1d2330;background:#f4f6fa}
header{display:flex;justify-content:space-between;align-items:center;padding:.6em 1em;background:#24406e;color:#fff}header a{color:#fff;font-weight:600}
main{padding:0 1em 2em;max-width:40em;margin:0 auto}h1{font-size:1.35em;line-height:1.35;margin:.8em 0 .4em}h2{font-size:1.12em;margin:1.4em 0 .4em}h3{font-size:1em;margin:1em 0 .3em}
.card{background:#fff;border-radius:12px;padding:.8em 1em;margin:.8em 0;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.ok{color:#0a6b2d;font-weight:600}.warn{color:#8a4b00;font-weight:600}.small{font-size:.9em;color:#4a5263}
nav.apps{display:flex;gap:.5em;margin:.6em 0}nav.apps a{flex:1;text-align:center;padding:.5em;border:2px solid #24406e;border-radius:10px;color:#24406e;text-decoration:none;font-weight:600}nav.apps a[aria-current]{background:#24406e;color:#fff}
a.button{display:block;text-align:center;background:#1a73e8;color:#fff;padding:.8em;border-radius:12px;font-weight:700;text-decoration:none;font-size:1.05em}
ol.steps li{margin:.3em 0}dl{margin:0}.row{display:flex;align-items:center;gap:.5em;padding:.45em 0;border-top:1px solid #e3e7ef}.row:first-child{border-top:0}
.row dt{font-size:.85em;color:#4a5263}.row dd{margin:0;font-weight:600;word-break:break-all}.row .kv{flex:1;min-width:0}.row .why{font-size:.82em;color:#4a5263;font-weight:400}
button.copy{flex:none;font:inherit;font-size:.88em;padding:.45em .8em;border-radius:8px;border:1px solid #1a73e8;background:#fff;color:#1a73e8;min-width:5.2em}
.note{background:#fff7d6;border-left:4px solid #d4a400;padding:.5em .8em;border-radius:6px}.copyarea{position:fixed;top:0;left:0;opacity:0}";

/// Copy with the Clipboard API where the page is a secure context; plain `http://` on a LAN
/// is not one, so then the value is selected in a hidden field and copied with execCommand,
/// which iOS Safari and Chrome on Android still honour on a tap.
const SCRIPT: &str = "document.addEventListener('click',function(ev){var b=ev.target.closest('button[data-copy]');if(!b)return;var v=b.getAttribute('data-copy');
function shown(ok){b.textContent=b.getAttribute(ok?'data-done':'data-fail');setTimeout(function(){b.textContent=b.getAttribute('data-label')},1800)}
function fallback(){var t=document.createElement('textarea');t.value=v;t.setAttribute('readonly','');t.className='copyarea';document.body.appendChild(t);t.focus();t.select();t.setSelectionRange(0,v.length);var ok=false;try{ok=document.execCommand('copy')}catch(x){}document.body.removeChild(t);shown(ok)}
if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(v).then(function(){shown(true)},fallback)}else{fallback()}});";

impl PhonePage {
    pub fn new(
        report: &Report,
        input: GuideInput,
        chosen: Option<PhoneClient>,
        default_lang: Lang,
        profile_error: Option<&ExportError>,
    ) -> PhonePage {
        PhonePage {
            report: report.clone(),
            input,
            chosen,
            default_lang,
            profile_error: profile_error.cloned(),
        }
    }

    /// Which app and language this request gets.
    pub fn resolve(&self, req: &PageRequest) -> (PhoneClient, Lang) {
        let client = req
            .app
            .or(self.chosen)
            .or(req.agent)
            .unwrap_or(PhoneClient::Iphone);
        let lang = req.lang.or(req.accept).unwrap_or(self.default_lang);
        (client, lang)
    }

    /// The whole page. `nonce` is the CSP nonce of this response.
    pub fn html(&self, req: &PageRequest, left: Duration, nonce: &str) -> String {
        let (client, lang) = self.resolve(req);
        let other = match lang {
            Lang::Ja => "en",
            Lang::En => "ja",
        };
        let mut o = String::with_capacity(16 * 1024);
        o.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>{}</title>\n<style nonce=\"{nonce}\">{CSS}</style>\n</head>\n<body>\n",
            lang_code(lang),
            e(&crate::tr!(lang, "handoff-page-title"))
        ));
        o.push_str(&format!(
            "<header><span>✉ Tsunagu</span><a href=\"?lang={}&amp;app={}\" hreflang=\"{}\" lang=\"{}\" data-testid=\"lang\">{}</a></header>\n<main>\n",
            other,
            client.as_str(),
            other,
            other,
            crate::tr!(lang, "handoff-page-other-language")
        ));
        o.push_str(&self.situation_card(lang));
        o.push_str(&app_links(client, lang));
        match guide::build(client.client(), &self.input) {
            Ok(g) => {
                if client == PhoneClient::Iphone {
                    o.push_str(&self.profile_card(lang));
                }
                o.push_str(&guide_html(&g, lang));
            }
            Err(err) => o.push_str(&format!(
                "<p class=\"note\">{}</p>\n",
                e(err.message.get(lang))
            )),
        }
        let mins = left.as_secs().div_ceil(60);
        o.push_str(&format!(
            "<p class=\"small\">{}</p>\n<p class=\"small\">{}</p>\n</main>\n<script nonce=\"{nonce}\">{SCRIPT}</script>\n</body>\n</html>\n",
            e(&crate::tr!(lang, "handoff-page-no-password")),
            e(&crate::tr!(lang, "handoff-page-expires", minutes = mins)),
        ));
        o
    }

    fn situation_card(&self, lang: Lang) -> String {
        let r = &self.report;
        let title = crate::tr!(
            lang,
            "handoff-page-heading",
            situation = r.situation.as_str()
        );
        let provider = self
            .input
            .provider_name
            .as_ref()
            .map(|p| format!(" ({})", p.get(lang)))
            .unwrap_or_default();
        // Unverified values: the verdict and the guide's first notice already say so.
        let verified = if r.recommended.verified {
            format!(
                "<p class=\"ok\">{}</p>\n",
                e(&crate::tr!(lang, "handoff-page-verified"))
            )
        } else {
            String::new()
        };
        format!(
            "<h1>{}</h1>\n<section class=\"card\" data-testid=\"situation\">\n<p><strong>{}</strong>{}</p>\n<p class=\"small\">{}: {}</p>\n<p>{}</p>\n{verified}</section>\n",
            e(&title),
            e(&r.address),
            e(&provider),
            e(&crate::tr!(lang, "handoff-page-situation-label")),
            e(&crate::text::situation_name(r.situation, lang)),
            e(&crate::text::verdict(r, lang)),
        )
    }

    fn profile_card(&self, lang: Lang) -> String {
        if let Some(err) = &self.profile_error {
            return format!(
                "<section class=\"card\" data-testid=\"profile\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n</section>\n",
                e(&crate::tr!(lang, "handoff-profile-card.failed-title")),
                e(err.message.get(lang))
            );
        }
        format!(
            "<section class=\"card\" data-testid=\"profile\">\n<h2>{}</h2>\n<p><a class=\"button\" href=\"profile.mobileconfig\" data-testid=\"profile-download\">{}</a></p>\n<ol class=\"steps\">\n<li>{}</li>\n<li>{}</li>\n</ol>\n<p class=\"small\">{}</p>\n</section>\n",
            e(&crate::tr!(lang, "handoff-profile-card.title")),
            e(&crate::tr!(lang, "handoff-profile-card.button")),
            e(&crate::tr!(lang, "handoff-profile-card.step-download")),
            e(&crate::tr!(lang, "handoff-profile-card.step-install")),
            e(&crate::tr!(lang, "handoff-profile-card.by-hand")),
        )
    }
}

fn lang_code(l: Lang) -> &'static str {
    match l {
        Lang::Ja => "ja",
        Lang::En => "en",
    }
}

fn app_links(client: PhoneClient, lang: Lang) -> String {
    let link = |c: PhoneClient, name: &str| {
        let current = if c == client {
            " aria-current=\"page\""
        } else {
            ""
        };
        format!(
            "<a href=\"?app={}&amp;lang={}\"{current} data-testid=\"app-{}\">{}</a>",
            c.as_str(),
            lang_code(lang),
            c.as_str(),
            e(name)
        )
    };
    format!(
        "<nav class=\"apps\" aria-label=\"{}\">{}{}</nav>\n",
        e(&crate::tr!(lang, "handoff-page-apps-label")),
        link(PhoneClient::Iphone, "iPhone"),
        link(PhoneClient::AndroidGmail, "Android (Gmail)"),
    )
}

fn guide_html(g: &Guide, lang: Lang) -> String {
    let mut o = format!(
        "<section data-testid=\"guide\">\n<h2>{}</h2>\n",
        e(&crate::tr!(
            lang,
            "handoff-page-guide-heading",
            app = g.app.get(lang)
        ))
    );
    for n in &g.notices {
        o.push_str(&format!("<p class=\"note\">{}</p>\n", e(n.get(lang))));
    }
    for sc in &g.screens {
        o.push_str(&format!(
            "<section class=\"card\">\n<h3>{}</h3>\n",
            e(sc.title.get(lang))
        ));
        if let Some(open) = &sc.open {
            o.push_str(&format!("<p class=\"small\">{}</p>\n", e(open.get(lang))));
        }
        o.push_str("<dl>\n");
        for f in &sc.fields {
            o.push_str(&field_html(f, lang));
        }
        o.push_str("</dl>\n");
        if let Some(then) = &sc.then {
            o.push_str(&format!("<p class=\"small\">{}</p>\n", e(then.get(lang))));
        }
        o.push_str("</section>\n");
    }
    o.push_str("</section>\n");
    o
}

fn field_html(f: &guide::Field, lang: Lang) -> String {
    let value = f.value.get(lang);
    let why: Vec<&str> = [f.why.as_ref(), f.note.as_ref()]
        .into_iter()
        .flatten()
        .map(|t| t.get(lang))
        .collect();
    let why = if why.is_empty() {
        String::new()
    } else {
        format!("<dd class=\"why\">{}</dd>", e(&why.join(" ")))
    };
    let copy = if crate::guide::is_copyable(f.id, value) {
        let label = crate::tr!(lang, "handoff-copy");
        format!(
            "<button type=\"button\" class=\"copy\" data-copy=\"{}\" data-label=\"{}\" data-done=\"{}\" data-fail=\"{}\" aria-label=\"{}\">{}</button>",
            e(value),
            e(&label),
            e(&crate::tr!(lang, "handoff-copy.done")),
            e(&crate::tr!(lang, "handoff-copy.failed")),
            e(&crate::tr!(lang, "handoff-copy.aria-label", field = f.label.get(lang))),
            e(&label),
        )
    } else {
        String::new()
    };
    format!(
        "<div class=\"row\"><div class=\"kv\"><dt>{}</dt><dd>{}</dd>{why}</div>{copy}</div>\n",
        e(f.label.get(lang)),
        e(value),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_ja_or_en() {
        assert_eq!(lang_from_accept("ja-JP,ja;q=0.9,en;q=0.8"), Some(Lang::Ja));
        assert_eq!(lang_from_accept("en-US,en;q=0.9,ja;q=0.5"), Some(Lang::En));
        assert_eq!(
            lang_from_accept("fr-FR, en;q=0.3, ja;q=0.7"),
            Some(Lang::Ja)
        );
        assert_eq!(lang_from_accept("de, *;q=0.1"), None);
        assert_eq!(lang_from_accept("ja;q=0, en"), Some(Lang::En));
        assert_eq!(lang_from_accept(""), None);
    }

    #[test]
    fn user_agent_picks_the_app() {
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        let android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
        assert_eq!(
            PhoneClient::from_user_agent(iphone),
            Some(PhoneClient::Iphone)
        );
        assert_eq!(
            PhoneClient::from_user_agent(android),
            Some(PhoneClient::AndroidGmail)
        );
        assert_eq!(PhoneClient::from_user_agent("curl/8.0"), None);
    }

    #[test]
    fn query_overrides() {
        let r = PageRequest::new("lang=en&app=android-gmail", "ja", "iPhone");
        assert_eq!(r.lang, Some(Lang::En));
        assert_eq!(r.app, Some(PhoneClient::AndroidGmail));
        let r = PageRequest::new("lang=xx&app=<script>", "", "");
        assert_eq!((r.lang, r.app), (None, None));
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            e("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
        );
    }
}
