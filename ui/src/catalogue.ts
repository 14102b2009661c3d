// The wizard's words come from the product's one message catalogue: the same Fluent files
// (locales/<lang>/ui.ftl) the engine compiles in (src/catalogue.rs), read here with the
// official Fluent library and bundled at build time (Vite's `?raw`). Ask by id, always written
// as a literal (`m(lang, "ui-next")`), so tests/catalogue.rs can check that every id exists in
// both languages and that every entry is used.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Lang } from "./bindings/Lang";
import enSource from "../../locales/en/ui.ftl?raw";
import jaSource from "../../locales/ja/ui.ftl?raw";

export type Args = Record<string, FluentVariable>;

function bundle(lang: Lang, source: string): FluentBundle {
  // No Unicode isolation marks around variables: they would end up in copied values.
  const b = new FluentBundle(lang, { useIsolating: false });
  const errors = b.addResource(new FluentResource(source));
  if (errors.length > 0) console.error(`ui.ftl (${lang}):`, errors);
  return b;
}

const bundles: Record<Lang, FluentBundle> = {
  ja: bundle("ja", jaSource),
  en: bundle("en", enSource),
};

/**
 * Numbers without digit grouping ("1234", not "1,234"), as the wizard always wrote them and
 * as the engine's catalogue formats them; they still select plural forms and exact variants.
 */
function plainNumbers(args: Args): Args {
  const out: Args = {};
  for (const [k, v] of Object.entries(args)) {
    out[k] = typeof v === "number" ? new FluentNumber(v, { useGrouping: false }) : v;
  }
  return out;
}

/** Whether `id` (`message` or `message.attribute`) is in the `lang` catalogue. */
export function has(lang: Lang, id: string): boolean {
  const [name, attr] = id.split(".", 2);
  const msg = bundles[lang].getMessage(name);
  return attr === undefined ? msg?.value != null : msg?.attributes[attr] != null;
}

/**
 * The message `id` (or `message.attribute`) in `lang`, with `args`. An unknown id shows as the
 * id itself, never as an exception (tests make sure none is unknown).
 */
export function m(lang: Lang, id: string, args?: Args): string {
  const b = bundles[lang];
  const [name, attr] = id.split(".", 2);
  const msg = b.getMessage(name);
  const pattern = attr === undefined ? msg?.value : msg?.attributes[attr];
  if (pattern == null) {
    console.error(`message ${id} is not in the ${lang} catalogue`);
    return id;
  }
  const errors: Error[] = [];
  const out = b.formatPattern(pattern, args && plainNumbers(args), errors);
  if (errors.length > 0) console.error(`message ${id} (${lang}):`, errors);
  return out;
}
