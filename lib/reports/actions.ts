"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionClaims } from "@/lib/auth/session";
import { invalidatePublicData } from "@/lib/cache/public-data";
import { runForForm, type TActionState } from "@/lib/commands/form-state";
import { saveReport, type TReportSaveResult } from "@/lib/reports/commands";
import { remapSourceErrors, reportFormToInput } from "@/lib/reports/form-codec";
import { localHref } from "@/lib/i18n/server";

// The report form's server action: decode the form → run the command → revalidate and redirect.

export async function saveReportAction(_previous: TActionState<TReportSaveResult> | undefined, formData: FormData): Promise<TActionState<TReportSaveResult>> {
  const { input, sourceRows } = reportFormToInput(formData);
  const state = await runForForm(saveReport, await getSessionClaims(), input);
  if (!state.ok || !state.data) return { ...state, fieldErrors: remapSourceErrors(state.fieldErrors, sourceRows) };
  const { created, ...saved } = state.data;
  revalidatePath("/admin/rapporter");
  invalidatePublicData();
  if (created) redirect(await localHref(`/admin/rapporter/${saved.id}?opprettet=1`));
  revalidatePath(`/admin/rapporter/${saved.id}`);
  revalidatePath(`/rapporter/${saved.slug}`);
  return { ok: true, data: saved };
}
