//! Demo mode (`--demo`): starts the local test mail servers of `tests/peers/up.sh` (Dovecot
//! and Postfix on 127.0.0.1) and points the wizard at them, so that a real diagnosis can be
//! tried, and support staff trained, without internet.

use crate::api::{DemoAccount, DemoInfo};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Demo {
    pub config_file: PathBuf,
    pub ca_file: Option<PathBuf>,
    pub info: DemoInfo,
}

/// The repository checkout holding `tests/peers/up.sh`: `TSUNAGU_REPO`, else the current
/// directory or one of its parents, else a parent of the executable (a `target/` build).
pub fn find_repo() -> Option<PathBuf> {
    let has = |d: &Path| d.join("tests/peers/up.sh").is_file();
    if let Some(d) = std::env::var_os("TSUNAGU_REPO").map(PathBuf::from) {
        return has(&d).then_some(d);
    }
    let starts = [
        std::env::current_dir().ok(),
        std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf)),
    ];
    starts
        .into_iter()
        .flatten()
        .find_map(|s| s.ancestors().find(|d| has(d)).map(Path::to_path_buf))
}

/// Parses `KEY=VALUE` lines (shell style, optional quotes, `#` comments, `export `).
pub fn parse_env(text: &str) -> HashMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let l = l.strip_prefix("export ").unwrap_or(l);
            let (k, v) = l.split_once('=')?;
            let v = v.trim();
            let v = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(v);
            Some((k.trim().to_string(), v.to_string()))
        })
        .collect()
}

/// Starts the servers and reads what they wrote.
pub fn start() -> Result<Demo, String> {
    let repo = find_repo()
        .ok_or("tests/peers/up.sh not found: run from the Tsunagu checkout or set TSUNAGU_REPO")?;
    let status = Command::new("bash")
        .arg(repo.join("tests/peers/up.sh"))
        .current_dir(&repo)
        .status()
        .map_err(|e| format!("could not run tests/peers/up.sh: {e}"))?;
    if !status.success() {
        return Err(format!("tests/peers/up.sh failed ({status})"));
    }
    let env_file = repo.join("tests/peers/run/env");
    let text =
        std::fs::read_to_string(&env_file).map_err(|e| format!("{}: {e}", env_file.display()))?;
    from_env(&parse_env(&text), &repo.join("tests/peers/run"))
}

/// Builds the demo from the servers' environment file: an autoconfig file for the engine
/// (written next to it) and the demo accounts for the window.
pub fn from_env(env: &HashMap<String, String>, run_dir: &Path) -> Result<Demo, String> {
    let get = |k: &str| {
        env.get(k)
            .cloned()
            .ok_or_else(|| format!("tests/peers/run/env has no {k}"))
    };
    let host = env
        .get("PEERS_HOST")
        .cloned()
        .unwrap_or_else(|| "127.0.0.1".into());
    let imaps = get("PEERS_IMAPS_PORT")?;
    let submission = get("PEERS_SUBMISSION_PORT")?;
    let smtps = env.get("PEERS_SMTPS_PORT").cloned();
    let domain = get("PEERS_DOMAIN")?;
    let mut outgoing = String::new();
    if let Some(p) = &smtps {
        outgoing.push_str(&server_xml("outgoingServer", "smtp", &host, p, "SSL"));
    }
    outgoing.push_str(&server_xml(
        "outgoingServer",
        "smtp",
        &host,
        &submission,
        "STARTTLS",
    ));
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig version=\"1.1\">\n \
         <emailProvider id=\"{domain}\">\n  <domain>{domain}</domain>\n  \
         <displayName>Tsunagu demo</displayName>\n{}{}</emailProvider>\n</clientConfig>\n",
        server_xml("incomingServer", "imap", &host, &imaps, "SSL"),
        outgoing
    );
    let config_file = run_dir.join("demo-autoconfig.xml");
    std::fs::write(&config_file, xml).map_err(|e| format!("{}: {e}", config_file.display()))?;
    let address = get("PEERS_USER")?;
    let password = get("PEERS_PASSWORD")?;
    Ok(Demo {
        config_file,
        ca_file: env.get("PEERS_CA_FILE").map(PathBuf::from),
        info: DemoInfo {
            address: address.clone(),
            password: password.clone(),
            others: vec![DemoAccount {
                address,
                password: format!("{password}-wrong"),
                note: "wrong password".into(),
            }],
        },
    })
}

fn server_xml(tag: &str, kind: &str, host: &str, port: &str, socket: &str) -> String {
    format!(
        "  <{tag} type=\"{kind}\">\n   <hostname>{host}</hostname>\n   <port>{port}</port>\n   \
         <socketType>{socket}</socketType>\n   <username>%EMAILADDRESS%</username>\n   \
         <authentication>password-cleartext</authentication>\n  </{tag}>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_shell_style_env_files() {
        let e = parse_env("# c\nexport A=1\nB=\"two words\"\nC='x'\n\nD = 4 \nnot a line\n");
        assert_eq!(e["A"], "1");
        assert_eq!(e["B"], "two words");
        assert_eq!(e["C"], "x");
        assert_eq!(e["D"], "4");
        assert_eq!(e.len(), 4);
    }

    #[test]
    fn missing_keys_are_named() {
        let dir = std::env::temp_dir();
        let err = from_env(&HashMap::new(), &dir).err().unwrap();
        assert!(err.contains("PEERS_IMAPS_PORT"), "{err}");
    }
}
