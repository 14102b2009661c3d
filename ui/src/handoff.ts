// "Set up your phone" (issue 14): a QR code the phone's camera opens, served by the shell's
// hand-off commands (src-tauri/src/handoff.rs). It lives in its own overlay outside the wizard's
// root, so the wizard re-rendering never touches it; the wizard only adds the button and calls
// `leave()` when it moves off the result screen (then the hand-off stops).
import { invoke } from "@tauri-apps/api/core";
import type { ClientId } from "./bindings/ClientId";
import type { ExportKind } from "./bindings/ExportKind";
import type { HandoffStart } from "./bindings/HandoffStart";
import type { HandoffView } from "./bindings/HandoffView";
import type { Lang } from "./bindings/Lang";
import type { Protocol } from "./bindings/Protocol";
import type { Report } from "./bindings/Report";
import { m as message, type Args } from "./catalogue";
import "./handoff.css";

export const handoffApi = {
  start: (report: Report, clients: ClientId[], protocol: Protocol | null, lang: Lang) =>
    invoke<HandoffStart>("handoff_start", { report, clients, protocol, lang }),
  stop: () => invoke<boolean>("handoff_stop"),
  status: () => invoke<HandoffView | null>("handoff_status"),
};

// The overlay's words, from the catalogue (locales/<lang>/ui.ftl, ui-handoff-…).
function buildWords(lang: Lang) {
  const m = (id: string, args?: Args) => message(lang, id, args);
  return {
    button: m("ui-handoff-button"),
    title: m("ui-handoff-title"),
    steps: [m("ui-handoff-steps.connect"), m("ui-handoff-steps.scan"), m("ui-handoff-steps.follow")],
    qrAlt: m("ui-handoff-qr-alt"),
    typeIt: m("ui-handoff-type-it"),
    active: (left: string) => m("ui-handoff-active", { left }),
    stop: m("ui-handoff-stop"),
    close: m("ui-handoff-close"),
    again: m("ui-handoff-again"),
    starting: m("ui-handoff-starting"),
    ended: {
      stopped: m("ui-handoff-ended-stopped"),
      expired: m("ui-handoff-ended-expired"),
      request_cap: m("ui-handoff-ended-request-cap"),
    } as Record<string, string>,
    noPassword: m("ui-handoff-no-password"),
    isolated: m("ui-handoff-isolated"),
    noLan: m("ui-handoff-no-lan"),
    profile: m("ui-handoff-profile"),
    printable: m("ui-handoff-printable"),
  };
}

const words: Record<Lang, ReturnType<typeof buildWords>> = { ja: buildWords("ja"), en: buildWords("en") };

export interface HandoffHost {
  lang(): Lang;
  report(): Report | null;
  clients(): ClientId[];
  protocol(): Protocol | null;
  /** Saves a file through the wizard's own export (the fallback when the phone cannot connect). */
  save(kind: ExportKind): void;
}

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(typeof c === "string" ? document.createTextNode(c) : c);
  return e;
}

function button(label: string, testid: string, cls: string, onclick: () => void): HTMLElement {
  const b = el("button", { type: "button", class: cls, "data-testid": testid }, label);
  b.addEventListener("click", onclick);
  return b;
}

