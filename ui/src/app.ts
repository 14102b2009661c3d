// The wizard: one question per screen, Japanese first. No mail logic here: every decision
// comes from the engine through the shell's commands (ipc.ts).
import type { AddressCheck } from "./bindings/AddressCheck";
import type { AppCompare } from "./bindings/AppCompare";
import type { AppNow } from "./bindings/AppNow";
import type { CurrentAccount } from "./bindings/CurrentAccount";
import type { CurrentRead } from "./bindings/CurrentRead";
import type { AppInfo } from "./bindings/AppInfo";
import type { ClientGuide } from "./bindings/ClientGuide";
import type { ClientId } from "./bindings/ClientId";
import type { ExportKind } from "./bindings/ExportKind";
import type { Finding } from "./bindings/Finding";
import type { Lang } from "./bindings/Lang";
import type { ManageWhere } from "./bindings/ManageWhere";
import type { Protocol } from "./bindings/Protocol";
import type { ProtocolChoice } from "./bindings/ProtocolChoice";
import type { ProviderPage } from "./bindings/ProviderPage";
import type { Report } from "./bindings/Report";
import type { Security } from "./bindings/Security";
import type { Situation } from "./bindings/Situation";
import { strings, type Strings } from "./i18n";
import { api, asAppError } from "./ipc";
import { applyEvent, COLUMNS, emptyProgress, type CellState, type Progress } from "./progress";
// hand-off to the phone (issue 14)
import { PhoneHandoff } from "./handoff";
import { focusScreen, impliedDevices, loginRefusedOnly, rank } from "./result";
import { withTerms } from "./terms";

export type Screen = "situation" | "account" | "devices" | "check" | "result";
const SCREENS: Screen[] = ["situation", "account", "devices", "check", "result"];
const SITUATIONS: Situation[] = ["new-device", "cant-receive", "cant-send", "gmail"];
const MANAGE: ManageWhere[] = ["one-pc", "anywhere", "not-sure"];
const NOW_FIELDS: (keyof AppNow)[] = [
  "incoming_host",
  "incoming_port",
  "incoming_security",
  "incoming_username",
  "outgoing_host",
  "outgoing_port",
  "outgoing_security",
];
const SECURITIES: Security[] = ["tls", "starttls", "none"];

/** The answers to the POP-or-IMAP questions (null: not answered yet). */
export type Answers = { devices: number | null; keepAll: boolean | null; manage: ManageWhere | null };

export function emptyNow(): AppNow {
  return {
    incoming_host: "",
    incoming_port: "",
    incoming_security: null,
    incoming_username: "",
    outgoing_host: "",
    outgoing_port: "",
    outgoing_security: null,
  };
}

/** The questions matter when setting up a new device or receiving, for an app with POP or IMAP. */
export function protocolQuestionsRelevant(situation: Situation | null, clients: ClientId[]): boolean {
  if (situation === "new-device") return true;
  return situation === "cant-receive" && clients.some((c) => c !== "gmail-web");
}

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | ((ev: Event) => void) | undefined>;

/** Creates an element. `on*` attributes become listeners; booleans toggle attributes. */
export function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return el;
}

export interface State {
  screen: Screen;
  lang: Lang;
  info: AppInfo | null;
  situation: Situation | null;
  address: string;
  password: string;
  showPassword: boolean;
  remember: boolean;
  check: AddressCheck | null;
  clients: ClientId[];
  progress: Progress;
  report: Report | null;
  guides: Partial<Record<ClientId, ClientGuide>>;
  answers: Answers;
  advice: ProtocolChoice | null;
  now: Partial<Record<ClientId, AppNow>>;
  diffs: Partial<Record<ClientId, AppCompare>>;
  /** What "read the settings from this computer" found, per tab. */
  current: Partial<Record<ClientId, CurrentRead>>;
  tab: ClientId | null;
  message: string;
  error: string;
  busy: boolean;
  /** Demo mode: which practice case is filled in (null: the working account). */
  demoCase: string | null;
  /** A save dialog is open: the save buttons wait for it. */
  saving: boolean;
  /** A language switch is making the result's words again (the screen is re-drawn twice). */
  relanging: boolean;
  /** The value just copied (its row says so for a moment). */
  copied: string | null;
  startedAt: number;
}

export function initialState(): State {
  return {
    screen: "situation",
    lang: "ja",
    info: null,
    situation: null,
    address: "",
    password: "",
    showPassword: false,
    remember: false,
    check: null,
    clients: [],
    progress: emptyProgress(),
    report: null,
    guides: {},
    answers: { devices: null, keepAll: null, manage: null },
    advice: null,
    now: {},
    diffs: {},
    current: {},
    tab: null,
    message: "",
    error: "",
    busy: false,
    demoCase: null,
    saving: false,
    relanging: false,
    copied: null,
    startedAt: 0,
  };
}

export class Wizard {
  state: State = initialState();
  private checkSeq = 0;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private tick: ReturnType<typeof setInterval> | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | null = null;
  private copiedTimer: ReturnType<typeof setTimeout> | null = null;

  // hand-off to the phone (issue 14): its overlay lives outside the root.
  readonly handoff = new PhoneHandoff({
    lang: () => this.state.lang,
    report: () => this.state.report,
    clients: () => this.state.clients,
    protocol: () => this.chosenProtocol(),
    save: (kind) => void this.save(kind),
  });

  constructor(private root: HTMLElement) {}

  get t(): Strings {
    return strings[this.state.lang];
  }

  async start() {
    try {
      this.state.info = await api.appInfo();
      const demo = this.state.info.demo;
      if (demo) {
        this.state.address = demo.address;
        this.state.password = demo.password;
      }
    } catch (e) {
      this.state.error = asAppError(e).message;
    }
    this.render();
  }

