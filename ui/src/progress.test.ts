import { describe, expect, it } from "vitest";
import { applyEvent, emptyProgress } from "./progress";
import { sampleCandidates, sampleProbe } from "./testdata";

describe("live check matrix", () => {
  it("ticks each step as its event arrives", () => {
    const p = emptyProgress();
    applyEvent(p, { event: "planned", candidates: sampleCandidates() });
    expect(p.rows.map((r) => r.status)).toEqual(["pending", "pending", "pending"]);
    applyEvent(p, { event: "probe_started", index: 0 });
    expect(p.rows[0].cells).toEqual(["running", "pending", "pending", "pending", "pending"]);
    applyEvent(p, { event: "step_finished", index: 0, step: { step: "resolve", ok: true, ms: 1, detail: "" } });
    applyEvent(p, { event: "step_finished", index: 0, step: { step: "connect", ok: true, ms: 2, detail: "" } });
    expect(p.rows[0].cells).toEqual(["ok", "running", "pending", "pending", "pending"]);
    applyEvent(p, { event: "step_finished", index: 0, step: { step: "tls", ok: true, ms: 9, detail: "TLSv1.3" } });
    applyEvent(p, { event: "step_finished", index: 0, step: { step: "greeting", ok: true, ms: 1, detail: "" } });
    applyEvent(p, { event: "step_finished", index: 0, step: { step: "login", ok: false, ms: 5, detail: "" } });
    expect(p.rows[0].cells).toEqual(["ok", "ok", "ok", "failed", "running"]);
    applyEvent(p, { event: "probe_finished", index: 0, probe: sampleProbe("failed") });
    expect(p.rows[0].status).toBe("failed");
    expect(p.rows[0].failure?.kind).toBe("login_failed");
    expect(p.rows[0].cells).toEqual(["ok", "ok", "ok", "failed", "skipped"]);
  });

  it("a failed step stays failed when a later step of the same column succeeds", () => {
    const p = emptyProgress();
    applyEvent(p, { event: "planned", candidates: sampleCandidates() });
    applyEvent(p, { event: "probe_started", index: 1 });
    applyEvent(p, { event: "step_finished", index: 1, step: { step: "greeting", ok: false, ms: 1, detail: "" } });
    applyEvent(p, { event: "step_finished", index: 1, step: { step: "capabilities", ok: true, ms: 1, detail: "" } });
    expect(p.rows[1].cells[2]).toBe("failed");
  });

  it("marks what never ran as skipped when the check finishes, and ignores unknown indexes", () => {
    const p = emptyProgress();
    applyEvent(p, { event: "planned", candidates: sampleCandidates() });
    applyEvent(p, { event: "probe_started", index: 7 });
    applyEvent(p, { event: "step_finished", index: 9, step: { step: "connect", ok: true, ms: 1, detail: "" } });
    applyEvent(p, { event: "probe_started", index: 2 });
    applyEvent(p, { event: "finished", ms: 1234 });
    expect(p.finished).toBe(true);
    expect(p.ms).toBe(1234);
    expect(p.rows.every((r) => r.status === "skipped")).toBe(true);
    expect(p.rows[2].cells.every((c) => c === "skipped")).toBe(true);
  });

  it("draws a login skipped for the per-server cap as skipped, not as a red ✗", () => {
    const p = emptyProgress();
    applyEvent(p, { event: "planned", candidates: sampleCandidates() });
    applyEvent(p, { event: "probe_started", index: 0 });
    applyEvent(p, { event: "step_finished", index: 0, step: { step: "greeting", ok: true, ms: 1, detail: "" } });
    applyEvent(p, { event: "step_finished", index: 0, step: { step: "login", ok: false, ms: 0, detail: "skipped: login cap" } });
    const skipped = { ...sampleProbe("ok"), outcome: "skipped" as const, failure: null };
    applyEvent(p, { event: "probe_finished", index: 0, probe: skipped });
    expect(p.rows[0].status).toBe("skipped");
    expect(p.rows[0].cells[3]).toBe("skipped");
    expect(p.rows[0].cells.includes("failed")).toBe(false);
  });
});
