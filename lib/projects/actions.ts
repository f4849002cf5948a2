"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { invalidatePublicData } from "@/lib/cache/public-data";
import { redirect } from "next/navigation";
import { authedAction, type TActionState } from "@/lib/auth/action";
import { db } from "@/lib/db";
import {
  changeProjectState,
  CONFLICT_KEY,
  formFieldErrors,
  previewOf,
  restoreProjectForm,
  saveProjectForm,
  zPreviewForm,
  zProjectForm,
  zRestoreForm,
  zStateForm,
  type TPreview,
} from "@/lib/projects/project-form";
import { echoRows, isRowIntent, type TFormValues, type TRowGroup } from "@/lib/projects/form-fields";

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

const save = authedAction("project.save", zProjectForm, (form, _actor, claims) => saveProjectForm(db, claims, form));
// A preview shows the text as it will be published, even while other fields still have errors.
const preview = authedAction("project.preview", zPreviewForm, async (values) => previewOf(values));
// Adding or removing a row of funding or sources is a round trip that saves nothing.
const rows = authedAction("project.rows", zPreviewForm, async (values) => values);

const formValues = (formData: FormData): TFormValues =>
  Object.fromEntries([...formData].filter(([key, value]) => !key.startsWith("$ACTION") && typeof value === "string") as [string, string][]);

function revalidatePublic(slug: string) {
  invalidatePublicData();
  revalidatePath("/");
  revalidatePath("/prosjekter");
  revalidatePath(`/prosjekter/${slug}`);
}

/** Saves (or previews) the project form; on success goes to the edit page of the saved project. */
export async function saveProjectAction(_previous: TProjectFormState | undefined, formData: FormData): Promise<TProjectFormState> {
  const posted = formValues(formData);
  if (isRowIntent(posted.intent)) {
    const allowed = await rows(undefined, formData);
    const echo = echoRows(posted, posted.intent);
    if (!allowed.ok) return { ok: false, message: allowed.message, values: echo.values, extraRows: echo.extraRows, nonce: randomUUID() };
    return { ok: true, ...echo, nonce: randomUUID() };
  }
  const { values, extraRows } = echoRows(posted);
  if (posted.intent === "preview") {
    const shown = await preview(undefined, formData);
    return { ok: shown.ok, message: shown.message, values, extraRows, preview: shown.data, nonce: randomUUID() };
  }
  const state = await save(undefined, formData);
  if (!state.ok || !state.data) {
    const { [CONFLICT_KEY]: conflict, ...fieldErrors } = state.fieldErrors ?? {};
    return {
      ok: false,
      message: state.message,
      // The echo is numbered like the validated rows, so each error stays beside its row.
      fieldErrors: formFieldErrors(fieldErrors, values),
      values,
      extraRows,
      conflict: Boolean(conflict),
      nonce: randomUUID(),
    };
  }
  if (state.data.kind === "preview") return { ok: true, values, preview: state.data.preview, nonce: randomUUID() };
  const { result, created } = state.data;
  revalidatePublic(result.slug);
  redirect(`/admin/prosjekter/${result.id}?${created ? "opprettet" : "lagret"}=${result.version}`);
}

const changeState = authedAction("project.state", zStateForm, (input, _actor, claims) => changeProjectState(db, claims, input));

/** Moves a project along the workflow (kandidat → under kartlegging → publisert → arkivert). */
export async function changeProjectStateAction(_previous: TActionState | undefined, formData: FormData): Promise<TActionState> {
  const state = await changeState(undefined, formData);
  if (!state.ok || !state.data) return { ok: false, message: state.message, fieldErrors: state.fieldErrors };
  revalidatePublic(state.data.slug);
  redirect(`/admin/prosjekter/${state.data.id}?status=${state.data.version}`);
}

const restore = authedAction("project.restore", zRestoreForm, (input, _actor, claims) => restoreProjectForm(db, claims, input));

/** Puts back an earlier version as a new one. */
export async function restoreProjectRevisionAction(_previous: TActionState | undefined, formData: FormData): Promise<TActionState> {
  const state = await restore(undefined, formData);
  if (!state.ok || !state.data) return { ok: false, message: state.message, fieldErrors: state.fieldErrors };
  revalidatePublic(state.data.slug);
  redirect(`/admin/prosjekter/${state.data.id}/historikk?gjenopprettet=${state.data.version}`);
}