export function minutesSeconds(secs: number): string {
  const m = Math.floor(secs / 60);
  const s = secs % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/** The QR code as an image: the SVG goes in as a data URL, never as markup. */
export function qrImage(svg: string, alt: string): HTMLElement {
  const bytes = new TextEncoder().encode(svg);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return el("img", { src: `data:image/svg+xml;base64,${btoa(bin)}`, alt, class: "handoff-qr", "data-testid": "handoff-qr" });
}

export class PhoneHandoff {
  private overlay: HTMLElement | null = null;
  private view: HandoffView | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private seq = 0;

  constructor(private host: HandoffHost) {}

  private get w() {
    return words[this.host.lang()];
  }

  /** The button on the result screen. */
  button(): HTMLElement {
    return button(this.w.button, "handoff-open", "secondary", () => void this.open());
  }

  /** Starts a hand-off and shows it. */
  async open() {
    const report = this.host.report();
    if (!report) return;
    const seq = ++this.seq;
    this.show(el("p", { "data-testid": "handoff-starting" }, this.w.starting));
    let res: HandoffStart;
    try {
      res = await handoffApi.start(report, this.host.clients(), this.host.protocol(), this.host.lang());
    } catch (e) {
      res = { view: null, problem: { no_lan: false, message: String((e as { message?: string })?.message ?? e) } };
    }
    if (seq !== this.seq || !this.overlay) {
      // Closed while starting: make sure nothing keeps serving.
      if (res.view) void handoffApi.stop();
      return;
    }
    if (res.view) {
      this.view = res.view;
      this.startTimer();
      this.drawActive();
    } else {
      this.drawProblem(res.problem?.no_lan ?? false, res.problem?.message ?? "");
    }
  }

  /** Stops the hand-off and closes the overlay. */
  async close() {
    this.seq++;
    this.stopTimer();
    const wasOpen = !!this.overlay;
    this.overlay?.remove();
    this.overlay = null;
    this.view = null;
    if (wasOpen) await handoffApi.stop().catch(() => false);
  }

  /** The wizard left the result screen: nothing may keep serving. */
  leave() {
    if (this.overlay || this.view) void this.close();
  }

  get active(): boolean {
    return !!this.view?.active;
  }

  private show(content: HTMLElement) {
    if (!this.overlay) {
      this.overlay = el("div", { class: "handoff-overlay", "data-testid": "handoff" });
      this.overlay.addEventListener("keydown", (ev) => {
        if ((ev as KeyboardEvent).key === "Escape") void this.close();
      });
      document.body.append(this.overlay);
    }
    const box = el(
      "div",
      { class: "handoff-box", role: "dialog", "aria-modal": "true", "aria-labelledby": "handoff-title", lang: this.host.lang() },
      content,
    );
    this.overlay.replaceChildren(box);
    box.querySelector<HTMLElement>("h2")?.focus();
  }

  /** The two files to use instead; `hint`: say why the phone might not reach the page. */
  private fallback(hint = true): HTMLElement {
    const w = this.w;
    return el(
      "div",
      { class: "handoff-fallback" },
      hint ? el("p", { class: "small" }, w.isolated) : null,
      el(
        "div",
        { class: "row" },
        button(w.profile, "handoff-save-profile", "secondary", () => this.host.save("mobileconfig-iphone")),
        button(w.printable, "handoff-save-report", "secondary", () => this.host.save("report-html")),
      ),
    );
  }

  private drawActive() {
    const w = this.w;
    const v = this.view;
    if (!v) return;
    const status = v.active
      ? el("p", { class: "handoff-status active", role: "status", "data-testid": "handoff-status" }, w.active(minutesSeconds(v.seconds_left)))
      : el("p", { class: "handoff-status ended", role: "status", "data-testid": "handoff-status" }, w.ended[v.stopped ?? "stopped"] ?? w.ended.stopped);
    const actions = v.active
      ? [button(w.stop, "handoff-stop", "primary", () => void this.stopOnly())]
      : [button(w.again, "handoff-again", "primary", () => void this.open()), button(w.close, "handoff-close", "secondary", () => void this.close())];
    this.show(
      el(
        "div",
        {},
        el("h2", { id: "handoff-title", tabindex: "-1" }, w.title),
        el("div", { class: "handoff-main" }, v.active ? qrImage(v.qr_svg, w.qrAlt) : null, el("ol", { class: "handoff-steps" }, ...w.steps.map((s) => el("li", {}, s)))),
        v.active ? el("p", { class: "small" }, w.typeIt) : null,
        v.active ? el("p", { class: "handoff-url mono", "data-testid": "handoff-url" }, v.url) : null,
        status,
        el("p", { class: "small" }, w.noPassword),
        el("div", { class: "row" }, ...actions),
        this.fallback(),
      ),
    );
  }

  private drawProblem(noLan: boolean, message: string) {
    const w = this.w;
    this.show(
      el(
        "div",
        { "data-testid": noLan ? "handoff-no-lan" : "handoff-error" },
        el("h2", { id: "handoff-title", tabindex: "-1" }, w.noLan),
        el("p", { class: "warn" }, message),
        this.fallback(!noLan),
        el("div", { class: "row" }, button(w.close, "handoff-close", "secondary", () => void this.close())),
      ),
    );
  }

  /** Stops serving but keeps the overlay, which now says it stopped. */
  private async stopOnly() {
    this.stopTimer();
    await handoffApi.stop().catch(() => false);
    if (this.view) this.view = { ...this.view, active: false, stopped: "stopped" };
    this.drawActive();
  }

  private startTimer() {
    this.stopTimer();
    let ticks = 0;
    this.timer = setInterval(async () => {
      if (!this.view?.active) return this.stopTimer();
      ticks++;
      // Ask the shell every 5 s (it knows about expiry and the request cap); count down between.
      if (ticks % 5 === 0) {
        const s = await handoffApi.status().catch(() => null);
        if (s && this.view) this.view = { ...s, qr_svg: this.view.qr_svg };
      } else {
        this.view = { ...this.view, seconds_left: Math.max(0, this.view.seconds_left - 1) };
      }
      if (!this.view) return;
      if (this.view.seconds_left === 0 && this.view.active) {
        const s = await handoffApi.status().catch(() => null);
        if (s) this.view = { ...s, qr_svg: this.view?.qr_svg ?? "" };
      }
      const status = this.overlay?.querySelector("[data-testid=handoff-status]");
      if (this.view.active && status) status.textContent = this.w.active(minutesSeconds(this.view.seconds_left));
      else this.drawActive();
    }, 1000);
  }

  private stopTimer() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
