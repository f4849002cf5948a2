"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionClaims } from "@/lib/auth/session";
import { fieldsOf, runForForm, type TActionState } from "@/lib/commands/form-state";
import { createUserAsAdmin, setUserDisabled, signOutEverywhere, signOutUserEverywhere, updateUserRole } from "@/lib/users/commands";
import { getTranslations } from "next-intl/server";
import { localHref } from "@/lib/i18n/server";

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
  const t = await getTranslations("admin");
  return done(state, (created) => t("users.created", { email: created.email }));
}

export async function updateUserAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(updateUserRole, await getSessionClaims(), fieldsOf(formData, ["id", "role"], ["counties"]));
  const t = await getTranslations("admin");
  return done(state, (updated) => t("users.roleNow", { email: updated.email, role: t(`roles.${updated.role}`) }));
}

export async function setUserDisabledAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(setUserDisabled, await getSessionClaims(), fieldsOf(formData, ["id", "disabled"]));
  const t = await getTranslations("admin.users");
  return done(state, (result) => (result.disabled ? t("disabled", { email: result.email }) : t("enabled", { email: result.email })));
}

export async function signOutUserEverywhereAction(_previous: TState | undefined, formData: FormData): Promise<TState> {
  const state = await runForForm(signOutUserEverywhere, await getSessionClaims(), fieldsOf(formData, ["id"]));
  const t = await getTranslations("admin.users");
  return done(state, (result) => t("signedOut", { email: result.email }));
}

/** Ends every session of the signed-in user, this one included. */
export async function signOutEverywhereAction(): Promise<TActionState> {
  const state = await runForForm(signOutEverywhere, await getSessionClaims(), {});
  if (!state.ok) return state;
  redirect(await localHref("/admin/logg-inn"));
}
