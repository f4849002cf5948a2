import type { TLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { translateServerMessage } from "@/lib/i18n/server-messages";

/**
 * The triage commands' messages (lib/intake/commands.ts, lib/intake/schemas.ts) in the curator's
 * language. They are written in bokmål, once; `intake.admin.server` in `nb/intake.json` lists each
 * of them ("{max}" for a number they carry) and `nn/intake.json` the same key in nynorsk. What is
 * not there (the shared ones: no access, not found, the form has errors) goes on to the admin's
 * catalogue (lib/i18n/server-messages.ts); a message neither knows stays as it is.
 */
export function translateIntakeMessage(text: string, locale: TLocale): string {
  if (locale === "nb") return text;
  const source = messages.nb.intake.admin.server as Record<string, string>;
  const target = messages[locale].intake.admin.server as Record<string, string>;
  for (const [key, pattern] of Object.entries(source)) {
    if (pattern === text) return target[key] ?? text;
    if (!pattern.includes("{max}")) continue;
    const [before = "", after = ""] = pattern.split("{max}");
    if (text.startsWith(before) && text.endsWith(after)) {
      const value = text.slice(before.length, text.length - after.length);
      if (/^\d+$/.test(value)) return (target[key] ?? text).replace("{max}", value);
    }
  }
  return translateServerMessage(text, locale);
}

/** Whether `text` is one of the intake's own messages (for the test that keeps them in step). */
export function isKnownIntakeMessage(text: string): boolean {
  return translateIntakeMessage(text, "nn") !== text;
}
