// The result screen's ranking, the guide's opening section, the device cross-check and the
// term explanations (pure functions).
import { describe, expect, it } from "vitest";
import type { ClientGuide } from "./bindings/ClientGuide";
import type { Finding } from "./bindings/Finding";
import { focusScreen, impliedDevices, rank } from "./result";
import { withTerms } from "./terms";

const f = (id: Finding["id"], severity: Finding["severity"], follows_from?: Finding["id"]): Finding => ({
  id,
  severity,
  title: id,
  detail: "",
  actions: [],
  evidence: [],
  ...(follows_from ? { follows_from } : {}),
});

describe("result", () => {
  it("leads with the first finding and folds its consequences and notes", () => {
    const r = rank([
      f("password_rejected", "error"),
      f("no_incoming", "error", "password_rejected"),
      f("junk_has_mail", "warning"),
      f("login_attempts_capped", "info", "password_rejected"),
    ]);
    expect(r.primary?.id).toBe("password_rejected");
    expect(r.others.map((x) => x.id)).toEqual(["junk_has_mail"]);
    expect(r.details.map((x) => x.id)).toEqual(["no_incoming", "login_attempts_capped"]);
    expect(rank([]).primary).toBe(null);
  });

  it("opens a guide at the outgoing section when mail cannot be sent, incoming when it does not arrive", () => {
    const field = (id: string) => ({ id, label: id, value: "x", note: null, copyable: true });
    const g: ClientGuide = {
      client: "iphone",
      title: "",
      verified: true,
      notices: [],
      error: null,
      screens: [
        { title: "new", open: null, then: null, fields: [field("email_address")] },
        { title: "in", open: null, then: null, fields: [field("incoming_host")] },
        { title: "out", open: null, then: null, fields: [field("outgoing_host")] },
      ],
    };
    expect(focusScreen(g, "cant-send")).toBe(2);
    g.screens.push({ title: "advanced", open: null, then: null, fields: [field("outgoing_port")] });
    expect(focusScreen(g, "cant-send", "password_rejected")).toBe(2);
    expect(focusScreen(g, "cant-send", "smtp_port25_blocked")).toBe(3);
    expect(focusScreen(g, "cant-receive")).toBe(1);
    expect(focusScreen(g, "new-device")).toBe(null);
  });

  it("counts the devices the chosen apps run on", () => {
    expect(impliedDevices(["iphone", "android-gmail", "mac-mail", "outlook-classic"])).toBe(4);
    expect(impliedDevices(["outlook-classic", "outlook-new", "windows-mail"])).toBe(1);
    expect(impliedDevices(["thunderbird", "gmail-web"])).toBe(0);
  });

  it("explains the first use of a term, focusable, in the chosen language", () => {
    const parts = withTerms("25番ではなく587番（OP25B）。OP25B と STARTTLS。", "ja");
    const terms = parts.filter((p): p is HTMLElement => p instanceof HTMLElement);
    expect(terms.map((t) => t.dataset.term)).toEqual(["OP25B", "STARTTLS"]);
    expect(terms[0].tabIndex).toBe(0);
    expect(terms[0].querySelector("[role=tooltip]")?.textContent).toContain("25番ポート");
    const text = parts.map((p) => (typeof p === "string" ? p : p.firstChild?.textContent)).join("");
    expect(text).toBe("25番ではなく587番（OP25B）。OP25B と STARTTLS。");
    const en = withTerms("Use SSL/TLS, not POP3", "en").filter((p): p is HTMLElement => p instanceof HTMLElement);
    expect(en.map((t) => t.dataset.term)).toEqual(["SSL/TLS", "POP"]);
  });
});
