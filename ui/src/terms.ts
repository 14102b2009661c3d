// Words that must stay (the apps show them) get a one-line explanation, shown on hover AND on
// keyboard focus (a `title` alone shows on hover only, and never to a keyboard user).
import type { Lang } from "./bindings/Lang";
import { m } from "./catalogue";

/** A word and its explanation, in the catalogue (locales/<lang>/ui.ftl, ui-term-…). */
type Term = (lang: Lang) => string;

/** Longest first, so that "SSL/TLS" wins over "TLS". */
const TERMS: [string, Term][] = [
  ["OP25B", (lang) => m(lang, "ui-term-op25b")],
  ["STARTTLS", (lang) => m(lang, "ui-term-starttls")],
  ["SSL/TLS", (lang) => m(lang, "ui-term-ssl-tls")],
  ["SPA", (lang) => m(lang, "ui-term-spa")],
  ["IMAP", (lang) => m(lang, "ui-term-imap")],
  ["POP", (lang) => m(lang, "ui-term-pop")],
  ["SMTP", (lang) => m(lang, "ui-term-smtp")],
  // The live check's column headers, in the words the table shows them.
  [m("ja", "ui-column-final"), (lang) => m(lang, "ui-term-final-check")],
  [m("en", "ui-column-final"), (lang) => m(lang, "ui-term-final-check")],
  [m("ja", "ui-column-answer"), (lang) => m(lang, "ui-term-answer")],
];

const PATTERN = new RegExp(
  TERMS.map(([w]) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .map((w) => (/^[A-Za-z]/.test(w) ? `\\b${w}(?![A-Za-z])` : w))
    .join("|"),
  "g",
);

let seq = 0;

/** The explanation of a term, or null. */
export function explain(word: string, lang: Lang): string | null {
  const t = TERMS.find(([w]) => w === word);
  return t ? t[1](lang) : null;
}

/** One term with its tooltip: focusable, described by the tooltip (screen readers too). */
export function term(word: string, lang: Lang): HTMLElement {
  const tip = explain(word, lang) ?? "";
  const id = `term-${++seq}`;
  const el = document.createElement("span");
  el.className = "term";
  el.tabIndex = 0;
  el.dataset.term = word;
  el.setAttribute("aria-describedby", id);
  el.append(word);
  const t = document.createElement("span");
  t.className = "tip";
  t.id = id;
  t.setAttribute("role", "tooltip");
  t.textContent = tip;
  el.append(t);
  return el;
}

/**
 * A text with the first use of each term marked (later uses stay plain, so that the keyboard
 * does not stop at every "IMAP" on the screen).
 */
export function withTerms(text: string, lang: Lang, seen: Set<string> = new Set()): (Node | string)[] {
  const out: (Node | string)[] = [];
  let last = 0;
  for (const hit of text.matchAll(PATTERN)) {
    const w = hit[0];
    if (seen.has(w)) continue;
    seen.add(w);
    const at = hit.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(term(w, lang));
    last = at + w.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