  go(screen: Screen) {
    this.state.screen = screen;
    this.state.message = "";
    this.state.error = "";
    this.state.copied = null;
    this.render();
    // Every screen starts at its top (the previous screen's scroll position means nothing here).
    document.documentElement.scrollTop = 0;
    document.body.scrollTop = 0;
    if (screen === "account" && this.state.address) this.scheduleCheck(0);
  }

  setLang(lang: Lang) {
    this.state.lang = lang;
    document.documentElement.lang = lang;
    this.state.guides = {};
    this.state.diffs = {};
    this.state.current = {};
    this.render();
    if (this.state.screen === "account" && this.state.address) this.scheduleCheck(0);
    if (this.state.screen === "devices" && this.state.advice) void this.askAdvice("lang");
    if (this.state.report) void this.relangReport(lang);
    else if (this.state.screen === "result") void this.loadGuides();
  }

  /** A language switch with a report: every word of it (findings included) in the new
   *  language, made by the engine from the facts the report holds; then the guides. */
  async relangReport(lang: Lang) {
    const s = this.state;
    const report = s.report;
    if (!report) return;
    s.relanging = true;
    try {
      const r = await api.relangReport(report, lang);
      if (s.report === report && s.lang === lang) {
        s.report = r;
        this.render();
      }
    } catch {
      // The words stay in the language they were made in; nothing else depends on them.
    }
    try {
      if (s.screen === "result" && s.lang === lang) await this.loadGuides();
    } finally {
      s.relanging = false;
      // aria-busy tells assistive technology (and the e2e run) that the words are final.
      document.getElementById("main")?.setAttribute("aria-busy", "false");
    }
  }

  // ---------- rendering ----------

  render() {
    const t = this.t;
    const s = this.state;
    document.documentElement.lang = s.lang;
    // Leaving the result screen stops the hand-off to the phone (issue 14).
    if (s.screen !== "result") this.handoff.leave();
    const body = (() => {
      switch (s.screen) {
        case "situation":
          return this.situationScreen();
        case "account":
          return this.accountScreen();
        case "devices":
          return this.devicesScreen();
        case "check":
          return this.checkScreen();
        case "result":
          return this.resultScreen();
      }
    })();
    const n = SCREENS.indexOf(s.screen) + 1;
    const parts: (HTMLElement | null)[] = [
      h(
        "header",
        { class: "top" },
        h("div", { class: "brand" }, h("span", { class: "logo", "aria-hidden": "true" }, "✉"), t.appName, h("span", { class: "tagline" }, t.appTagline)),
        h("span", { class: "stepno", "data-testid": "stepno" }, t.step(n, SCREENS.length)),
        h(
          "button",
          {
            class: "lang",
            type: "button",
            "aria-label": t.switchLangLabel,
            "data-testid": "lang",
            onclick: () => this.setLang(s.lang === "ja" ? "en" : "ja"),
          },
          t.switchLang,
        ),
      ),
      s.info?.demo ? h("p", { class: "demo", role: "note" }, t.demoBanner) : null,
      h("main", { id: "main", "data-screen": s.screen, "aria-busy": s.relanging ? "true" : "false" }, body),
      h("div", { class: "toast", role: "status", "aria-live": "polite", "data-testid": "toast" }, s.message),
      h("div", { class: "sr-only", role: "status", "aria-live": "polite", "data-testid": "sr-status" }),
    ];
    this.root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    if (s.message) this.setToast(s.message);
    this.focusFirst();
  }

  /** Focus goes to the first thing to fill in or choose; on the check and result screens to
   * the title (there is nothing to fill in first). */
  private focusFirst() {
    const first =
      this.state.screen === "account"
        ? "#address"
        : this.state.screen === "devices"
          ? ".clients input"
          : this.state.screen === "situation"
            ? ".choice"
            : "h1";
    const el = this.root.querySelector<HTMLElement>(first) ?? this.root.querySelector<HTMLElement>("h1");
    el?.focus({ preventScroll: true });
  }

  private errorBox(): HTMLElement | null {
    const s = this.state;
    if (!s.error) return null;
    return h(
      "div",
      { class: "error", role: "alert", "data-testid": "error" },
      h("strong", {}, this.t.errorPrefix, " "),
      s.error,
      h("p", {}, this.t.whatNext),
    );
  }

  private title(text: string, lead?: string) {
    return [h("h1", { tabindex: "-1" }, text), lead ? h("p", { class: "lead" }, lead) : null];
  }

  /** Demo mode: the practice accounts, each showing one case (trainers pick one). */
  private demoAccounts(): HTMLElement | null {
    const t = this.t;
    const demo = this.state.info?.demo;
    if (!demo) return null;
    const cases = [{ case: "normal", address: demo.address, password: demo.password }, ...demo.others];
    return h(
      "section",
      { class: "demo-accounts", "data-testid": "demo-accounts" },
      h("h2", {}, t.demoTitle),
      h(
        "div",
        { class: "row" },
        cases.map((a) => {
          const label = t.demoCases[a.case] ?? a.case;
          return h(
            "button",
            {
              type: "button",
              class: "secondary demo-case" + (this.state.address === a.address && this.state.password === a.password && (this.state.demoCase ?? "normal") === a.case ? " chosen" : ""),
              "data-testid": `demo-${a.case}`,
              onclick: () => {
                this.state.address = a.address;
                this.state.password = a.password;
                this.state.demoCase = a.case === "normal" ? null : a.case;
                this.state.check = null;
                this.state.message = t.demoChosen(label);
                this.render();
              },
            },
            label,
            h("span", { class: "small mono" }, a.address),
          );
        }),
      ),
    );
  }

