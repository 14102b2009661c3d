// Words that must stay (the apps show them) get a one-line explanation, shown on hover AND on
// keyboard focus (a `title` alone shows on hover only, and never to a keyboard user).
import type { Lang } from "./bindings/Lang";

type Term = { ja: string; en: string };

/** Longest first, so that "SSL/TLS" wins over "TLS". */
const TERMS: [string, Term][] = [
  [
    "OP25B",
    {
      ja: "迷惑メール対策のため、プロバイダーが25番ポートを使った送信を止めるしくみです。",
      en: "Outbound Port 25 Blocking: providers stop sending on port 25 to fight spam.",
    },
  ],
  [
    "STARTTLS",
    {
      ja: "つないだあとで暗号化に切り替える方式です（587番・143番・110番などで使います）。",
      en: "Encryption that starts after connecting (used on ports such as 587, 143 and 110).",
    },
  ],
  [
    "SSL/TLS",
    {
      ja: "最初から暗号化してつなぐ方式です（465番・993番・995番などで使います）。",
      en: "Encryption from the first moment of the connection (ports such as 465, 993 and 995).",
    },
  ],
  [
    "SPA",
    {
      ja: "Outlook の古いログイン方式です。プロバイダーの指示がなければオフのままにします。",
      en: "An old Outlook login method (Secure Password Authentication); leave it off unless told otherwise.",
    },
  ],
  [
    "IMAP",
    {
      ja: "メールをサーバーに置いたまま読む受け取り方です。どの機器でも同じメールが見えます。",
      en: "Reads mail while it stays on the server, so every device shows the same mail.",
    },
  ],
  [
    "POP",
    {
      ja: "メールを機器の中に取り込んで読む受け取り方です。",
      en: "Downloads mail into the device and reads it there.",
    },
  ],
  [
    "SMTP",
    {
      ja: "メールを送るためのしくみ（送信サーバー）です。",
      en: "How mail is sent (the outgoing server).",
    },
  ],
  [
    "最終確認",
    {
      ja: "ログインのあと、受信ではメールボックスを開けるか、送信では送れる状態かを確かめます。",
      en: "After the login: can the mailbox be opened (incoming), or will the server take mail (outgoing).",
    },
  ],
  [
    "Final check",
    {
      ja: "ログインのあと、受信ではメールボックスを開けるか、送信では送れる状態かを確かめます。",
      en: "After the login: can the mailbox be opened (incoming), or will the server take mail (outgoing).",
    },
  ],
  [
    "応答",
    {
      ja: "つないだサーバーが、メールサーバーとして正しくあいさつを返したかどうかです。",
      en: "Whether the server greeted us as a mail server should.",
    },
  ],
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
  return t ? t[1][lang] : null;
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
  for (const m of text.matchAll(PATTERN)) {
    const w = m[0];
    if (seen.has(w)) continue;
    seen.add(w);
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(term(w, lang));
    last = at + w.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
