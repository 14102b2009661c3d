// "Set up your phone" (handoff.ts) against mocked Tauri IPC.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Wizard } from "./app";
import type { ExportKind } from "./bindings/ExportKind";
import type { HandoffStart } from "./bindings/HandoffStart";
import type { Lang } from "./bindings/Lang";
import { minutesSeconds, PhoneHandoff } from "./handoff";
import { sampleReport } from "./testdata";

type Call = { cmd: string; args: Record<string, unknown> };
let calls: Call[];
let startAnswer: HandoffStart;
const URL = "http://127.0.0.1:40000/t/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE/";
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path d="M0 0h1v1H0z"/></svg>';

const running = (): HandoffStart => ({
  view: { active: true, url: URL, qr_svg: SVG, seconds_left: 600, requests: 0, max_requests: 60, stopped: null },
  problem: null,
});

const flush = () => new Promise((r) => setTimeout(r, 0));
const $ = (sel: string) => {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`no ${sel} in: ${document.body.textContent}`);
  return el;
};

beforeEach(() => {
  calls = [];
  startAnswer = running();
  document.body.replaceChildren();
  mockIPC(async (cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    switch (cmd) {
      case "handoff_start":
        return startAnswer;
      case "handoff_stop":
        return true;
      case "handoff_status":
        return startAnswer.view;
      case "app_info":
        return { version: "0", demo: null, custom_config: false, clients: ["iphone"] };
      case "guide":
        return { client: "iphone", title: "", verified: true, notices: [], screens: [], error: null };
      default:
        return null;
    }
  });
});
afterEach(() => clearMocks());

function make(lang: Lang = "ja") {
  const saved: ExportKind[] = [];
  const report = sampleReport("ok");
  const h = new PhoneHandoff({
    lang: () => lang,
    report: () => report,
    clients: () => ["iphone", "thunderbird"],
    protocol: () => "imap",
    save: (k) => saved.push(k),
  });
  return { h, saved, report };
}

describe("hand-off to the phone", () => {
  it("shows the QR code as an image, the URL below it and that it is running; stop stops it", async () => {
    const { h, report } = make();
    document.body.append(h.button());
    expect($("[data-testid=handoff-open]").textContent).toBe("スマートフォンに設定を送る");
    $("[data-testid=handoff-open]").click();
    await flush();
    await flush();
    const start = calls.find((c) => c.cmd === "handoff_start");
    expect(start?.args).toEqual({ report, clients: ["iphone", "thunderbird"], protocol: "imap", lang: "ja" });
    const img = $("[data-testid=handoff-qr]") as HTMLImageElement;
    expect(img.getAttribute("src")).toBe(`data:image/svg+xml;base64,${btoa(SVG)}`);
    expect(img.alt).toContain("QR");
    expect($("[data-testid=handoff-url]").textContent).toBe(URL);
    expect($("[data-testid=handoff-status]").textContent).toContain("受け渡し中です。あと 10:00");
    expect($("[role=dialog]").getAttribute("aria-modal")).toBe("true");
    // The SVG never becomes markup in the window.
    expect(document.querySelector(".handoff-box svg")).toBeNull();
    $("[data-testid=handoff-stop]").click();
    await flush();
    expect(calls.filter((c) => c.cmd === "handoff_stop")).toHaveLength(1);
    expect($("[data-testid=handoff-status]").textContent).toContain("止めました");
    expect(document.querySelector("[data-testid=handoff-qr]")).toBeNull();
    expect(document.querySelector("[data-testid=handoff-url]")).toBeNull();
    expect(h.active).toBe(false);
  });

  it("says so when there is no LAN address, and offers the profile and the printable page", async () => {
    startAnswer = { view: null, problem: { no_lan: true, message: "このパソコンは Wi-Fi に…" } };
    const { h, saved } = make("en");
    await h.open();
    expect($("[data-testid=handoff-no-lan]").textContent).toContain("The phone cannot be reached from here");
    expect($("[data-testid=handoff-no-lan]").textContent).toContain("このパソコンは Wi-Fi に…");
    $("[data-testid=handoff-save-profile]").click();
    $("[data-testid=handoff-save-report]").click();
    expect(saved).toEqual(["mobileconfig-iphone", "report-html"]);
    $("[data-testid=handoff-close]").click();
    await flush();
    expect(document.querySelector("[data-testid=handoff]")).toBeNull();
  });

  it("mentions guest Wi-Fi and the files even while running", async () => {
    const { h } = make();
    await h.open();
    expect($("[data-testid=handoff]").textContent).toContain("ゲスト用 Wi-Fi");
    expect(document.querySelector("[data-testid=handoff-save-profile]")).not.toBeNull();
  });

  it("stops when the wizard leaves the result screen, and Escape closes and stops", async () => {
    const root = document.createElement("div");
    document.body.append(root);
    const w = new Wizard(root);
    await w.start();
    w.state.report = sampleReport("ok");
    w.state.clients = ["iphone"];
    w.state.screen = "result";
    w.render();
    root.querySelector<HTMLElement>("[data-testid=handoff-open]")!.click();
    await flush();
    await flush();
    expect(w.handoff.active).toBe(true);
    w.go("situation");
    await flush();
    expect(calls.filter((c) => c.cmd === "handoff_stop")).toHaveLength(1);
    expect(document.querySelector("[data-testid=handoff]")).toBeNull();

    const { h } = make();
    await h.open();
    $("[role=dialog] h2").dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await flush();
    expect(document.querySelector("[data-testid=handoff]")).toBeNull();
    expect(calls.filter((c) => c.cmd === "handoff_stop")).toHaveLength(2);
  });

  it("formats the time left", () => {
    expect(minutesSeconds(600)).toBe("10:00");
    expect(minutesSeconds(65)).toBe("1:05");
    expect(minutesSeconds(0)).toBe("0:00");
  });
});