  private situationScreen() {
    const t = this.t;
    return h(
      "section",
      {},
      ...this.title(t.situationTitle, t.situationLead),
      this.errorBox(),
      h(
        "div",
        { class: "choices", role: "list" },
        SITUATIONS.map((id) =>
          h(
            "button",
            {
              class: "choice" + (this.state.situation === id ? " chosen" : ""),
              type: "button",
              role: "listitem",
              "data-testid": `situation-${id}`,
              onclick: () => {
                this.state.situation = id;
                this.go("account");
              },
            },
            h("span", { class: "choice-title" }, t.situations[id][0]),
            h("span", { class: "choice-sub" }, t.situations[id][1]),
          ),
        ),
      ),
      this.demoAccounts(),
    );
  }

  private providerCard(): HTMLElement | null {
    const t = this.t;
    const c = this.state.check;
    if (!c || !c.normalized) return null;
    const p = c.provider;
    if (!p) return h("div", { class: "card muted", "data-testid": "provider-card" }, t.unknownProvider);
    return h(
      "div",
      { class: "card", "data-testid": "provider-card" },
      h("p", {}, h("span", { class: "label" }, t.providerFound, ": "), h("strong", {}, p.name)),
      p.password_name ? h("p", {}, h("span", { class: "label" }, t.passwordCalled, ": "), p.password_name) : null,
      p.password_written_on ? h("p", {}, h("span", { class: "label" }, t.passwordWhere, ": "), p.password_written_on) : null,
      p.app_password_required ? h("p", { class: "warn" }, t.appPasswordNote) : null,
      p.imap_paid_option ? h("p", {}, t.imapPaidNote) : null,
      p.pages.length
        ? h(
            "div",
            { class: "row" },
            p.pages.map((page) =>
              h(
                "button",
                { type: "button", class: "link", onclick: () => this.openPage(page) },
                t.openPage[page] ?? page,
              ),
            ),
          )
        : null,
      p.password_reset_url ? h("p", { class: "small url" }, p.password_reset_url) : null,
    );
  }

  private async openPage(page: ProviderPage) {
    try {
      await api.openProviderPage(this.state.check?.normalized ?? this.state.address, page);
    } catch (e) {
      this.state.error = asAppError(e).message;
      this.render();
    }
  }

  private addressNotes(): HTMLElement | null {
    const c = this.state.check;
    if (!c) return null;
    if (c.error && this.state.address.trim())
      return h("p", { class: "field-error", id: "address-error", "data-testid": "address-error" }, c.error);
    if (!c.normalized) return null;
    const changed = c.normalized !== this.state.address;
    return h(
      "div",
      { class: "normalized", "data-testid": "normalized" },
      changed ? h("p", {}, this.t.readAs, " ", h("strong", { class: "mono" }, c.normalized)) : null,
      c.notes.map((n) => h("p", { class: "small" }, n.message)),
    );
  }

