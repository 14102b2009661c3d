// The wizard against mocked Tauri IPC: what a person sees on each screen, and which commands
// are called with which arguments.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Wizard } from "./app";
import type { AddressCheck } from "./bindings/AddressCheck";
import type { AppInfo } from "./bindings/AppInfo";
import type { ClientGuide } from "./bindings/ClientGuide";
import type { Event as EngineEvent } from "./bindings/Event";
import type { Report } from "./bindings/Report";
import { sampleCandidates, sampleProbe, sampleReport } from "./testdata";

type Call = { cmd: string; args: Record<string, unknown> };

let calls: Call[];
let root: HTMLElement;
let diagnosis: (channelId: number) => Promise<Report>;

const info: AppInfo = { version: "0.1.0", demo: null, custom_config: false, clients: ["iphone", "outlook-classic", "thunderbird"] };

function check(address: string): AddressCheck {
  const fullwidth = /[Ａ-ｚ＠．]/.test(address);
  const normalized = address.normalize("NFKC").trim();
  if (!normalized.includes("@")) return { normalized: null, notes: [], error: "「@」がありません。", provider: null };
  return {
    normalized,
    notes: fullwidth ? [{ id: "fullwidth_normalized", message: "全角の文字を半角にしました。" }] : [],
    error: null,
    provider: normalized.endsWith("@example.ne.jp")
      ? {
          id: "example",
          name: "Example ネット",
          password_name: "メールパスワード（会員証に記載）",
          password_written_on: "「登録内容のお知らせ」",
          pages: ["webmail", "password-reset"],
          password_reset_url: "https://example.ne.jp/reset",
          imap_paid_option: false,
          app_password_required: false,
        }
      : null,
  };
}

function guide(client: string): ClientGuide {
  return {
    client: client as ClientGuide["client"],
    title: client,
    verified: true,
    notices: [],
    error: null,
    screens: [
      {
        title: "受信メールサーバー",
        open: "「設定」→「メール」",
        then: "「次へ」を押します",
        fields: [
          { id: "incoming_host", label: "サーバー", value: "imap.example.ne.jp", note: null, copyable: true },
          { id: "incoming_port", label: "ポート", value: "993", note: null, copyable: true },
          { id: "incoming_password", label: "パスワード", value: "メールのパスワード", note: null, copyable: false },
        ],
      },
    ],
  };
}

