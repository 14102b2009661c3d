//! Demo mode (`--demo`): starts the local test mail servers of `tests/peers/up.sh` (Dovecot
//! and Postfix on 127.0.0.1) and points the wizard at them, so that a real diagnosis can be
//! tried, and support staff trained, without internet.

use crate::api::{DemoAccount, DemoInfo};
use std::path::{Path, PathBuf};
use std::process::Command;
use tsunagu::model::Lang;

pub struct Demo {
    pub config_file: PathBuf,
    /// The same servers plus an outgoing server on port 25, where nothing answers on this
    /// machine: the "port 25 blocked" case.
    pub port25_config_file: PathBuf,
    /// The run directory of the servers, to stop them when the app closes.
    pub run_dir: PathBuf,
    pub repo: PathBuf,
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

/// What `tests/peers/up.sh` writes to `tests/peers/run/env.json` (the parts the demo uses).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct PeersEnv {
    pub ca_file: PathBuf,
    pub host: String,
    pub password: String,
    pub ports: PeersPorts,
    pub users: PeersUsers,
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct PeersPorts {
    pub imap_tls: u16,
    pub pop3_tls: u16,
    pub smtp_tls: u16,
    pub smtp_submission: u16,
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct PeersUsers {
    pub normal: String,
    pub imap_denied: String,
    pub quota_full: String,
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
    let run_dir = std::env::var_os("TSUNAGU_PEERS_RUN")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo.join("tests/peers/run"));
    let env_file = run_dir.join("env.json");
    let text =
        std::fs::read_to_string(&env_file).map_err(|e| format!("{}: {e}", env_file.display()))?;
    let env: PeersEnv =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", env_file.display()))?;
    let mut demo = from_env(&env, &run_dir)?;
    demo.repo = repo;
    Ok(demo)
}

/// Stops the servers `start` started (tests/peers/down.sh, same run directory and ports).
pub fn stop(demo: &Demo) {
    let _ = Command::new("bash")
        .arg(demo.repo.join("tests/peers/down.sh"))
        .arg("--quiet")
        .env("TSUNAGU_PEERS_RUN", &demo.run_dir)
        .current_dir(&demo.repo)
        .status();
}

/// The autoconfig file the engine checks in demo mode: IMAP and POP3 over TLS, SMTP on the
/// 465-style and 587-style ports of the local servers.
pub fn autoconfig_xml(env: &PeersEnv) -> String {
    let h = &env.host;
    let p = &env.ports;
    wrap(&[
        server_xml("incomingServer", "imap", h, p.imap_tls, "SSL"),
        server_xml("incomingServer", "pop3", h, p.pop3_tls, "SSL"),
        server_xml("outgoingServer", "smtp", h, p.smtp_tls, "SSL"),
        server_xml("outgoingServer", "smtp", h, p.smtp_submission, "STARTTLS"),
    ])
}

/// The "port 25 blocked" case: SMTP on port 25 of the loopback host (no server of ours
/// listens there, so it is refused or silent, as on a network with OP25B), and the
/// submission port that works.
pub fn port25_xml(env: &PeersEnv) -> String {
    let h = &env.host;
    let p = &env.ports;
    wrap(&[
        server_xml("incomingServer", "imap", h, p.imap_tls, "SSL"),
        server_xml("outgoingServer", "smtp", h, 25, "plain"),
        server_xml("outgoingServer", "smtp", h, p.smtp_submission, "STARTTLS"),
    ])
}

fn wrap(servers: &[String]) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig version=\"1.1\">\n \
         <emailProvider id=\"tsunagu-demo\">\n  <domain>tsunagu.test</domain>\n  \
         <displayName>Tsunagu demo</displayName>\n{}</emailProvider>\n</clientConfig>\n",
        servers.concat()
    )
}

