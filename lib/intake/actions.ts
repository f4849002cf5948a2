"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionClaims } from "@/lib/auth/session";
import { CommandError } from "@/lib/commands/errors";
import { localHref, requestLocale } from "@/lib/i18n/server";
import { translateIntakeMessage } from "@/lib/intake/admin-messages";
import { acceptSuggestion, mergeSuggestion, rejectSuggestion, setIntakeNoticeMode } from "@/lib/intake/commands";
import { decideSuggestion } from "@/lib/intake/decide";
import { QUEUE_FLASH_COOKIE } from "@/lib/intake/flash";
import { siteBaseUrl } from "@/lib/intake/post";

// The triage queue's server actions (/admin/innmeldinger): decode → command → mail → redirect.
// Plain forms, so they work without JavaScript; what to tell the curator travels in a short-lived
// cookie (never in the address: it may name the suggestion). The messages are in the curator's
// language (intake.admin in the message files), and every redirect keeps the /nn prefix.

const QUEUE = "/admin/innmeldinger";

async function flash(message: { kind: "ok" | "error"; text: string; projectId?: number }) {
  // The queue's address in the request's language: /nn/admin/innmeldinger reads it there.
  (await cookies()).set(QUEUE_FLASH_COOKIE, JSON.stringify(message), { path: await localHref(QUEUE), maxAge: 60, httpOnly: true, sameSite: "strict" });
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** A refused command's message and its field messages, in the request's language. */
async function describe(error: CommandError) {
  const { locale } = await requestLocale();
  const say = (text: string) => translateIntakeMessage(text, locale);
  const fields = Object.entries(error.fieldErrors ?? {}).filter(([key]) => key !== "_form");
  return fields.length ? `${say(error.message)} ${fields.map(([, messages]) => messages.map(say).join("; ")).join(" ")}` : say(error.message);
}

async function run(projectId: number, work: () => Promise<string>): Promise<void> {
  let ok: string;
  try {
    ok = await work();
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    await flash({ kind: "error", text: await describe(error), projectId });
    redirect(await localHref(`${QUEUE}#innmelding-${projectId}`));
  }
  await flash({ kind: "ok", text: ok });
  revalidatePath(QUEUE);
  redirect(await localHref(QUEUE));
}

export async function rejectSuggestionAction(formData: FormData) {
  const projectId = Number(text(formData, "projectId")) || 0;
  await run(projectId, async () => {
    const result = await decideSuggestion(rejectSuggestion, await getSessionClaims(), { projectId, reason: text(formData, "reason") }, { baseUrl: siteBaseUrl() });
    return (await getTranslations("intake.admin"))("rejected", { title: result.mail.title, mailed: result.mailed ? "yes" : "no" });
  });
}

export async function mergeSuggestionAction(formData: FormData) {
  const projectId = Number(text(formData, "projectId")) || 0;
  const target = text(formData, "targetOther").trim() || text(formData, "target");
  await run(projectId, async () => {
    const result = await decideSuggestion(mergeSuggestion, await getSessionClaims(), { projectId, target }, { baseUrl: siteBaseUrl() });
    return (await getTranslations("intake.admin"))("merged", { title: result.mail.title, mailed: result.mailed ? "yes" : "no" });
  });
}

/** Accept for mapping, then on to the project's own page, where an adviser is chosen. */
export async function acceptSuggestionAction(formData: FormData) {
  const projectId = Number(text(formData, "projectId")) || 0;
  try {
    await decideSuggestion(acceptSuggestion, await getSessionClaims(), { projectId }, { baseUrl: siteBaseUrl() });
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    await flash({ kind: "error", text: await describe(error), projectId });
    redirect(await localHref(`${QUEUE}#innmelding-${projectId}`));
  }
  revalidatePath(QUEUE);
  redirect(await localHref(`/admin/prosjekter/${projectId}?innmelding=akseptert`));
}

export async function setIntakeNoticeModeAction(formData: FormData) {
  try {
    await setIntakeNoticeMode.fromUntrusted(await getSessionClaims(), { mode: text(formData, "mode") });
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    await flash({ kind: "error", text: await describe(error) });
    redirect(await localHref(QUEUE));
  }
  const t = await getTranslations("intake.admin");
  await flash({ kind: "ok", text: text(formData, "mode") === "daily" ? t("noticeSavedDaily") : t("noticeSavedImmediate") });
  redirect(await localHref(QUEUE));
}
