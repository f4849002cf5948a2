"use server";

import { revalidatePath } from "next/cache";
import { getSessionClaims } from "@/lib/auth/session";
import { fieldsOf, runForForm, type TActionState } from "@/lib/commands/form-state";
import { createSynonym, deleteSynonym } from "@/lib/search-synonyms/commands";

// The synonym forms' server actions: decode the form → run the command → revalidate, and say what was done.

type TState = TActionState<string>;

export async function createSynonymAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(createSynonym, await getSessionClaims(), fieldsOf(formData, ["term", "equivalent"]));
  if (!state.ok || !state.data) return { ...state, data: undefined };
  revalidatePath("/admin/synonymer");
  return { ok: true, data: `«${state.data.term}» = «${state.data.equivalent}» er lagt til.` };
}

export async function deleteSynonymAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(deleteSynonym, await getSessionClaims(), fieldsOf(formData, ["id"]));
  if (!state.ok || !state.data) return { ...state, data: undefined };
  revalidatePath("/admin/synonymer");
  return { ok: true, data: `«${state.data.term}» = «${state.data.equivalent}» er slettet.` };
}