/// Writes the autoconfig file next to the servers' files and lists the demo accounts.
pub fn from_env(env: &PeersEnv, run_dir: &Path) -> Result<Demo, String> {
    let config_file = run_dir.join("demo-autoconfig.xml");
    std::fs::write(&config_file, autoconfig_xml(env))
        .map_err(|e| format!("{}: {e}", config_file.display()))?;
    let port25_config_file = run_dir.join("demo-port25-autoconfig.xml");
    std::fs::write(&port25_config_file, port25_xml(env))
        .map_err(|e| format!("{}: {e}", port25_config_file.display()))?;
    let account = |case: &str, address: &str, password: &str| DemoAccount {
        case: case.to_string(),
        address: address.to_string(),
        password: password.to_string(),
        note: format!(
            "{} / {}",
            tsunagu::tr!(Lang::En, "app-demo-note", case = case),
            tsunagu::tr!(Lang::Ja, "app-demo-note", case = case)
        ),
    };
    let u = &env.users;
    Ok(Demo {
        config_file,
        port25_config_file,
        run_dir: run_dir.to_path_buf(),
        repo: PathBuf::new(),
        ca_file: Some(env.ca_file.clone()),
        info: DemoInfo {
            address: u.normal.clone(),
            password: env.password.clone(),
            others: vec![
                account("wrong-password", &u.normal, "not-the-password"),
                account("imap-denied", &u.imap_denied, &env.password),
                account("quota-full", &u.quota_full, &env.password),
                account("port25", &u.normal, &env.password),
            ],
        },
    })
}

fn server_xml(tag: &str, kind: &str, host: &str, port: u16, socket: &str) -> String {
    format!(
        "  <{tag} type=\"{kind}\">\n   <hostname>{host}</hostname>\n   <port>{port}</port>\n   \
         <socketType>{socket}</socketType>\n   <username>%EMAILADDRESS%</username>\n   \
         <authentication>password-cleartext</authentication>\n  </{tag}>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENV: &str = r#"{"schema":1,"ca_file":"/x/ca.pem","host":"127.0.0.1","password":"pw",
      "ports":{"imap_tls":19931,"pop3_tls":19951,"smtp_tls":19465,"smtp_submission":19587,
               "smtp_mx":19025},
      "users":{"normal":"taro@tsunagu.test","imap_denied":"popuser@tsunagu.test",
               "quota_full":"full@tsunagu.test","empty":"empty@tsunagu.test"}}"#;

    #[test]
    fn builds_an_autoconfig_the_engine_reads() {
        let env: PeersEnv = serde_json::from_str(ENV).unwrap();
        let xml = autoconfig_xml(&env);
        let dir = std::env::temp_dir().join(format!("tsunagu-demo-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for port in [19931, 19951, 19465, 19587] {
            assert!(xml.contains(&format!("<port>{port}</port>")), "{xml}");
        }
        assert_eq!(xml.matches("<incomingServer").count(), 2);
        assert_eq!(xml.matches("<outgoingServer").count(), 2);
        assert!(!xml.contains("pw"), "no password in the file");
        let demo = from_env(&env, &dir).unwrap();
        assert_eq!(demo.info.address, "taro@tsunagu.test");
        let cases: Vec<&str> = demo.info.others.iter().map(|a| a.case.as_str()).collect();
        assert_eq!(
            cases,
            ["wrong-password", "imap-denied", "quota-full", "port25"]
        );
        let notes: Vec<&str> = demo.info.others.iter().map(|a| a.note.as_str()).collect();
        assert_eq!(
            notes,
            [
                "wrong password / パスワード違い",
                "IMAP refused, POP works / IMAP 不可",
                "mailbox full / 容量いっぱい",
                "port 25 blocked / 25番ポートが使えない"
            ]
        );
        let p25 = std::fs::read_to_string(&demo.port25_config_file).unwrap();
        assert!(
            p25.contains("<port>25</port>") && p25.contains("<port>19587</port>"),
            "{p25}"
        );
        assert_eq!(demo.ca_file, Some(PathBuf::from("/x/ca.pem")));
        assert!(demo.config_file.is_file());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
