import { readBoundedBody } from "@/lib/http/bounded-body";
import { after } from "next/server";
import { fieldsOf } from "@/lib/commands/form-state";
import { db } from "@/lib/db";
import { envValue } from "@/lib/env";
import { clientAddressFromHeaders } from "@/lib/http/client-address";
import { LOCALE_HEADER, isLocale, localizePath, type TLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { DRAFT_HEADER, draftValues, sealDraft, type TDraft } from "@/lib/intake/draft";
import { notifyNewSuggestion } from "@/lib/intake/notify";
import { HONEYPOT_FIELD, SUGGESTION_FIELDS, SUGGESTION_LISTS } from "@/lib/intake/schemas";
import { submitSuggestion } from "@/lib/intake/submit";
import { createMailer } from "@/lib/mail/send";

/**
 * POST /meld-inn-prosjekt/send (and /nn/…): the public suggestion form, without JavaScript.
 * Saved → 303 to the receipt; the county contacts are mailed after the response (`after`), so a
 * mail server that is down never loses or delays the suggestion. Refused → the form page again,
 * drawn by this process with what was typed and the errors, with status 400 (invalid) or 429
 * (a limit); nothing is stored.
 */
const MAX_BODY_BYTES = 64 * 1024;

export function siteBaseUrl(): string {
  return envValue("NEXTAUTH_URL") ?? envValue("KB_SELF_ORIGIN") ?? "http://localhost:3000";
}

export async function handleSuggestionPost(request: Request): Promise<Response> {
  // proxy.ts sets the language header on every request it passes on (from /nn/… or the reader's choice).
  const fromProxy = request.headers.get(LOCALE_HEADER);
  const locale: TLocale = isLocale(fromProxy) ? fromProxy : "nb";
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) return plainProblem(413, locale, messages[locale].intake.form.unreadable);
  let form: FormData;
  try {
    // Read at most MAX_BODY_BYTES whatever the headers say (a chunked body has no length).
    const body = await readBoundedBody(request, MAX_BODY_BYTES);
    if (body === null) return plainProblem(413, locale, messages[locale].intake.form.unreadable);
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return plainProblem(400, locale, messages[locale].intake.form.unreadable);
  }
  const language: TLocale = form.get("sprak") === "nn" ? "nn" : locale;
  const raw = fieldsOf(form, [...SUGGESTION_FIELDS, HONEYPOT_FIELD], SUGGESTION_LISTS);
  const outcome = await submitSuggestion(db, raw, { clientAddress: clientAddressFromHeaders(request.headers), language });
  if (outcome.ok) {
    if (outcome.projectId !== null) {
      const projectId = outcome.projectId;
      after(async () => {
        const mailer = createMailer();
        try {
          await notifyNewSuggestion(db, mailer, projectId, { baseUrl: siteBaseUrl() });
        } finally {
          mailer.close();
        }
      });
    }
    return new Response(null, { status: 303, headers: { Location: localizePath("/meld-inn-prosjekt/takk", language), "Cache-Control": "no-store" } });
  }
  const draft: TDraft =
    outcome.code === "validation"
      ? { values: draftValues(raw), fieldErrors: outcome.fieldErrors }
      : { values: draftValues(raw), fieldErrors: {}, formError: outcome.code === "rate_limited" ? "rateLimited" : "dailyCap" };
  return renderFormAgain(request, language, draft, outcome.code === "validation" ? 400 : 429);
}

async function renderFormAgain(request: Request, locale: TLocale, draft: TDraft, status: number): Promise<Response> {
  const origin = envValue("KB_SELF_ORIGIN") ?? new URL(request.url).origin;
  try {
    const inner = await fetch(`${origin}${localizePath("/meld-inn-prosjekt", locale)}`, {
      headers: { [DRAFT_HEADER]: sealDraft(draft), accept: "text/html", "accept-language": locale === "nn" ? "nn" : "nb" },
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    if (inner.status !== 200) throw new Error(`skjemasiden svarte ${inner.status}`);
    let html = await inner.text();
    // The page's scripts carry the nonce of the inner response; this response has its own (proxy.ts).
    const innerNonce = /'nonce-([^']+)'/.exec(inner.headers.get("content-security-policy") ?? "")?.[1];
    const outerNonce = request.headers.get("x-nonce");
    if (innerNonce && outerNonce) html = html.split(`nonce="${innerNonce}"`).join(`nonce="${outerNonce}"`);
    return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("[innmelding] Skjemaet kunne ikke tegnes på nytt:", error);
    const t = messages[locale].intake;
    const lines = draft.formError
      ? [t.form[draft.formError]]
      : Object.values(draft.fieldErrors).flat().map((code) => (t.errors as Record<string, string>)[code] ?? t.errors.invalid);
    return plainProblem(status, locale, `${t.form.errorSummary} ${lines.join(" ")}`);
  }
}

function plainProblem(status: number, locale: TLocale, message: string): Response {
  const t = messages[locale].intake.form;
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escape(t.title)} – Kunnskapsbanken</title></head><body><main><h1>${escape(t.title)}</h1><p>${escape(message)}</p><p><a href="${localizePath("/meld-inn-prosjekt", locale)}">${escape(t.back)}</a></p></main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
