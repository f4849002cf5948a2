"use server";

import { revalidatePath } from "next/cache";
import { getSessionClaims } from "@/lib/auth/session";
import { invalidatePublicData } from "@/lib/cache/public-data";
import { fieldsOf, runForForm, type TActionState } from "@/lib/commands/form-state";
import { createFocusArea, mergeFocusAreas, mergeTags, renameTag, updateFocusArea, updateSuccessFactor } from "@/lib/taxonomy/commands";

// The taxonomy forms' server actions: decode the form → run the command → revalidate, and say what was done.

type TState = TActionState<string>;

async function done<R>(state: TActionState<R>, message: (result: R) => string): Promise<TState> {
  if (!state.ok || state.data === undefined) return { ...state, data: undefined };
  revalidatePath("/admin/taksonomi");
  invalidatePublicData();
  return { ok: true, data: message(state.data) };
}

export async function createFocusAreaAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(createFocusArea, await getSessionClaims(), fieldsOf(formData, ["name", "slug", "summary"]));
  return done(state, (created) => `Fokusområdet «${created.name}» er lagt til.`);
}

export async function updateFocusAreaAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(updateFocusArea, await getSessionClaims(), fieldsOf(formData, ["id", "name", "summary"]));
  return done(state, (saved) => `Fokusområdet «${saved.name}» er lagret.`);
}

export async function mergeFocusAreasAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(mergeFocusAreas, await getSessionClaims(), fieldsOf(formData, ["fromId", "intoId"]));
  return done(state, (merged) => `«${merged.from}» er slått sammen med «${merged.into}» (${merged.projects} prosjekter og ${merged.reports} rapporter flyttet).`);
}

export async function renameTagAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(renameTag, await getSessionClaims(), fieldsOf(formData, ["id", "name"]));
  return done(state, (renamed) => `Stikkordet heter nå «${renamed.name}».`);
}

export async function mergeTagsAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(mergeTags, await getSessionClaims(), fieldsOf(formData, ["fromId", "intoId"]));
  return done(state, (merged) => `«${merged.from}» er slått sammen med «${merged.into}» (${merged.projects} prosjekter flyttet).`);
}

export async function updateSuccessFactorAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(updateSuccessFactor, await getSessionClaims(), fieldsOf(formData, ["id", "name", "summary"]));
  return done(state, (saved) => `Suksessfaktoren «${saved.name}» er lagret.`);
}
