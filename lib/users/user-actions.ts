"use server";

import { revalidatePath } from "next/cache";
import { authedAction, type TActionState } from "@/lib/auth/action";
import { createUserAsAdmin, setUserDisabled, signOutUserEverywhere, updateUserRole, zUserCreate, zUserDisable, zUserId, zUserUpdate } from "@/lib/users/admin";
import { roleLabels } from "@/lib/users/roles";
import type { Role } from "@/lib/generated/prisma/enums";

// User administration. Each action: user → input → permission (inside lib/users/admin.ts).

/** Several counties arrive as repeated fields; Object.fromEntries would keep only the last. */
function withCounties(formData: FormData) {
  const { counties: _counties, ...rest } = Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$ACTION")));
  void _counties;
  return { ...rest, counties: formData.getAll("counties").map(String) };
}

const createUserInner = authedAction("user.create", zUserCreate, async (input, _actor, claims) => {
  const created = await createUserAsAdmin(claims, input);
  revalidatePath("/admin/brukere");
  return `Brukeren ${created.email} er opprettet.`;
});

export async function createUserAction(previous: TActionState<string> | undefined, formData: FormData) {
  return createUserInner(previous, withCounties(formData) as never);
}

const updateUserInner = authedAction("user.update", zUserUpdate, async (input, _actor, claims) => {
  const updated = await updateUserRole(claims, input);
  revalidatePath("/admin/brukere");
  return `${updated.email} er nå ${roleLabels[input.role as Role]}.`;
});

export async function updateUserAction(previous: TActionState<string> | undefined, formData: FormData) {
  return updateUserInner(previous, withCounties(formData) as never);
}

export const setUserDisabledAction = authedAction("user.disable", zUserDisable, async (input, _actor, claims) => {
  const result = await setUserDisabled(claims, input);
  revalidatePath("/admin/brukere");
  return result.disabled ? `${result.email} er deaktivert og logget ut.` : `${result.email} er aktivert igjen.`;
});

export const signOutUserEverywhereAction = authedAction("user.sign_out_everywhere", zUserId, async (input, _actor, claims) => {
  const result = await signOutUserEverywhere(claims, input);
  revalidatePath("/admin/brukere");
  return `${result.email} er logget ut på alle enheter.`;
});
