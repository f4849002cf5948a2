"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionClaims } from "@/lib/auth/session";
import { invalidatePublicData } from "@/lib/cache/public-data";
import { fieldsOf, runForForm, type TActionState } from "@/lib/commands/form-state";
import { previewProject, restoreProjectRevision, saveProject, setProjectState } from "@/lib/projects/commands";
import { formFieldErrors, postedValues, projectSaveInput, type TPreview } from "@/lib/projects/form-codec";
import { echoRows, isRowIntent, type TFormValues, type TRowGroup } from "@/lib/projects/form-fields";
import { localHref, requestLocale } from "@/lib/i18n/server";
import { translateServerMessage } from "@/lib/i18n/server-messages";

// The project forms' server actions: decode the form → run the command → revalidate and redirect.

/** What the project form shows after a post: errors beside their fields, what was typed, a preview. */
export type TProjectFormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: TFormValues;
  preview?: TPreview;
  /** Someone else saved first: nothing was written, and the form offers the saved version. */
  conflict?: boolean;
  /** Empty rows to show beyond the one the form always offers (after "Legg til …"). */
  extraRows?: Partial<Record<TRowGroup, number>>;
  /** The id of the element to focus, and what to tell screen readers, after a row was added or removed. */
  focus?: string;
  announcement?: string;
  /** New on every answer, so the form is drawn afresh from `values`. */
  nonce?: string;
};

function revalidatePublic(slug: string) {
  invalidatePublicData();
  revalidatePath("/");
  revalidatePath("/prosjekter");
  revalidatePath(`/prosjekter/${slug}`);
}

/** Saves (or previews) the project form; on success goes to the edit page of the saved project. */
export async function saveProjectAction(_previous: TProjectFormState | undefined, formData: FormData): Promise<TProjectFormState> {
  const posted = postedValues(formData);
  const claims = await getSessionClaims();
  if (isRowIntent(posted.intent)) {
    // Adding or removing a row of funding or sources is a round trip that saves nothing.
    const allowed = await runForForm(previewProject, claims, {});
    const echo = echoRows(posted, posted.intent);
    if (echo.announcement) echo.announcement = translateServerMessage(echo.announcement, (await requestLocale()).locale);
    if (!allowed.ok) return { ok: false, message: allowed.message, values: echo.values, extraRows: echo.extraRows, nonce: randomUUID() };
    return { ok: true, ...echo, nonce: randomUUID() };
  }
  const { values, extraRows } = echoRows(posted);
  if (posted.intent === "preview") {
    // A preview shows the text as it will be published, even while other fields still have errors.
    const shown = await runForForm(previewProject, claims, values);
    return { ok: shown.ok, message: shown.message, values, extraRows, preview: shown.data, nonce: randomUUID() };
  }
  const state = await runForForm(saveProject, claims, projectSaveInput(posted));
  if (!state.ok || !state.data) {
    return {
      ok: false,
      message: state.message,
      // The echo is numbered like the validated rows, so each error stays beside its row.
      fieldErrors: formFieldErrors(state.fieldErrors, values),
      values,
      extraRows,
      conflict: Boolean(state.conflict),
      nonce: randomUUID(),
    };
  }
  const saved = state.data;
  revalidatePublic(saved.slug);
  redirect(await localHref(`/admin/prosjekter/${saved.id}?${saved.created ? "opprettet" : "lagret"}=${saved.version}`));
}

/** Moves a project along the workflow (kandidat → under kartlegging → publisert → arkivert). */
export async function changeProjectStateAction(_previous: TActionState | undefined, formData: FormData): Promise<TActionState> {
  const state = await runForForm(setProjectState, await getSessionClaims(), fieldsOf(formData, ["id", "version", "state", "adviserId"]));
  if (!state.ok || !state.data) return state;
  revalidatePublic(state.data.slug);
  redirect(await localHref(`/admin/prosjekter/${state.data.id}?status=${state.data.version}`));
}

/** Puts back an earlier version as a new one. */
export async function restoreProjectRevisionAction(_previous: TActionState | undefined, formData: FormData): Promise<TActionState> {
  const state = await runForForm(restoreProjectRevision, await getSessionClaims(), fieldsOf(formData, ["id", "version"]));
  if (!state.ok || !state.data) return state;
  revalidatePublic(state.data.slug);
  redirect(await localHref(`/admin/prosjekter/${state.data.id}/historikk?gjenopprettet=${state.data.version}`));
}
