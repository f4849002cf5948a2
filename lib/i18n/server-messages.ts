import { messages } from "@/lib/i18n/messages";
import type { TLocale } from "@/lib/i18n/locale";

/**
 * The data layer's messages (CommandError, zod) in the reader's language. Commands write them in
 * bokmål, once, as today — the CLI, the API and the tests read them so. `admin.server` in
 * `nb/admin.json` holds each of them as an ICU-like pattern ("Fant ikke versjon {version} av
 * prosjektet."), `nn/admin.json` the same key in nynorsk. A message is matched against the bokmål
 * patterns and written again from the nynorsk one, with the values it carried; values that are
 * themselves known words (a role, a field, "En annen bruker") are translated too. A message
 * that matches none stays as it is (a unit test holds every command message to the catalogue).
 */

type TPattern = { key: string; regex: RegExp; names: string[] };

const placeholder = /\{(\w+)\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let compiled: { exact: Map<string, string>; patterns: TPattern[] } | null = null;

function catalogue() {
  if (compiled) return compiled;
  const exact = new Map<string, string>();
  const patterns: TPattern[] = [];
  for (const [key, text] of Object.entries(messages.nb.admin.server)) {
    const names = [...text.matchAll(placeholder)].map((m) => m[1] ?? "");
    if (names.length === 0) {
      exact.set(text, key);
      continue;
    }
    const source = text.split(placeholder).map((part, i) => (i % 2 === 1 ? "(.+?)" : escape(part))).join("");
    patterns.push({ key, regex: new RegExp(`^${source}$`, "s"), names });
  }
  // Longer patterns first: "Noen andre ({who}) har …" before a shorter one that would also match.
  patterns.sort((a, b) => b.regex.source.length - a.regex.source.length);
  compiled = { exact, patterns };
  return compiled;
}

const fieldLabels = () => messages.nb.admin.fields as unknown as Record<string, unknown>;

/** A value inside a message: a known word or a list of them ("tittel, sammendrag"), else as it is. */
function translateValue(value: string, locale: TLocale): string {
  const one = (part: string): string => {
    const key = catalogue().exact.get(part);
    if (key) return messages[locale].admin.server[key as keyof typeof messages.nb.admin.server];
    // Field names, as the conflict message lists them (lower-case).
    for (const [field, label] of Object.entries(fieldLabels())) {
      if (typeof label === "string" && label.toLowerCase() === part) {
        const target = (messages[locale].admin.fields as unknown as Record<string, unknown>)[field];
        if (typeof target === "string") return target.toLowerCase();
      }
    }
    return part;
  };
  if (catalogue().exact.has(value)) return one(value);
  return value
    .split(/(, | og )/)
    .map((part, i) => (i % 2 === 1 ? part : one(part)))
    .join("");
}

/** One message of the data layer in `locale` (bokmål comes back as it is). */
export function translateServerMessage(text: string, locale: TLocale): string {
  if (locale === "nb") return text;
  const { exact, patterns } = catalogue();
  const target = messages[locale].admin.server as Record<string, string>;
  const key = exact.get(text);
  if (key) return target[key] ?? text;
  for (const pattern of patterns) {
    const match = pattern.regex.exec(text);
    if (!match) continue;
    const values = new Map(pattern.names.map((name, i) => [name, translateValue(match[i + 1] ?? "", locale)]));
    return (target[pattern.key] ?? text).replace(placeholder, (_, name: string) => values.get(name) ?? "");
  }
  return text;
}

/** Whether `text` is one of the catalogue's messages (for the test that keeps them in step). */
export function isKnownServerMessage(text: string): boolean {
  const { exact, patterns } = catalogue();
  return exact.has(text) || patterns.some((p) => p.regex.test(text));
}
