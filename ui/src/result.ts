// What the result screen leads with, and where each app's guide opens. Pure functions over the
// engine's data: the engine ranks the findings (the first is the primary cause; `follows_from`
// marks consequences of it), the wizard only decides what is folded away.
import type { ClientGuide } from "./bindings/ClientGuide";
import type { ClientId } from "./bindings/ClientId";
import type { Finding } from "./bindings/Finding";
import type { FindingId } from "./bindings/FindingId";
import type { Report } from "./bindings/Report";
import type { Situation } from "./bindings/Situation";

export type Ranked = {
  /** The one root cause (or "all fine"). */
  primary: Finding | null;
  /** Other causes of their own (errors and warnings not following from the primary). */
  others: Finding[];
  /** Consequences of the primary cause and notes: folded under "details". */
  details: Finding[];
};

export function rank(findings: Finding[]): Ranked {
  const [primary, ...rest] = findings;
  if (!primary) return { primary: null, others: [], details: [] };
  const folded = (f: Finding) => !!f.follows_from || f.severity === "info";
  return {
    primary,
    others: rest.filter((f) => !folded(f)),
    details: rest.filter(folded),
  };
}

/** True when a server answered and only the login was refused (its settings were verified). */
export function loginRefusedOnly(r: Report): boolean {
  return r.probes.some((p) => p.failure?.kind === "login_failed");
}

/**
 * The screen of a guide the situation needs first: the first one with an outgoing field when
 * mail cannot be sent, with an incoming field when it does not arrive; null: start at the top.
 */
export function focusScreen(g: ClientGuide, situation: Situation | null, primary: FindingId | null = null): number | null {
  const prefix = situation === "cant-send" ? "outgoing_" : situation === "cant-receive" ? "incoming_" : null;
  if (!prefix) return null;
  // When the cause is the port or the encryption, the screen with the port comes first (on an
  // iPhone that is a later screen than the server name).
  const portFirst = primary !== null && PORT_CAUSES.includes(primary);
  const has = (want: (id: string) => boolean) => g.screens.findIndex((s) => s.fields.some((f) => want(f.id)));
  const port = portFirst ? has((id) => id === `${prefix}port`) : -1;
  const i = port >= 0 ? port : has((id) => id.startsWith(prefix));
  return i > 0 ? i : null;
}

const PORT_CAUSES: FindingId[] = [
  "smtp_port25_blocked",
  "starttls_missing",
  "plaintext_only",
  "tls_certificate_invalid",
  "tls_intercepted",
  "network_blocked",
];

/** Which device each app runs on (for the "how many devices?" cross-check). */
const DEVICE: Partial<Record<ClientId, string>> = {
  iphone: "ios",
  "android-gmail": "android",
  "mac-mail": "mac",
  "outlook-new": "windows",
  "outlook-classic": "windows",
  "windows-mail": "windows",
};

/** The least number of devices the chosen apps imply (Thunderbird and the web count for none). */
export function impliedDevices(clients: ClientId[]): number {
  return new Set(clients.map((c) => DEVICE[c]).filter((d) => !!d)).size;
}
