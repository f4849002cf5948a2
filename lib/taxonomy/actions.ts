"use server";

import { revalidatePath } from "next/cache";
import { getSessionClaims } from "@/lib/auth/session";
import { invalidatePublicData } from "@/lib/cache/public-data";
import { fieldsOf, runForForm, type TActionState } from "@/lib/commands/form-state";
import { getTranslations } from "next-intl/server";
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
  const t = await getTranslations("admin.taxonomy");
  return done(state, (created) => t("focusAdded", { name: created.name }));
}

export async function updateFocusAreaAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(updateFocusArea, await getSessionClaims(), fieldsOf(formData, ["id", "name", "summary"]));
  const t = await getTranslations("admin.taxonomy");
  return done(state, (saved) => t("focusSaved", { name: saved.name }));
}

export async function mergeFocusAreasAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(mergeFocusAreas, await getSessionClaims(), fieldsOf(formData, ["fromId", "intoId"]));
  const t = await getTranslations("admin.taxonomy");
  return done(state, (merged) => t("focusMerged", { from: merged.from, into: merged.into, projects: merged.projects, reports: merged.reports }));
}

export async function renameTagAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(renameTag, await getSessionClaims(), fieldsOf(formData, ["id", "name"]));
  const t = await getTranslations("admin.taxonomy");
  return done(state, (renamed) => t("tagRenamed", { name: renamed.name }));
}

export async function mergeTagsAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(mergeTags, await getSessionClaims(), fieldsOf(formData, ["fromId", "intoId"]));
  const t = await getTranslations("admin.taxonomy");
  return done(state, (merged) => t("tagsMerged", { from: merged.from, into: merged.into, projects: merged.projects }));
}

export async function updateSuccessFactorAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(updateSuccessFactor, await getSessionClaims(), fieldsOf(formData, ["id", "name", "summary"]));
  const t = await getTranslations("admin.taxonomy");
  return done(state, (saved) => t("factorSaved", { name: saved.name }));
}
