//! Apple configuration profile (`.mobileconfig`) with one `com.apple.mail.managed` payload, for
//! one-tap setup on iPhone, iPad and Mac. Keys follow Apple's device-management reference
//! (TopLevel, com.apple.mail.managed). No password is put inside: the device asks for it while
//! installing (`OutgoingPasswordSameAsIncomingPassword` makes it ask once).

use super::ExportError;
use crate::guide::{fit_ssl_switch, GuideInput};
use crate::model::{Authentication, Lang, Protocol, Security, ServerSettings};
use serde::{Deserialize, Serialize};

/// Which devices may install the profile (`TargetDeviceType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetDevice {
    /// Any Apple device that has Mail (0).
    Any,
    /// iPhone and iPad (1).
    #[default]
    IphoneIpad,
    /// Mac (5).
    Mac,
}

impl TargetDevice {
    pub fn code(self) -> i64 {
        match self {
            TargetDevice::Any => 0,
            TargetDevice::IphoneIpad => 1,
            TargetDevice::Mac => 5,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MobileconfigOptions {
    pub target: TargetDevice,
}

enum V {
    S(String),
    I(i64),
    B(bool),
    A(Vec<V>),
    D(Vec<(&'static str, V)>),
}

fn s(x: impl Into<String>) -> V {
    V::S(x.into())
}

fn esc(x: &str) -> String {
    let mut o = String::with_capacity(x.len());
    for c in x.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => o.push(c),
        }
    }
    o
}

fn write(v: &V, depth: usize, out: &mut String) {
    let pad = "\t".repeat(depth);
    match v {
        V::S(x) => out.push_str(&format!("{pad}<string>{}</string>\n", esc(x))),
        V::I(i) => out.push_str(&format!("{pad}<integer>{i}</integer>\n")),
        V::B(b) => out.push_str(&format!("{pad}<{}/>\n", if *b { "true" } else { "false" })),
        V::A(items) => {
            out.push_str(&format!("{pad}<array>\n"));
            for i in items {
                write(i, depth + 1, out);
            }
            out.push_str(&format!("{pad}</array>\n"));
        }
        V::D(kv) => {
            out.push_str(&format!("{pad}<dict>\n"));
            for (k, v) in kv {
                out.push_str(&format!("{pad}\t<key>{}</key>\n", esc(k)));
                write(v, depth + 1, out);
            }
            out.push_str(&format!("{pad}</dict>\n"));
        }
    }
}

/// Deterministic UUID from text (FNV-1a, two seeds), so the same account gives the same
/// profile and golden files stay stable. Version nibble 8 (custom), RFC 4122 variant.
fn uuid_from(text: &str) -> String {
    fn fnv(seed: u64, b: &[u8]) -> u64 {
        let mut h = seed;
        for x in b {
            h ^= *x as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h
    }
    let hi = fnv(0xcbf2_9ce4_8422_2325, text.as_bytes());
    let lo = fnv(0x8422_2325_cbf2_9ce4, text.as_bytes()) ^ hi.rotate_left(17);
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&hi.to_be_bytes());
    b[8..].copy_from_slice(&lo.to_be_bytes());
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02X}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

fn ident_part(x: &str) -> String {
    x.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

fn auth_key(a: Authentication, outgoing: bool) -> Result<&'static str, ExportError> {
    match a {
        Authentication::PasswordCleartext => Ok("EmailAuthPassword"),
        Authentication::PasswordEncrypted => Ok("EmailAuthCRAMMD5"),
        Authentication::None => Ok("EmailAuthNone"),
        Authentication::ClientIpAddress | Authentication::SmtpAfterPop if outgoing => {
            Ok("EmailAuthNone")
        }
        _ => Err(ExportError {
            message: crate::ltr!("profile-error-auth"),
        }),
    }
}

fn refuse_plain(s: &ServerSettings) -> Result<(), ExportError> {
    if s.security == Security::None {
        return Err(ExportError {
            message: crate::ltr!("profile-error-plain", host = &s.host, port = s.port),
        });
    }
    Ok(())
}

/// The profile as XML property-list text.
pub fn build(input: &GuideInput, opts: &MobileconfigOptions) -> Result<String, ExportError> {
    // `server`: incoming or outgoing (a select in the catalogue).
    let missing = |server: &str| ExportError {
        message: crate::ltr!("profile-error-missing", server = server),
    };
    let inc = input
        .recommended
        .incoming
        .as_ref()
        .ok_or_else(|| missing("incoming"))?;
    let out = input
        .recommended
        .outgoing
        .as_ref()
        .ok_or_else(|| missing("outgoing"))?;
    // Apple Mail has only "Use SSL": prefer a port that encrypts from the start when it worked.
    let (inc, _) = fit_ssl_switch(inc, &input.working);
    let (out, _) = fit_ssl_switch(out, &input.working);
    refuse_plain(&inc)?;
    refuse_plain(&out)?;
    let account_type = match inc.protocol {
        Protocol::Imap => "EmailTypeIMAP",
        Protocol::Pop3 => "EmailTypePOP",
        Protocol::Smtp => return Err(missing("incoming")),
    };
    let address = input.address.trim();
    let (local, domain) = address.rsplit_once('@').unwrap_or((address, ""));
    let base = format!(
        "jp.tsunagu.mail.{}.{}",
        ident_part(domain),
        ident_part(local)
    );
    let seed = format!(
        "{address}|{}|{}:{}|{}:{}",
        account_type, inc.host, inc.port, out.host, out.port
    );
    let provider = input
        .provider_name
        .as_ref()
        .map(|p| p.ja.clone())
        .unwrap_or_else(|| domain.to_string());

    // A profile built from values nobody has seen work says so before the person installs it.
    let consent = crate::ltr!(
        "profile-consent",
        address = address,
        incoming_host = &inc.host,
        incoming_port = inc.port,
        outgoing_host = &out.host,
        outgoing_port = out.port,
        verified = if input.recommended.verified {
            "yes"
        } else {
            "no"
        },
    );
    let description = crate::ltr!("profile-description", address = address);

    let mail = V::D(vec![
        (
            "EmailAccountDescription",
            s(format!("{provider} ({address})")),
        ),
        ("EmailAccountType", s(account_type)),
        ("EmailAddress", s(address)),
        (
            "IncomingMailServerAuthentication",
            s(auth_key(inc.authentication, false)?),
        ),
        ("IncomingMailServerHostName", s(&inc.host)),
        ("IncomingMailServerPortNumber", V::I(inc.port as i64)),
        ("IncomingMailServerUseSSL", V::B(true)),
        ("IncomingMailServerUsername", s(&inc.username)),
        (
            "OutgoingMailServerAuthentication",
            s(auth_key(out.authentication, true)?),
        ),
        ("OutgoingMailServerHostName", s(&out.host)),
        ("OutgoingMailServerPortNumber", V::I(out.port as i64)),
        ("OutgoingMailServerUseSSL", V::B(true)),
        ("OutgoingMailServerUsername", s(&out.username)),
        ("OutgoingPasswordSameAsIncomingPassword", V::B(true)),
        (
            "PayloadDisplayName",
            s(crate::tr!(
                Lang::Ja,
                "profile-mail-display-name",
                address = address
            )),
        ),
        ("PayloadIdentifier", s(format!("{base}.account"))),
        ("PayloadType", s("com.apple.mail.managed")),
        ("PayloadUUID", s(uuid_from(&format!("{seed}|account")))),
        ("PayloadVersion", V::I(1)),
    ]);
    let top = V::D(vec![
        (
            "ConsentText",
            V::D(vec![
                ("default", s(&consent.ja)),
                ("en", s(consent.en)),
                ("ja", s(consent.ja)),
            ]),
        ),
        ("PayloadContent", V::A(vec![mail])),
        (
            "PayloadDescription",
            s(format!("{} / {}", description.ja, description.en)),
        ),
        (
            "PayloadDisplayName",
            s(crate::tr!(
                Lang::Ja,
                "profile-display-name",
                address = address
            )),
        ),
        ("PayloadIdentifier", s(base)),
        ("PayloadOrganization", s("Tsunagu")),
        ("PayloadRemovalDisallowed", V::B(false)),
        ("PayloadType", s("Configuration")),
        ("PayloadUUID", s(uuid_from(&format!("{seed}|profile")))),
        ("PayloadVersion", V::I(1)),
        ("TargetDeviceType", V::I(opts.target.code())),
    ]);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n",
    );
    write(&top, 0, &mut xml);
    xml.push_str("</plist>\n");
    Ok(xml)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_is_stable_and_well_formed() {
        let a = uuid_from("x");
        assert_eq!(a, uuid_from("x"));
        assert_ne!(a, uuid_from("y"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8");
    }

    #[test]
    fn escapes_xml() {
        assert_eq!(esc("a<b>&\"'\u{1}"), "a&lt;b&gt;&amp;&quot;&apos;");
    }
}
