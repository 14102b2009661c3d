// The live check's matrix: one row per server candidate, one cell per group of steps,
// updated by the engine's events as they arrive (pure; tested in progress.test.ts).
import type { Candidate } from "./bindings/Candidate";
import type { Event } from "./bindings/Event";
import type { Failure } from "./bindings/Failure";
import type { Outcome } from "./bindings/Outcome";
import type { StepName } from "./bindings/StepName";

export type CellState = "pending" | "running" | "ok" | "failed" | "skipped";
export type RowStatus = "pending" | "running" | Outcome;

export interface Row {
  candidate: Candidate;
  status: RowStatus;
  cells: CellState[];
  failure: Failure | null;
  ms: number | null;
}

export interface Progress {
  rows: Row[];
  finished: boolean;
  ms: number | null;
}

export const COLUMNS = 5;

/** Which column of the matrix a step belongs to. */
export const STEP_COLUMN: Record<StepName, number> = {
  resolve: 0,
  connect: 0,
  tls: 1,
  starttls: 1,
  greeting: 2,
  capabilities: 2,
  login: 3,
  mailbox: 4,
  submit: 4,
  send_test: 4,
  relay_before_pop: 4,
  relay_after_pop: 4,
};

export function emptyProgress(): Progress {
  return { rows: [], finished: false, ms: null };
}

function markNextRunning(row: Row, after: number) {
  for (let i = 0; i < row.cells.length; i++) if (row.cells[i] === "running") row.cells[i] = "pending";
  if (row.status !== "running") return;
  const next = row.cells.findIndex((c, i) => i > after && c === "pending");
  if (next >= 0) row.cells[next] = "running";
}

/** Applies one event; returns the same object (changed) for convenience. */
export function applyEvent(p: Progress, e: Event): Progress {
  switch (e.event) {
    case "planned":
      p.rows = e.candidates.map((candidate) => ({
        candidate,
        status: "pending",
        cells: Array<CellState>(COLUMNS).fill("pending"),
        failure: null,
        ms: null,
      }));
      break;
    case "probe_started": {
      const row = p.rows[e.index];
      if (row) {
        row.status = "running";
        markNextRunning(row, -1);
      }
      break;
    }
    case "step_finished": {
      const row = p.rows[e.index];
      if (row) {
        const col = STEP_COLUMN[e.step.step];
        if (!e.step.ok) row.cells[col] = "failed";
        else if (row.cells[col] !== "failed") row.cells[col] = "ok";
        markNextRunning(row, col);
      }
      break;
    }
    case "probe_finished": {
      const row = p.rows[e.index];
      if (row) {
        row.status = e.probe.outcome;
        row.failure = e.probe.failure;
        row.ms = e.probe.ms;
        // A skipped probe failed nothing of its own (e.g. its login never ran because of the
        // per-server login cap): its unfinished step is drawn as skipped, not as a red ✗.
        const skipped = e.probe.outcome === "skipped" && !e.probe.failure;
        row.cells = row.cells.map((c) =>
          c === "pending" || c === "running" || (skipped && c === "failed") ? "skipped" : c,
        );
      }
      break;
    }
    case "finished":
      p.finished = true;
      p.ms = e.ms;
      for (const row of p.rows) {
        if (row.status === "pending" || row.status === "running") row.status = "skipped";
        row.cells = row.cells.map((c) => (c === "pending" || c === "running" ? "skipped" : c));
      }
      break;
  }
  return p;
}