function emit(channelId: number, index: number, message: EngineEvent) {
  (window as unknown as { __TAURI_INTERNALS__: { runCallback: (id: number, d: unknown) => void } }).__TAURI_INTERNALS__.runCallback(
    channelId,
    { index, message },
  );
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const text = () => root.textContent ?? "";
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => {
  const el = root.querySelector<T>(sel);
  if (!el) throw new Error(`no ${sel} in: ${text()}`);
  return el;
};
async function waitFor(cond: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}; screen: ${text()}`);
}

beforeEach(() => {
  calls = [];
  root = document.createElement("div");
  document.body.replaceChildren(root);
  diagnosis = async () => sampleReport("ok");
  mockIPC(async (cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: a });
    switch (cmd) {
      case "app_info":
        return info;
      case "check_address":
        return check(a.address as string);
      case "recall_password":
        return null;
      case "remember_password":
        return null;
      case "start_diagnosis":
        return diagnosis((a.onEvent as { id: number }).id);
      case "cancel_diagnosis":
        return true;
      case "guide":
        return guide(a.client as string);
      case "advise_protocol": {
        const q = a.questions as { devices: number; keep_all_on_one_pc: boolean };
        return q.keep_all_on_one_pc || q.devices < 2
          ? { protocol: "pop3", sentence: "1台のパソコンに残すので POP にします。" }
          : { protocol: "imap", sentence: "何台もの機器で読むので IMAP が向いています。" };
      }
      case "compare_with_app": {
        const now = a.now as Record<string, string | null>;
        const changes =
          now.incoming_port === "110" ? [{ id: "incoming_port", line: "ポート: 110 → 993", note: null }] : [];
        const problems = now.outgoing_port === "abc" ? ["送信ポートは数字で入れてください（例: 587）。"] : [];
        return { changes, problems };
      }
      case "read_current_settings":
        return a.client === "thunderbird"
          ? {
              readable: true,
              message: null,
              accounts: [
                {
                  app: "Thunderbird",
                  profile: "default",
                  source: "/home/taro/.thunderbird/x.default/prefs.js",
                  now: {
                    incoming_host: "pop.example.ne.jp",
                    incoming_port: "110",
                    incoming_security: "none",
                    incoming_username: "taro@example.ne.jp",
                    outgoing_host: "smtp.example.ne.jp",
                    outgoing_port: "25",
                    outgoing_security: "none",
                  },
                  compare: {
                    changes: [
                      { id: "incoming_port", line: "受信ポート: 110 → 993", note: null },
                      { id: "outgoing_port", line: "送信ポート: 25 → 587", note: null },
                    ],
                    problems: [],
                  },
                },
              ],
            }
          : { readable: false, message: "このアプリの設定は、このコンピューターからは読み取れません。", accounts: [] };
      case "copy_text":
        return null;
      case "save_export":
        return `/tmp/tsunagu.${a.kind === "report-html" ? "html" : "mobileconfig"}`;
      default:
        throw { kind: "not_found", message: `unmocked ${cmd}` };
    }
  });
});

afterEach(() => clearMocks());

async function toAccount(w: Wizard) {
  await w.start();
  $("[data-testid=situation-cant-send]").click();
  expect(w.state.screen).toBe("account");
}

async function type(sel: string, value: string) {
  const input = $<HTMLInputElement>(sel);
  input.value = value;
  input.dispatchEvent(new Event("input"));
}

describe("wizard", () => {
  it("starts with four large situation choices in Japanese, and switches to English", async () => {
    const w = new Wizard(root);
    await w.start();
    expect($("h1").textContent).toBe("どうしましたか？");
    const labels = [...root.querySelectorAll(".choice-title")].map((e) => e.textContent);
    expect(labels).toEqual(["新しい機器で使いたい", "メールが届かない", "メールが送れない", "Gmailで読みたい"]);
    // Focus lands on the first choice, not on the heading.
    expect(document.activeElement).toBe($("[data-testid=situation-new-device]"));
    $("[data-testid=lang]").click();
    expect($("h1").textContent).toBe("What happened?");
    expect(document.documentElement.lang).toBe("en");
  });

  it("shows the normalised full-width address and the provider card as the person types", async () => {
    const w = new Wizard(root);
    await toAccount(w);
    expect($<HTMLButtonElement>("[data-testid=next]").disabled).toBe(true);
    await type("#address", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｎｅ．ｊｐ");
    await waitFor(() => !!root.querySelector("[data-testid=provider-card]"), "provider card");
    expect($("[data-testid=normalized]").textContent).toContain("taro@example.ne.jp");
    expect($("[data-testid=normalized]").textContent).toContain("全角の文字を半角にしました。");
    const card = $("[data-testid=provider-card]").textContent;
    expect(card).toContain("Example ネット");
    expect(card).toContain("メールパスワード（会員証に記載）");
    expect(card).toContain("パスワードを忘れたとき");
    expect(card).toContain("「登録内容のお知らせ」");
    expect($<HTMLButtonElement>("[data-testid=next]").disabled).toBe(false);
    // The input keeps what was typed (and focus): only the notes around it are redrawn.
    expect($<HTMLInputElement>("#address").value).toBe("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｎｅ．ｊｐ");
  });

  it("says what is wrong with an invalid address and keeps Next disabled", async () => {
    const w = new Wizard(root);
    await toAccount(w);
    await type("#address", "taro");
    await waitFor(() => !!root.querySelector("[data-testid=address-error]"), "address error");
    expect($("[data-testid=address-error]").textContent).toBe("「@」がありません。");
    expect($<HTMLButtonElement>("[data-testid=next]").disabled).toBe(true);
    expect($("#address").getAttribute("aria-invalid")).toBe("true");
  });

  it("remembers the password in the keychain only when asked", async () => {
    const w = new Wizard(root);
    await toAccount(w);
    await type("#address", "taro@example.ne.jp");
    await type("#password", "secret-pw");
    await waitFor(() => !$<HTMLButtonElement>("[data-testid=next]").disabled, "next enabled");
    $<HTMLButtonElement>("[data-testid=next]").click();
    await waitFor(() => w.state.screen === "devices", "devices");
    expect(calls.some((c) => c.cmd === "remember_password")).toBe(false);

    $("[data-testid=lang]").click(); // language does not lose the input
    w.go("account");
    $<HTMLInputElement>("[data-testid=remember]").click();
    $<HTMLButtonElement>("[data-testid=next]").click();
    await waitFor(() => w.state.screen === "devices", "devices again");
    expect(calls.find((c) => c.cmd === "remember_password")?.args).toEqual({
      address: "taro@example.ne.jp",
      password: "secret-pw",
    });
  });

  it("streams the live check into the matrix, then shows verdict, causes and copyable settings", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    diagnosis = async (ch) => {
      emit(ch, 0, { event: "planned", candidates: sampleCandidates() });
      emit(ch, 1, { event: "probe_started", index: 0 });
      emit(ch, 2, { event: "step_finished", index: 0, step: { step: "connect", ok: true, ms: 3, detail: "127.0.0.1" } });
      await gate;
      emit(ch, 3, { event: "probe_finished", index: 0, probe: sampleProbe("ok") });
      emit(ch, 4, { event: "finished", ms: 420 });
      return sampleReport("port25");
    };
    const w = new Wizard(root);
    await toAccount(w);
    await type("#address", "taro@example.ne.jp");
    await type("#password", "pw");
    await waitFor(() => !$<HTMLButtonElement>("[data-testid=next]").disabled, "next enabled");
    $<HTMLButtonElement>("[data-testid=next]").click();
    await waitFor(() => w.state.screen === "devices", "devices");
    expect($<HTMLButtonElement>("[data-testid=start]").disabled).toBe(true);
    $<HTMLInputElement>("[data-testid=client-iphone]").click();
    $<HTMLInputElement>("[data-testid=client-thunderbird]").click();
    expect($<HTMLButtonElement>("[data-testid=start]").disabled).toBe(false);
    $<HTMLButtonElement>("[data-testid=start]").click();
    await waitFor(() => !!root.querySelector("[data-testid=matrix]"), "matrix");
    expect(w.state.screen).toBe("check");
    const matrix = $("[data-testid=matrix]").textContent ?? "";
    expect(matrix).toContain("受信 (IMAP)");
    expect(matrix).toContain("127.0.0.1:10993");
    expect(matrix).toContain("送信 (SMTP)");
    expect(root.querySelectorAll(".cell-ok").length).toBe(1);
    expect(root.querySelectorAll(".cell-running").length).toBe(1);
    expect(calls.find((c) => c.cmd === "start_diagnosis")?.args.args).toEqual({
      address: "taro@example.ne.jp",
      password: "pw",
      situation: "cant-send",
      lang: "ja",
    });
    release();
    await waitFor(() => w.state.screen === "result" && !!root.querySelector("[data-testid=guide-iphone]"), "result");
    expect($("[data-testid=verdict]").textContent).toBe("25番ポートが使えません");
    expect($("[data-testid=causes]").textContent).toContain("送信ポートを587にしてください");
    const tabs = [...root.querySelectorAll("[role=tab]")].map((e) => e.textContent);
    expect(tabs).toEqual(["iPhone / iPad の「メール」", "Thunderbird"]);
    // Copy buttons only on values to type; the copy is confirmed on screen.
    const copies = [...root.querySelectorAll<HTMLButtonElement>("button.copy")];
    expect(copies.map((b) => b.dataset.copy)).toEqual(["imap.example.ne.jp", "993"]);
    copies[0].click();
    // Said in the row (nothing floats over the values) and to screen readers.
    await waitFor(() => !!root.querySelector("[data-testid=copied]"), "copied mark");
    expect($("[data-testid=copied]").closest("td")?.textContent).toContain("imap.example.ne.jp");
    expect($("[data-testid=sr-status]").textContent).toBe("コピーしました: imap.example.ne.jp");
    expect($("[data-testid=toast]").textContent).toBe("");
    expect(calls.find((c) => c.cmd === "copy_text")?.args).toEqual({ text: "imap.example.ne.jp" });
    // Keyboard: arrow keys move between app tabs.
    $("[data-testid=tab-iphone]").dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight" }));
    expect(document.activeElement?.getAttribute("data-testid")).toBe("tab-thunderbird");
    await waitFor(() => !!root.querySelector("[data-testid=guide-thunderbird]"), "thunderbird panel");
    // Profile and support report are saved by the shell (save dialog); the path is confirmed.
    $("[data-testid=save-profile-iphone]").click();
    await waitFor(() => $("[data-testid=toast]").textContent === "保存しました: /tmp/tsunagu.mobileconfig", "saved toast");
    $("[data-testid=save-report]").click();
    await waitFor(() => $("[data-testid=toast]").textContent === "保存しました: /tmp/tsunagu.html", "report toast");
    expect(calls.filter((c) => c.cmd === "save_export").map((c) => c.args.kind)).toEqual(["mobileconfig-iphone", "report-html"]);
  });

  it("cancels a running check and goes back to the apps screen", async () => {
    diagnosis = () =>
      new Promise((_, reject) => {
        const t = setInterval(() => {
          if (calls.some((c) => c.cmd === "cancel_diagnosis")) {
            clearInterval(t);
            reject({ kind: "cancelled", message: "cancelled" });
          }
        }, 5);
      });
    const w = new Wizard(root);
    w.state.situation = "cant-receive";
    w.state.address = "taro@example.ne.jp";
    w.state.check = check("taro@example.ne.jp");
    w.state.clients = ["iphone"];
    await w.start();
    void w.diagnose();
    await flush();
    expect($("h1").textContent).toBe("サーバーを確認しています");
    $("[data-testid=cancel]").click();
    await waitFor(() => w.state.screen === "devices", "back to devices");
    expect($("[data-testid=toast]").textContent).toBe("確認を中止しました。");
  });

  it("shows an engine error with what to do next", async () => {
    diagnosis = () => Promise.reject({ kind: "setup", message: "could not read the config file" });
    const w = new Wizard(root);
    w.state.situation = "new-device";
    w.state.address = "taro@example.ne.jp";
    w.state.check = check("taro@example.ne.jp");
    w.state.clients = ["iphone"];
    await w.start();
    await w.diagnose();
    expect(w.state.screen).toBe("devices");
    expect($("[data-testid=error]").textContent).toContain("could not read the config file");
    expect($("[data-testid=error]").textContent).toContain("もう一度試すか");
  });

  it("asks the three POP-or-IMAP questions for a new device and uses the engine's choice in the guides", async () => {
    const w = new Wizard(root);
    w.state.situation = "new-device";
    w.state.address = "taro@example.ne.jp";
    w.state.check = check("taro@example.ne.jp");
    await w.start();
    w.go("devices");
    const q = $("[data-testid=protocol-questions]");
    expect(q.hidden).toBe(false);
    expect([...q.querySelectorAll("legend")].map((l) => l.textContent)).toEqual([
      "このメールを読む機器（パソコン・スマートフォン・タブレット）は何台ですか？",
      "1台のパソコンに、すべてのメールを残しておく必要がありますか？",
      "メールをどこで管理したいですか？",
    ]);
    expect($("[data-testid=protocol-advice]").hidden).toBe(true);
    $<HTMLInputElement>("[data-testid=q-devices-0]").click();
    $<HTMLInputElement>("[data-testid=q-keep-0]").click();
    await flush();
    expect(calls.some((c) => c.cmd === "advise_protocol")).toBe(false);
    $<HTMLInputElement>("[data-testid=q-manage-0]").click();
    await waitFor(() => !$("[data-testid=protocol-advice]").hidden, "advice");
    expect($("[data-testid=protocol-advice]").textContent).toBe("おすすめは POP です。 1台のパソコンに残すので POP にします。");
    expect(calls.find((c) => c.cmd === "advise_protocol")?.args).toEqual({
      address: "taro@example.ne.jp",
      questions: { devices: 1, keep_all_on_one_pc: true, manage: "one-pc" },
      lang: "ja",
    });
    // Focus stays on the answer just chosen (keyboard users keep their place).
    expect(document.activeElement?.getAttribute("data-testid")).toBe("q-manage-0");
    expect($<HTMLInputElement>("[data-testid=q-manage-0]").checked).toBe(true);
    // English: the questions and the advice follow the language (the engine is asked again).
    $("[data-testid=lang]").click();
    await waitFor(() => calls.filter((c) => c.cmd === "advise_protocol").length === 2, "advice in English");
    expect($("[data-testid=q-keep] legend").textContent).toBe("Must one computer keep every message?");
    expect(calls.filter((c) => c.cmd === "advise_protocol")[1].args.lang).toBe("en");
    expect($("[data-testid=protocol-advice]").textContent).toContain("We recommend POP.");
    expect($<HTMLInputElement>("[data-testid=q-devices-0]").checked).toBe(true);
    $<HTMLInputElement>("[data-testid=client-iphone]").click();
    $<HTMLButtonElement>("[data-testid=start]").click();
    await waitFor(() => !!root.querySelector("[data-testid=guide-iphone]"), "result");
    expect(calls.find((c) => c.cmd === "guide")?.args.protocol).toBe("pop3");
  });

  it("hides the questions when sending is the problem, and then asks the guide for no protocol", async () => {
    const w = new Wizard(root);
    w.state.situation = "cant-send";
    w.state.address = "taro@example.ne.jp";
    w.state.check = check("taro@example.ne.jp");
    w.state.advice = { protocol: "pop3", sentence: "x" };
    w.state.clients = ["thunderbird"];
    await w.start();
    w.go("devices");
    expect($("[data-testid=protocol-questions]").hidden).toBe(true);
    await w.diagnose();
    expect(calls.find((c) => c.cmd === "guide")?.args.protocol).toBe(null);
  });

  it("marks the fields the app has wrong, with both values, from the optional form", async () => {
    const w = new Wizard(root);
    w.state.situation = "cant-receive";
    w.state.address = "taro@example.ne.jp";
    w.state.check = check("taro@example.ne.jp");
    w.state.clients = ["iphone", "thunderbird"];
    await w.start();
    await w.diagnose();
    await waitFor(() => !!root.querySelector("[data-testid=guide-iphone]"), "result");
    expect($("[data-testid=now-form]").hasAttribute("open")).toBe(false);
    expect($("[data-testid=now-open]").textContent).toBe("いまアプリに入っている設定と比べる（入れなくても大丈夫です）");
    expect(root.querySelector("label[for=now-iphone-outgoing_port]")?.textContent).toBe("送信ポート");
    await type("[data-testid=now-incoming_port]", "110");
    $<HTMLSelectElement>("[data-testid=now-incoming_security]").value = "tls";
    $("[data-testid=now-incoming_security]").dispatchEvent(new Event("change"));
    $<HTMLButtonElement>("[data-testid=compare]").click();
    await waitFor(() => !!root.querySelector("[data-testid=changes]"), "changes");
    expect($("[data-testid=changes]").textContent).toContain("ポート: 110 → 993");
    expect($("[data-testid=mark-incoming_port]").textContent).toBe("直す: ポート: 110 → 993");
    expect($("[data-testid=mark-incoming_port]").closest("tr")?.classList.contains("differs")).toBe(true);
    expect(document.activeElement).toBe($("[data-testid=changes]"));
    const args = calls.find((c) => c.cmd === "compare_with_app")?.args;
    expect(args?.client).toBe("iphone");
    expect(args?.now).toMatchObject({ incoming_port: "110", incoming_security: "tls", outgoing_port: "" });
    // The form keeps what was typed; another tab has its own, empty form.
    $("[data-testid=tab-thunderbird]").click();
    expect($<HTMLInputElement>("[data-testid=now-incoming_port]").value).toBe("");
    expect(root.querySelector("[data-testid=changes]")).toBe(null);
    await type("[data-testid=now-outgoing_port]", "abc");
    $<HTMLButtonElement>("[data-testid=compare]").click();
    await waitFor(() => !!root.querySelector("[data-testid=changes]"), "problem");
    expect($("[data-testid=changes]").textContent).toBe("送信ポートは数字で入れてください（例: 587）。");
    $("[data-testid=tab-iphone]").click();
    expect($<HTMLInputElement>("[data-testid=now-incoming_port]").value).toBe("110");
    expect($("[data-testid=changes]").textContent).toContain("ポート: 110 → 993");
    // Nothing different: said plainly.
    await type("[data-testid=now-incoming_port]", "993");
    $<HTMLButtonElement>("[data-testid=compare]").click();
    await waitFor(() => $("[data-testid=changes]").textContent === "入れた値は正しい設定と同じです。直すところはありません。", "no changes");
  });

  it("reads the settings from this computer and marks what differs, or says they cannot be read", async () => {
    const w = new Wizard(root);
    w.state.situation = "cant-send";
    w.state.address = "taro@example.ne.jp";
    w.state.check = check("taro@example.ne.jp");
    w.state.clients = ["iphone", "thunderbird"];
    await w.start();
    await w.diagnose();
    await waitFor(() => !!root.querySelector("[data-testid=guide-iphone]"), "result");
    $("[data-testid=read-current]").click();
    await waitFor(() => !!root.querySelector("[data-testid=read-current-message]"), "iphone message");
    expect($("[data-testid=read-current-message]").textContent).toContain("読み取れません");
    $("[data-testid=tab-thunderbird]").click();
    $("[data-testid=read-current]").click();
    await waitFor(() => !!root.querySelector("[data-testid=changes]"), "changes");
    expect($("[data-testid=changes]").textContent).toContain("送信ポート: 25 → 587");
    expect($("[data-testid=mark-incoming_port]").closest("tr")?.classList.contains("differs")).toBe(true);
    expect($<HTMLInputElement>("[data-testid=now-outgoing_port]").value).toBe("25");
    expect($("[data-testid=read-current-source]").textContent).toContain("prefs.js");
    expect(calls.find((c) => c.cmd === "read_current_settings" && c.args.client === "thunderbird")).toBeTruthy();
  });

  it("fills in the demo account in demo mode", async () => {
    info.demo = { address: "demo@tsunagu.test", password: "demo-pw", others: [] };
    try {
      const w = new Wizard(root);
      await w.start();
      expect(text()).toContain("デモモード");
      $("[data-testid=situation-new-device]").click();
      expect($<HTMLInputElement>("#address").value).toBe("demo@tsunagu.test");
    } finally {
      info.demo = null;
    }
  });
});
