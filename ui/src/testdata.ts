// Sample engine data for the unit tests, typed by the generated bindings.
import type { Candidate } from "./bindings/Candidate";
import type { Probe } from "./bindings/Probe";
import type { Report } from "./bindings/Report";

export function sampleCandidates(): Candidate[] {
  const c = (protocol: Candidate["protocol"], port: number, security: Candidate["security"]): Candidate => ({
    protocol,
    host: "127.0.0.1",
    port,
    security,
    usernames: ["taro@example.ne.jp"],
    authentication: "password-cleartext",
    source: "config",
    documented: true,
  });
  return [c("imap", 10993, "tls"), c("smtp", 10587, "starttls"), c("smtp", 10025, "none")];
}

export function sampleProbe(outcome: "ok" | "failed"): Probe {
  return {
    protocol: "imap",
    host: "127.0.0.1",
    port: 10993,
    security: "tls",
    username: "taro@example.ne.jp",
    outcome,
    failure: outcome === "ok" ? null : { kind: "login_failed", message: "login rejected", server_text: "NO [AUTHENTICATIONFAILED]" },
    steps: [{ step: "connect", ok: true, ms: 3, detail: "127.0.0.1" }],
    tls: null,
    mailbox: null,
    ms: 40,
    capabilities: [],
    auth_mechanisms: [],
    login_attempts: 1,
    source: "config",
    documented: true,
  };
}

export function sampleReport(kind: "ok" | "port25"): Report {
  return {
    schema: 1,
    address: "taro@example.ne.jp",
    input_notes: [],
    situation: "cant-send",
    provider: null,
    probes: [sampleProbe("ok")],
    recommended: {
      incoming: { protocol: "imap", host: "imap.example.ne.jp", port: 993, security: "tls", username: "taro@example.ne.jp", authentication: "password-cleartext" },
      outgoing: { protocol: "smtp", host: "smtp.example.ne.jp", port: 587, security: "starttls", username: "taro@example.ne.jp", authentication: "password-cleartext" },
      verified: true,
    },
    findings:
      kind === "ok"
        ? [{ id: "all_ok", severity: "info", title: "設定は正しく動いています", detail: "", actions: [], evidence: [] }]
        : [
            {
              id: "smtp_port25_blocked",
              severity: "error",
              title: "25番ポートが使えません",
              detail: "プロバイダーが25番ポートをふさいでいます。",
              actions: ["送信ポートを587にしてください", "送信の認証をオンにしてください"],
              evidence: ["smtp 127.0.0.1:10025 none: connect_timeout"],
            },
          ],
    ms: 420,
    started_at: "2026-11-26T07:00:00Z",
    lang: "ja",
    discovery: [],
  };
}
