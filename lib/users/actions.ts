"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionClaims } from "@/lib/auth/session";
import { fieldsOf, runForForm, type TActionState } from "@/lib/commands/form-state";
import { createUserAsAdmin, setUserDisabled, signOutEverywhere, signOutUserEverywhere, updateUserRole } from "@/lib/users/commands";
import { roleLabels } from "@/lib/users/roles";

// The user forms' server actions: decode the form (getAll for the county checkboxes) → run the
// command → revalidate, and say what was done.

type TState = TActionState<string>;

function done<R>(state: TActionState<R>, message: (result: R) => string): TState {
  if (!state.ok || state.data === undefined) return { ...state, data: undefined };
  revalidatePath("/admin/brukere");
  return { ok: true, data: message(state.data) };
}

export async function createUserAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(createUserAsAdmin, await getSessionClaims(), fieldsOf(formData, ["email", "name", "role", "password"], ["counties"]));
  return done(state, (created) => `Brukeren ${created.email} er opprettet.`);
}

export async function updateUserAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(updateUserRole, await getSessionClaims(), fieldsOf(formData, ["id", "role"], ["counties"]));
  return done(state, (updated) => `${updated.email} er nå ${roleLabels[updated.role]}.`);
}

export async function setUserDisabledAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(setUserDisabled, await getSessionClaims(), fieldsOf(formData, ["id", "disabled"]));
  return done(state, (result) => (result.disabled ? `${result.email} er deaktivert og logget ut.` : `${result.email} er aktivert igjen.`));
}

export async function signOutUserEverywhereAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(signOutUserEverywhere, await getSessionClaims(), fieldsOf(formData, ["id"]));
  return done(state, (result) => `${result.email} er logget ut på alle enheter.`);
}

/** Ends every session of the signed-in user, this one included. */
export async function signOutEverywhereAction(): Promise<TActionState> {
  const state = await runForForm(signOutEverywhere, await getSessionClaims(), {});
  if (!state.ok) return state;
  redirect("/admin/logg-inn");
}
