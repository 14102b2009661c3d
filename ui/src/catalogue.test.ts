import { has, m } from "./catalogue";
import { strings } from "./i18n";

describe("the wizard's catalogue (locales/<lang>/ui.ftl)", () => {
  it("reads both languages from the shared Fluent files", () => {
    expect(m("ja", "ui-next")).toBe("次へ");
    expect(m("en", "ui-next")).toBe("Next");
    expect(m("en", "ui-switch-lang.label")).toBe("日本語に切り替える");
    expect(has("ja", "ui-situation-gmail.detail")).toBe(true);
    expect(has("ja", "ui-situation-gmail")).toBe(false); // attributes only
    expect(has("en", "ui-no-such-message")).toBe(false);
  });

  it("puts variables in without isolation marks or digit grouping", () => {
    const s = m("ja", "ui-copied", { value: "smtp.example.jp" });
    expect(s).toBe("コピーしました: smtp.example.jp");
    expect(s).not.toMatch(/[\u2068\u2069]/);
    expect(m("ja", "ui-elapsed", { seconds: 1234 })).toBe("1234秒経過");
    expect(m("en", "ui-step", { n: 2, of: 5 })).toBe("2 of 5");
  });

  it("chooses in the catalogue, not in code", () => {
    expect(strings.ja.earlierSteps(1)).toBe("アカウントを最初から作るときの手順（1）");
    expect(strings.ja.earlierSteps(4)).toBe("アカウントを最初から作るときの手順（1〜4）");
    expect(strings.en.earlierSteps(1)).toBe("Steps to create the account from the start (1)");
    expect(strings.en.earlierSteps(3)).toBe("Steps to create the account from the start (1–3)");
  });

  it("shows an unknown id as itself instead of failing", () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    // Through a variable: tests/catalogue.rs would (rightly) flag the id written in the call.
    const unknown = "ui-no-such-message";
    const lang = "en";
    expect(m(lang, unknown)).toBe(unknown);
    expect(err).toHaveBeenCalled();
    err.mockRestore();
  });
});
