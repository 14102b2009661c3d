//! An nftables rule set that drops TCP to some ports, for tests that need a server that never
//! answers (root only). Shared by the IPv6 and the real-server tests.

use std::process::Command;

/// An nftables DROP of TCP to `addr` on `ports` (family `ip` or `ip6`), removed on drop.
pub struct Blackhole {
    table: String,
}

impl Blackhole {
    pub fn new(family: &str, addr: &str, ports: &[u16]) -> Result<Blackhole, String> {
        // One table per rule set: tests run side by side in one process.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let table = format!("tsunagu_test_{}_{family}_{n}", std::process::id());
        let nft = |args: &[&str]| -> Result<(), String> {
            let out = Command::new("nft")
                .args(args)
                .output()
                .map_err(|e| format!("nft: {e}"))?;
            if out.status.success() {
                Ok(())
            } else {
                Err(format!(
                    "nft {}: {}",
                    args.join(" "),
                    String::from_utf8_lossy(&out.stderr)
                ))
            }
        };
        nft(&["add", "table", "inet", &table])?;
        let bh = Blackhole { table };
        nft(&[
            "add",
            "chain",
            "inet",
            &bh.table,
            "input",
            "{ type filter hook input priority -10 ; policy accept ; }",
        ])?;
        let list = ports
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        nft(&[
            "add",
            "rule",
            "inet",
            &bh.table,
            "input",
            family,
            "daddr",
            addr,
            "tcp",
            "dport",
            &format!("{{ {list} }}"),
            "drop",
        ])?;
        Ok(bh)
    }
}

impl Drop for Blackhole {
    fn drop(&mut self) {
        let _ = Command::new("nft")
            .args(["delete", "table", "inet", &self.table])
            .output();
    }
}