  scheduleCheck(delay = 250) {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.runCheck(), delay);
  }

  async runCheck() {
    const seq = ++this.checkSeq;
    const address = this.state.address;
    if (!address.trim()) {
      this.state.check = null;
      this.updateAccountParts();
      return;
    }
    try {
      const c = await api.checkAddress(address, this.state.lang);
      if (seq !== this.checkSeq) return;
      this.state.check = c;
      if (c.normalized && !this.state.password) {
        const saved = await api.recallPassword(c.normalized).catch(() => null);
        if (saved && seq === this.checkSeq && !this.state.password) {
          this.state.password = saved;
          this.state.remember = true;
          this.state.message = this.t.recalled;
          const pw = this.root.querySelector<HTMLInputElement>("#password");
          if (pw) pw.value = saved;
          const rem = this.root.querySelector<HTMLInputElement>("#remember");
          if (rem) rem.checked = true;
          this.setToast(this.state.message);
        }
      }
    } catch (e) {
      if (seq !== this.checkSeq) return;
      this.state.check = { normalized: null, notes: [], error: asAppError(e).message, provider: null };
    }
    this.updateAccountParts();
  }

  /** Redraws what depends on the address without touching the inputs (keeps focus and caret). */
  private updateAccountParts() {
    if (this.state.screen !== "account") return;
    const notes = this.root.querySelector("#address-notes");
    notes?.replaceChildren(...[this.addressNotes()].filter((x): x is HTMLElement => !!x));
    const card = this.root.querySelector("#provider");
    card?.replaceChildren(...[this.providerCard()].filter((x): x is HTMLElement => !!x));
    const next = this.root.querySelector<HTMLButtonElement>("[data-testid=next]");
    if (next) next.disabled = !this.state.check?.normalized;
    const addr = this.root.querySelector<HTMLInputElement>("#address");
    if (addr) addr.setAttribute("aria-invalid", String(!!this.state.check?.error && !!this.state.address.trim()));
  }

  /** Shows a short message at the bottom; it goes away by itself after a few seconds. */
  private setToast(text: string, ms = 5000) {
    const toast = this.root.querySelector("[data-testid=toast]");
    if (toast) toast.textContent = text;
    if (this.toastTimer) clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => {
      this.state.message = "";
      const t = this.root.querySelector("[data-testid=toast]");
      if (t) t.textContent = "";
    }, ms);
  }

  private accountScreen() {
    const t = this.t;
    const s = this.state;
    const form = h(
      "form",
      {
        novalidate: true,
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          if (s.check?.normalized) void this.afterAccount();
        },
      },
      h("label", { for: "address" }, t.addressLabel),
      h("p", { class: "hint", id: "address-hint" }, t.addressHint),
      h("input", {
        id: "address",
        type: "text",
        inputmode: "email",
        autocomplete: "email",
        spellcheck: "false",
        autocapitalize: "off",
        "aria-describedby": "address-hint address-notes",
        value: s.address,
        "data-testid": "address",
        oninput: (ev: Event) => {
          s.address = (ev.target as HTMLInputElement).value;
          this.scheduleCheck();
        },
      }),
      h("div", { id: "address-notes", "aria-live": "polite" }, this.addressNotes()),
      h("div", { id: "provider", "aria-live": "polite" }, this.providerCard()),
      h("label", { for: "password" }, t.passwordLabel),
      h("p", { class: "hint", id: "password-hint" }, t.passwordHint),
      h("input", {
        id: "password",
        type: s.showPassword ? "text" : "password",
        autocomplete: "current-password",
        spellcheck: "false",
        "aria-describedby": "password-hint",
        value: s.password,
        "data-testid": "password",
        oninput: (ev: Event) => {
          s.password = (ev.target as HTMLInputElement).value;
        },
      }),
      h(
        "label",
        { class: "check" },
        h("input", {
          type: "checkbox",
          checked: s.showPassword,
          onchange: (ev: Event) => {
            s.showPassword = (ev.target as HTMLInputElement).checked;
            const pw = this.root.querySelector<HTMLInputElement>("#password");
            if (pw) pw.type = s.showPassword ? "text" : "password";
          },
        }),
        t.showPassword,
      ),
      h(
        "label",
        { class: "check" },
        h("input", {
          id: "remember",
          type: "checkbox",
          checked: s.remember,
          "data-testid": "remember",
          onchange: (ev: Event) => {
            s.remember = (ev.target as HTMLInputElement).checked;
          },
        }),
        t.remember,
      ),
      s.remember
        ? h("button", { type: "button", class: "link", "data-testid": "forget", onclick: () => void this.forget() }, t.forget)
        : null,
      this.errorBox(),
      h(
        "div",
        { class: "nav" },
        h("button", { type: "button", class: "secondary", onclick: () => this.go("situation") }, t.back),
        h("button", { type: "submit", class: "primary", "data-testid": "next", disabled: !s.check?.normalized }, t.next),
      ),
    );
    return h("section", {}, ...this.title(t.accountTitle, t.accountLead), form);
  }

  private async forget() {
    const addr = this.state.check?.normalized;
    if (!addr) return;
    try {
      await api.forgetPassword(addr);
      this.state.remember = false;
      this.state.password = "";
      this.render();
      this.state.message = this.t.forgotten;
      this.setToast(this.t.forgotten);
    } catch (e) {
      this.state.error = asAppError(e).message;
      this.render();
    }
  }

  private async afterAccount() {
    const s = this.state;
    const addr = s.check?.normalized;
    if (!addr) return;
    if (s.remember && s.password) {
      try {
        await api.rememberPassword(addr, s.password);
      } catch (e) {
        s.error = asAppError(e).message;
        this.render();
        return;
      }
    }
    this.go("devices");
    if (!s.password) {
      s.message = this.t.noPassword;
      this.setToast(s.message);
    }
  }

  private devicesScreen() {
    const t = this.t;
    const s = this.state;
    const all = s.info?.clients ?? (Object.keys(t.clients) as ClientId[]);
    return h(
      "section",
      {},
      ...this.title(t.devicesTitle, t.devicesLead),
      h(
        "fieldset",
        { class: "clients" },
        h("legend", { class: "sr-only" }, t.devicesTitle),
        all.map((c) =>
          h(
            "label",
            { class: "client" + (s.clients.includes(c) ? " chosen" : "") },
            h("input", {
              type: "checkbox",
              checked: s.clients.includes(c),
              "data-testid": `client-${c}`,
              onchange: (ev: Event) => {
                const on = (ev.target as HTMLInputElement).checked;
                s.clients = on ? [...s.clients.filter((x) => x !== c), c] : s.clients.filter((x) => x !== c);
                (ev.target as HTMLElement).closest("label")?.classList.toggle("chosen", on);
                const start = this.root.querySelector<HTMLButtonElement>("[data-testid=start]");
                if (start) start.disabled = s.clients.length === 0;
                const hint = this.root.querySelector<HTMLElement>("[data-testid=pick-one]");
                if (hint) hint.hidden = s.clients.length > 0;
                const q = this.root.querySelector<HTMLElement>("[data-testid=protocol-questions]");
                if (q) q.hidden = !protocolQuestionsRelevant(s.situation, s.clients);
                // The apps tell how many devices at least: the advice is asked again with that.
                if (s.advice || this.devicesAnswerLow()) void this.askAdvice(`client-${c}`);
              },
            }),
            h("span", {}, t.clients[c]),
          ),
        ),
      ),
      this.questions(),
      this.errorBox(),
      h(
        "div",
        { class: "nav" },
        h("button", { type: "button", class: "secondary", onclick: () => this.go("account") }, t.back),
        // No tooltip: a tooltip stays on screen after the click (and on the next screen); the
        // reason the button is off is written next to it while it is off.
        h("span", { class: "nav-hint", id: "pick-one", "data-testid": "pick-one", hidden: s.clients.length > 0 }, t.pickOneHint),
        h(
          "button",
          {
            type: "button",
            class: "primary",
            "data-testid": "start",
            disabled: s.clients.length === 0,
            "aria-describedby": "pick-one",
            onclick: () => void this.diagnose(),
          },
          t.startCheck,
        ),
      ),
    );
  }

  /** The protocol the person chose through the questions, when they are relevant. */
  chosenProtocol(): Protocol | null {
    const s = this.state;
    return protocolQuestionsRelevant(s.situation, s.clients) ? (s.advice?.protocol ?? null) : null;
  }

  private questions(): HTMLElement {
    const t = this.t;
    const s = this.state;
    const a = s.answers;
    const row = <V>(id: string, legend: string, options: [V, string][], current: V | null, set: (v: V) => void) =>
      h(
        "fieldset",
        { class: "question", "data-testid": `q-${id}` },
        h("legend", {}, legend),
        h(
          "div",
          { class: "answers" },
          options.map(([v, label], i) =>
            h(
              "label",
              { class: "answer" + (current === v ? " chosen" : "") },
              h("input", {
                type: "radio",
                name: `q-${id}`,
                checked: current === v,
                "data-testid": `q-${id}-${i}`,
                onchange: () => {
                  set(v);
                  void this.askAdvice(`q-${id}-${i}`);
                },
              }),
              h("span", {}, label),
            ),
          ),
        ),
      );
    return h(
      "section",
      { class: "protocol", "data-testid": "protocol-questions", hidden: !protocolQuestionsRelevant(s.situation, s.clients) },
      h("h2", {}, t.protocolTitle),
      h("p", { class: "small" }, t.protocolLead),
      row("devices", t.qDevices, [[1, t.qDevicesOne], [2, t.qDevicesMany]], a.devices, (v) => (a.devices = v)),
      row("keep", t.qKeepAll, [[true, t.yes], [false, t.no]], a.keepAll, (v) => (a.keepAll = v)),
      row("manage", t.qManage, MANAGE.map((m) => [m, t.manage[m]] as [ManageWhere, string]), a.manage, (v) => (a.manage = v)),
      this.devicesAnswerLow()
        ? h("p", { class: "notice", "data-testid": "devices-cross-check" }, t.devicesCrossCheck(impliedDevices(s.clients)))
        : null,
      h(
        "p",
        { class: "advice", "data-testid": "protocol-advice", "aria-live": "polite", hidden: !s.advice },
        s.advice ? `${t.adviceLabel(s.advice.protocol === "pop3" ? "POP" : "IMAP")} ${s.advice.sentence}` : "",
      ),
    );
  }

  /** The person said "one device" but chose apps of several devices. */
  private devicesAnswerLow(): boolean {
    const d = this.state.answers.devices;
    return d !== null && d < 2 && impliedDevices(this.state.clients) >= 2;
  }

  /** Asks the engine once all three questions are answered; keeps focus on the answer. */
  async askAdvice(focusId: string) {
    const s = this.state;
    const a = s.answers;
    if (a.devices !== null && a.keepAll !== null && a.manage !== null) {
      // Cross-check: the apps chosen run on at least this many devices.
      const devices = Math.max(a.devices, impliedDevices(s.clients));
      try {
        s.advice = await api.adviseProtocol(
          s.check?.normalized ?? s.address,
          { devices, keep_all_on_one_pc: a.keepAll, manage: a.manage },
          s.lang,
        );
      } catch (e) {
        s.advice = null;
        s.error = asAppError(e).message;
      }
    }
    const q = this.root.querySelector("[data-testid=protocol-questions]");
    q?.replaceWith(this.questions());
    this.root.querySelector<HTMLElement>(`[data-testid=${focusId}]`)?.focus();
  }

  async diagnose() {
    const s = this.state;
    if (!s.situation || !s.check?.normalized) return;
    s.progress = emptyProgress();
    s.report = null;
    s.guides = {};
    s.diffs = {};
    s.current = {};
    s.busy = true;
    s.startedAt = Date.now();
    this.go("check");
    this.tick = setInterval(() => this.updateElapsed(), 500);
    try {
      const report = await api.startDiagnosis(
        s.demoCase
          ? { address: s.address, password: s.password, situation: s.situation, lang: s.lang, demo_case: s.demoCase }
          : { address: s.address, password: s.password, situation: s.situation, lang: s.lang },
        (e) => {
          applyEvent(s.progress, e);
          this.updateMatrix();
        },
      );
      s.report = report;
      s.tab = s.clients[0] ?? null;
      this.stopTick();
      s.busy = false;
      this.go("result");
      await this.loadGuides();
    } catch (e) {
      this.stopTick();
      s.busy = false;
      const err = asAppError(e);
      if (err.kind === "cancelled") {
        this.go("devices");
        s.message = this.t.cancelled;
        this.setToast(s.message);
      } else {
        this.go(err.kind === "input" ? "account" : "devices");
        s.error = err.message;
        this.render();
      }
    }
  }

  private stopTick() {
    if (this.tick) clearInterval(this.tick);
    this.tick = null;
  }

  private updateElapsed() {
    const el = this.root.querySelector("[data-testid=elapsed]");
    if (el) el.textContent = this.t.elapsed(Math.floor((Date.now() - this.state.startedAt) / 1000));
  }

  private updateMatrix() {
    const box = this.root.querySelector("#matrix");
    if (box) box.replaceChildren(this.matrix());
  }

  private cellText(c: CellState): [string, string] {
    const t = this.t;
    switch (c) {
      case "ok":
        return ["✓", t.cellOk];
      case "failed":
        return ["✗", t.cellFailed];
      case "running":
        return ["…", t.cellRunning];
      case "skipped":
        return ["–", t.skipped];
      default:
        return ["·", t.cellPending];
    }
  }

  private matrix(): HTMLElement {
    const t = this.t;
    const rows = this.state.progress.rows;
    if (rows.length === 0) return h("p", { class: "planning" }, t.planning);
    return h(
      "table",
      { class: "matrix", "data-testid": "matrix" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, t.rowHeader),
          t.columns.slice(0, COLUMNS).map((c) => h("th", { scope: "col" }, ...withTerms(c, this.state.lang))),
          h("th", { scope: "col" }, t.statusHeader),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map((r) => {
          const c = r.candidate;
          const status =
            r.status === "ok"
              ? t.ok
              : r.status === "failed"
                ? (r.failure ? t.failure[r.failure.kind] : t.cellFailed)
                : r.status === "running"
                  ? t.running
                  : r.status === "skipped"
                    ? t.skipped
                    : t.waiting;
          return h(
            "tr",
            { class: `row-${r.status}` },
            h(
              "th",
              { scope: "row" },
              h("span", { class: "proto" }, t.protocolName[c.protocol]),
              h("span", { class: "mono small" }, `${c.host}:${c.port}`),
              h("span", { class: "small" }, t.securityName[c.security]),
            ),
            r.cells.map((cell) => {
              const [sym, label] = this.cellText(cell);
              return h("td", { class: `cell cell-${cell}`, title: label }, h("span", { "aria-hidden": "true" }, sym), h("span", { class: "sr-only" }, label));
            }),
            h("td", { class: `status status-${r.status}` }, status),
          );
        }),
      ),
    );
  }

  private checkScreen() {
    const t = this.t;
    return h(
      "section",
      {},
      ...this.title(t.checkTitle, t.checkLead),
      h("p", { class: "elapsed", "data-testid": "elapsed", "aria-live": "off" }, t.elapsed(0)),
      h("div", { id: "matrix", class: "matrix-box" }, this.matrix()),
      h(
        "div",
        { class: "nav" },
        h(
          "button",
          { type: "button", class: "secondary", "data-testid": "cancel", onclick: () => void api.cancelDiagnosis() },
          t.cancel,
        ),
      ),
    );
  }

  async loadGuides() {
    const s = this.state;
    const report = s.report;
    if (!report) return;
    const lang = s.lang;
    await Promise.all(
      s.clients.map(async (c) => {
        try {
          const g = await api.guide(report, c, this.chosenProtocol(), lang);
          if (s.report === report && s.lang === lang) s.guides[c] = g;
        } catch (e) {
          // Shown in the app's tab instead of its settings.
          if (s.report === report && s.lang === lang)
            s.guides[c] = { client: c, title: "", verified: false, notices: [], screens: [], error: asAppError(e).message };
        }
      }),
    );
    if (s.screen === "result") this.updateGuide();
  }

  private updateGuide() {
    const panel = this.root.querySelector("#guide-panel");
    if (panel) panel.replaceChildren(this.guidePanel());
  }

  /** Copies a value; the row itself says so for a few seconds (a floating message would
   * cover the values the person is reading). Screen readers hear it through the live toast,
   * which is only visible to them. */
  private async copy(value: string) {
    const s = this.state;
    try {
      await api.copyText(value);
      s.copied = value;
      this.setSrStatus(this.t.copied(value));
    } catch {
      s.copied = null;
      s.message = this.t.copyFailed;
      this.setToast(s.message);
    }
    this.updateGuide();
    if (this.copiedTimer) clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => {
      s.copied = null;
      if (s.screen === "result") this.updateGuide();
    }, 3000);
  }

  private setSrStatus(text: string) {
    const el = this.root.querySelector("[data-testid=sr-status]");
    if (el) el.textContent = text;
  }

  private setSaving(on: boolean) {
    this.state.saving = on;
    for (const b of this.root.querySelectorAll<HTMLButtonElement>("button.save")) {
      b.disabled = on;
      b.setAttribute("aria-busy", String(on));
    }
  }

  private async save(kind: ExportKind) {
    const report = this.state.report;
    // One save dialog at a time: the buttons are off until it is closed.
    if (!report || this.state.saving) return;
    this.setSaving(true);
    try {
      const path = await api.saveExport(report, kind, this.state.lang);
      if (path) {
        this.state.message = this.t.saved(path);
        this.setToast(this.state.message);
      }
    } catch (e) {
      this.state.error = asAppError(e).message;
      this.render();
    } finally {
      this.setSaving(false);
    }
  }

  private guidePanel(): HTMLElement {
    const t = this.t;
    const s = this.state;
    const tab = s.tab;
    const g = tab ? s.guides[tab] : undefined;
    if (!tab || !g) return h("p", { class: "planning" }, t.running);
    if (g.screens.length === 0)
      return h("p", { class: "warn", "data-testid": "no-settings" }, g.error ?? t.noSettings);
    const diff = s.diffs[tab];
    const changeOf = (id: string) => diff?.changes.find((c) => c.id === id);
    const lang = s.lang;
    const seen = new Set<string>();
    const words = (text: string) => withTerms(text, lang, seen);
    const focus = focusScreen(g, s.situation, s.report ? (rank(s.report.findings).primary?.id ?? null) : null);
    const unverified = g.verified
      ? null
      : s.report && loginRefusedOnly(s.report)
        ? h("p", { class: "notice", "data-testid": "verified-but-login" }, t.verifiedButLogin)
        : h("p", { class: "warn" }, t.unverified);
    const screens = g.screens.map((sc, i) =>
      h(
        "div",
        {
          class: "guide-screen" + (i === focus ? " focus" : ""),
          "data-testid": i === focus ? "guide-focus" : undefined,
          "data-screen-index": String(i),
        },
        i === focus && s.situation ? h("p", { class: "focus-here" }, t.focusHere(t.focusWhat[s.situation] ?? "")) : null,
        h("h3", {}, `${i + 1}. `, ...words(sc.title)),
        sc.open ? h("p", { class: "open" }, ...words(sc.open)) : null,
        // A screen with nothing to fill in (only "press Next") gets no empty table.
        sc.fields.length === 0
          ? null
          : h(
            "table",
            { class: "fields" },
            h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t.fieldHeader), h("th", { scope: "col" }, t.valueHeader), h("th", {}, h("span", { class: "sr-only" }, t.copy)))),
            h(
              "tbody",
              {},
              sc.fields.map((f) =>
                h(
                  "tr",
                  { class: changeOf(f.id) ? "differs" : undefined, "data-field": f.id },
                  h("th", { scope: "row" }, ...words(f.label)),
                  h(
                    "td",
                    {},
                    h("span", { class: f.copyable ? "mono value" : "value" }, f.value),
                    f.copyable && s.copied === f.value
                      ? h("p", { class: "copied", "data-testid": "copied" }, "✓ ", t.copiedShort)
                      : null,
                    changeOf(f.id) ? h("p", { class: "change-mark", "data-testid": `mark-${f.id}` }, `${t.changeMark}: ${changeOf(f.id)?.line}`) : null,
                    f.note ? h("p", { class: "small" }, ...words(f.note)) : null,
                  ),
                  h(
                    "td",
                    {},
                    f.copyable
                      ? h(
                          "button",
                          {
                            type: "button",
                            class: "copy",
                            "aria-label": t.copyLabel(f.label),
                            "data-copy": f.value,
                            onclick: () => void this.copy(f.value),
                          },
                          t.copy,
                        )
                      : null,
                  ),
                ),
              ),
            ),
          ),
        sc.then ? h("p", { class: "then" }, ...words(sc.then)) : null,
      ),
    );
    // The situation's section first: the earlier steps (creating the account) are folded.
    const body =
      focus === null
        ? screens
        : [
            h(
              "details",
              { class: "earlier", "data-testid": "guide-earlier" },
              h("summary", {}, t.earlierSteps(focus)),
              screens.slice(0, focus),
            ),
            ...screens.slice(focus),
          ];
    return h(
      "div",
      { "data-testid": `guide-${tab}` },
      unverified,
      g.notices.map((n) => h("p", { class: "notice" }, ...words(n))),
      body,
      this.nowForm(tab),
    );
  }

  /** The optional "what does your app show now?" form of one app's tab. */
  private nowForm(tab: ClientId): HTMLElement {
    const t = this.t;
    const s = this.state;
    const now = (s.now[tab] ??= emptyNow());
    const diff = s.diffs[tab];
    const field = (k: keyof AppNow) => {
      const id = `now-${tab}-${k}`;
      const input =
        k === "incoming_security" || k === "outgoing_security"
          ? h(
              "select",
              {
                id,
                "data-testid": `now-${k}`,
                onchange: (ev: Event) => {
                  const v = (ev.target as HTMLSelectElement).value;
                  now[k] = v ? (v as Security) : null;
                },
              },
              h("option", { value: "", selected: now[k] === null }, t.securityUnknown),
              SECURITIES.map((sec) => h("option", { value: sec, selected: now[k] === sec }, t.securityNames[sec])),
            )
          : h("input", {
              id,
              type: "text",
              "data-testid": `now-${k}`,
              inputmode: k.endsWith("_port") ? "numeric" : undefined,
              autocomplete: "off",
              spellcheck: "false",
              value: (now[k] as string) ?? "",
              oninput: (ev: Event) => {
                (now as Record<string, string | null>)[k] = (ev.target as HTMLInputElement).value;
              },
            });
      return h("div", { class: "now-field" }, h("label", { for: id }, t.nowFields[k]), input);
    };
    return h(
      "details",
      { class: "now", "data-testid": "now-form", open: !!diff },
      h("summary", { "data-testid": "now-open" }, t.nowTitle),
      this.readCurrentPart(tab),
      h("p", { class: "small" }, t.nowLead),
      h(
        "form",
        {
          onsubmit: (ev: Event) => {
            ev.preventDefault();
            void this.compareNow(tab);
          },
        },
        h("div", { class: "now-grid" }, NOW_FIELDS.map(field)),
        h("button", { type: "submit", class: "primary", "data-testid": "compare" }, t.compareButton),
      ),
      diff
        ? h(
            "div",
            { class: "changes", "data-testid": "changes", "aria-live": "polite", tabindex: "-1" },
            diff.problems.map((p) => h("p", { class: "warn" }, p)),
            diff.changes.length
              ? [
                  h("h3", {}, t.changesTitle),
                  h(
                    "ul",
                    {},
                    diff.changes.map((c) =>
                      h("li", { "data-change": c.id }, h("strong", {}, c.line), c.note ? h("p", { class: "small" }, c.note) : null),
                    ),
                  ),
                ]
              : diff.problems.length
                ? null
                : h("p", { class: "ok" }, t.noChanges),
          )
        : null,
    );
  }

  /** "Read the settings from this computer" and what it found (issue 15). */
  private readCurrentPart(tab: ClientId): HTMLElement {
    const t = this.t;
    const found = this.state.current[tab];
    return h(
      "div",
      { class: "read-current", "data-testid": "read-current-part" },
      h("p", { class: "small" }, t.readCurrentLead),
      h("button", { type: "button", "data-testid": "read-current", onclick: () => void this.readCurrent(tab) }, t.readCurrent),
      found?.message ? h("p", { class: found.readable ? "small" : "warn", "data-testid": "read-current-message" }, found.message) : null,
      found && found.accounts.length > 1
        ? h(
            "ul",
            { "data-testid": "read-current-accounts" },
            found.accounts.map((a) =>
              h(
                "li",
                {},
                `${a.app} (${a.profile}) ${a.source} `,
                h("button", { type: "button", onclick: () => this.useCurrent(tab, a) }, t.readCurrentUse),
              ),
            ),
          )
        : found?.accounts.length === 1
          ? h("p", { class: "small", "data-testid": "read-current-source" }, `${found.accounts[0].app} (${found.accounts[0].profile}) ${found.accounts[0].source}`)
          : null,
    );
  }

  async readCurrent(tab: ClientId) {
    const s = this.state;
    const report = s.report;
    if (!report) return;
    try {
      const found = await api.readCurrentSettings(report, tab, this.chosenProtocol(), s.lang);
      s.current[tab] = found;
      if (found.accounts.length >= 1) {
        this.useCurrent(tab, found.accounts[0]);
        return;
      }
    } catch (e) {
      s.error = asAppError(e).message;
      this.render();
      return;
    }
    if (s.tab === tab) this.updateGuide();
  }

  /** Fills the form with an account read from this computer and marks what differs. */
  private useCurrent(tab: ClientId, a: CurrentAccount) {
    const s = this.state;
    s.now[tab] = { ...a.now };
    s.diffs[tab] = a.compare;
    if (s.tab !== tab) return;
    this.updateGuide();
    this.root.querySelector<HTMLElement>("[data-testid=changes]")?.focus();
  }

  async compareNow(tab: ClientId) {
    const s = this.state;
    const report = s.report;
    if (!report) return;
    try {
      s.diffs[tab] = await api.compareWithApp(report, tab, this.chosenProtocol(), s.now[tab] ?? emptyNow(), s.lang);
    } catch (e) {
      s.error = asAppError(e).message;
      this.render();
      return;
    }
    if (s.tab !== tab) return;
    this.updateGuide();
    this.root.querySelector<HTMLElement>("[data-testid=changes]")?.focus();
  }

  private tabs(): HTMLElement {
    const t = this.t;
    const s = this.state;
    const select = (c: ClientId, focus: boolean) => {
      s.tab = c;
      const list = this.root.querySelector("[role=tablist]");
      list?.replaceWith(this.tabs());
      this.updateGuide();
      if (focus) this.root.querySelector<HTMLElement>(`[data-testid=tab-${c}]`)?.focus();
    };
    return h(
      "div",
      { role: "tablist", class: "tabs", "aria-label": t.settingsTitle },
      s.clients.map((c, i) =>
        h(
          "button",
          {
            type: "button",
            role: "tab",
            id: `tab-${c}`,
            "aria-selected": String(s.tab === c),
            "aria-controls": "guide-panel",
            tabindex: s.tab === c ? "0" : "-1",
            "data-testid": `tab-${c}`,
            onclick: () => select(c, false),
            onkeydown: (ev: Event) => {
              const k = (ev as KeyboardEvent).key;
              const n = s.clients.length;
              if (k === "ArrowRight") select(s.clients[(i + 1) % n], true);
              else if (k === "ArrowLeft") select(s.clients[(i - 1 + n) % n], true);
              else return;
              ev.preventDefault();
            },
          },
          t.clients[c],
        ),
      ),
    );
  }

  /** One finding with its steps; `lead` is the primary cause (its title is the screen's). */
  private finding(f: Finding, lead: boolean): HTMLElement {
    const t = this.t;
    const lang = this.state.lang;
    const seen = new Set<string>();
    const words = (x: string) => withTerms(x, lang, seen);
    const evidence = f.evidence.length
      ? h("details", {}, h("summary", {}, t.evidence), h("ul", { class: "small mono" }, f.evidence.map((e) => h("li", {}, e))))
      : null;
    // In reading order, so that the first use of a term is the one explained.
    const title = lead ? [] : words(f.title);
    const detail = f.detail ? words(f.detail) : null;
    const actions = f.actions.length ? h("ol", { class: "actions" }, f.actions.map((a) => h("li", {}, ...words(a)))) : null;
    if (lead)
      return h(
        "div",
        { class: `finding primary sev-${f.severity}`, "data-finding": f.id, "data-primary": "true" },
        detail ? h("p", { class: "lead" }, ...detail) : null,
        actions ? h("h2", {}, t.primaryActions) : null,
        actions,
        evidence,
      );
    return h(
      "li",
      { class: `finding sev-${f.severity}`, "data-finding": f.id },
      h("h3", {}, ...title),
      detail ? h("p", {}, ...detail) : null,
      actions,
      evidence,
    );
  }

  private resultScreen() {
    const t = this.t;
    const s = this.state;
    const r = s.report;
    if (!r) return h("section", {}, ...this.title(t.resultTitle));
    // One root cause first, in plain words; the engine's order decides which it is.
    const { primary, others, details } = rank(r.findings);
    const ok = primary?.id === "all_ok";
    return h(
      "section",
      {},
      h("p", { class: "kicker" }, t.resultTitle),
      h("h1", { tabindex: "-1", class: ok ? "verdict ok" : "verdict problem", "data-testid": "verdict" }, primary ? primary.title : t.noSettings),
      this.errorBox(),
      primary && !ok ? h("section", { class: "causes", "data-testid": "causes" }, this.finding(primary, true)) : null,
      primary && ok && primary.detail ? h("p", { class: "lead" }, primary.detail) : null,
      others.length
        ? h("section", { class: "others", "data-testid": "others" }, h("h2", {}, t.othersTitle), h("ol", {}, others.map((f) => this.finding(f, false))))
        : null,
      details.length
        ? h(
            "details",
            { class: "details", "data-testid": "details" },
            h("summary", {}, t.detailsTitle(details.length)),
            h("ol", {}, details.map((f) => this.finding(f, false))),
          )
        : null,
      // The table of the live check stays on the result screen, folded: support staff read it,
      // and a login skipped for the per-server cap is drawn there as neutral, never as a red ✗.
      s.progress.rows.length
        ? h("details", { class: "details checked", "data-testid": "checked" }, h("summary", {}, t.checkedTitle), this.matrix())
        : null,
      h(
        "section",
        { class: "settings" },
        h("h2", {}, t.settingsTitle),
        this.tabs(),
        h("div", { id: "guide-panel", role: "tabpanel", "aria-labelledby": s.tab ? `tab-${s.tab}` : undefined, tabindex: "0" }, this.guidePanel()),
      ),
      h(
        "div",
        { class: "nav wrap" },
        this.handoff.button(),
        h("button", { type: "button", class: "secondary save", disabled: s.saving, "data-testid": "save-profile-iphone", onclick: () => void this.save("mobileconfig-iphone") }, t.profileIphone),
        h("button", { type: "button", class: "secondary save", disabled: s.saving, "data-testid": "save-profile-mac", onclick: () => void this.save("mobileconfig-mac") }, t.profileMac),
        h("button", { type: "button", class: "secondary save", disabled: s.saving, "data-testid": "save-report", onclick: () => void this.save("report-html") }, t.report),
        h("button", { type: "button", class: "secondary", "data-testid": "retest", onclick: () => void this.diagnose() }, t.retest),
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            "data-testid": "restart",
            onclick: () => {
              const keep = { lang: s.lang, info: s.info };
              this.state = { ...initialState(), ...keep };
              if (keep.info?.demo) {
                this.state.address = keep.info.demo.address;
                this.state.password = keep.info.demo.password;
              }
              this.render();
            },
          },
          t.restart,
        ),
      ),
    );
  }
}
