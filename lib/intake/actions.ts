"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionClaims } from "@/lib/auth/session";
import { CommandError } from "@/lib/commands/errors";
import { acceptSuggestion, mergeSuggestion, rejectSuggestion, setIntakeNoticeMode } from "@/lib/intake/commands";
import { decideSuggestion } from "@/lib/intake/decide";
import { QUEUE_FLASH_COOKIE } from "@/lib/intake/flash";
import { siteBaseUrl } from "@/lib/intake/post";

// The triage queue's server actions (/admin/innmeldinger): decode → command → mail → redirect.
// Plain forms, so they work without JavaScript; what to tell the curator travels in a short-lived
// cookie (never in the address: it may name the suggestion).

const QUEUE = "/admin/innmeldinger";

async function flash(message: { kind: "ok" | "error"; text: string; projectId?: number }) {
  (await cookies()).set(QUEUE_FLASH_COOKIE, JSON.stringify(message), { path: QUEUE, maxAge: 60, httpOnly: true, sameSite: "strict" });
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

const describe = (error: CommandError) => {
  const fields = Object.entries(error.fieldErrors ?? {}).filter(([key]) => key !== "_form");
  return fields.length ? `${error.message} ${fields.map(([, messages]) => messages.join("; ")).join(" ")}` : error.message;
};

async function run(projectId: number, work: () => Promise<string>): Promise<void> {
  let ok: string;
  try {
    ok = await work();
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    await flash({ kind: "error", text: describe(error), projectId });
    redirect(`${QUEUE}#innmelding-${projectId}`);
  }
  await flash({ kind: "ok", text: ok });
  revalidatePath(QUEUE);
  redirect(QUEUE);
}

export async function rejectSuggestionAction(formData: FormData) {
  const projectId = Number(text(formData, "projectId")) || 0;
  await run(projectId, async () => {
    const result = await decideSuggestion(rejectSuggestion, await getSessionClaims(), { projectId, reason: text(formData, "reason") }, { baseUrl: siteBaseUrl() });
    return `«${result.mail.title}» er avvist${result.mailed ? ", og innmelderen har fått e-post" : ""}. Opplysningene om innmelderen er slettet.`;
  });
}

export async function mergeSuggestionAction(formData: FormData) {
  const projectId = Number(text(formData, "projectId")) || 0;
  const target = text(formData, "targetOther").trim() || text(formData, "target");
  await run(projectId, async () => {
    const result = await decideSuggestion(mergeSuggestion, await getSessionClaims(), { projectId, target }, { baseUrl: siteBaseUrl() });
    return `«${result.mail.title}» er slått sammen med et eksempel som finnes${result.mailed ? ", og innmelderen har fått e-post" : ""}.`;
  });
}

/** Accept for mapping, then on to the project's own page, where an adviser is chosen. */
export async function acceptSuggestionAction(formData: FormData) {
  const projectId = Number(text(formData, "projectId")) || 0;
  try {
    await decideSuggestion(acceptSuggestion, await getSessionClaims(), { projectId }, { baseUrl: siteBaseUrl() });
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    await flash({ kind: "error", text: describe(error), projectId });
    redirect(`${QUEUE}#innmelding-${projectId}`);
  }
  revalidatePath(QUEUE);
  redirect(`/admin/prosjekter/${projectId}?innmelding=akseptert`);
}

export async function setIntakeNoticeModeAction(formData: FormData) {
  try {
    await setIntakeNoticeMode.fromUntrusted(await getSessionClaims(), { mode: text(formData, "mode") });
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    await flash({ kind: "error", text: describe(error) });
    redirect(QUEUE);
  }
  await flash({ kind: "ok", text: text(formData, "mode") === "daily" ? "Du får nå én oppsummering om dagen." : "Du får nå en e-post for hver ny innmelding." });
  redirect(QUEUE);
}
