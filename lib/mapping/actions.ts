"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionClaims } from "@/lib/auth/session";
import { invalidatePublicData } from "@/lib/cache/public-data";
import { fieldsOf, runForForm, type TActionState } from "@/lib/commands/form-state";
import { parseEnv } from "@/lib/env";
import { localHref } from "@/lib/i18n/server";
import { assignAdviser, saveProjectMapping, setAdviserFocusAreas } from "@/lib/mapping/commands";
import { guideFieldErrors, mappingInputFromForm, postedMappingValues } from "@/lib/mapping/guide";
import { notifyAssignedAdviser } from "@/lib/mapping/notify";

// The assignment and mapping forms' server actions: decode → run the command → after the commit,
// mail and revalidate → redirect with what happened.

/** The focus areas of one adviser (the user administration). */
export async function setAdviserFocusAreasAction(_previous: TActionState<string> | undefined, formData: FormData): Promise<TActionState<string>> {
  const state = await runForForm(setAdviserFocusAreas, await getSessionClaims(), fieldsOf(formData, ["userId"], ["focusAreas"]));
  if (!state.ok || !state.data) return { ...state, data: undefined };
  revalidatePath("/admin/brukere");
  return { ok: true, data: `Fokusområdene til ${state.data.name} er lagret (${state.data.focusAreas.length}).` };
}

/** Assigns an adviser; the adviser is mailed after the assignment is committed. */
export async function assignAdviserAction(_previous: TActionState | undefined, formData: FormData): Promise<TActionState> {
  const claims = await getSessionClaims();
  const state = await runForForm(assignAdviser, claims, fieldsOf(formData, ["id", "version", "adviserId"]));
  if (!state.ok || !state.data) return state;
  const env = parseEnv(process.env, ["NEXTAUTH_URL", "PORT"]);
  await notifyAssignedAdviser(state.data, { baseUrl: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`, userId: claims?.userId });
  revalidatePath("/admin");
  // In the language the form was posted in (/nn/admin/… stays nynorsk).
  redirect(await localHref(`/admin/prosjekter/${state.data.id}?tildelt=${state.data.version}`));
}

/** What the mapping guide shows after a post: the message, errors beside their fields and what was typed. */
export type TMappingFormState = TActionState & { values?: Record<string, string>; nonce?: string };

/** Saves the mapping guide; on success goes back to the guide with the progress. */
export async function saveMappingAction(_previous: TMappingFormState | undefined, formData: FormData): Promise<TMappingFormState> {
  const input = mappingInputFromForm(formData);
  const state = await runForForm(saveProjectMapping, await getSessionClaims(), input);
  if (!state.ok || !state.data) {
    return { ...state, data: undefined, fieldErrors: guideFieldErrors(state.fieldErrors, input.factors), values: postedMappingValues(formData), nonce: randomUUID() };
  }
  const saved = state.data;
  invalidatePublicData();
  revalidatePath("/admin");
  revalidatePath(`/prosjekter/${saved.slug}`);
  redirect(await localHref(`/admin/prosjekter/${saved.id}/kartlegging?lagret=${saved.version}`));
}
