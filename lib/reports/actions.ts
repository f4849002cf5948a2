"use server";

import { revalidatePath } from "next/cache";
import { invalidatePublicData } from "@/lib/cache/public-data";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction, type TActionState } from "@/lib/auth/action";
import { createReport, reportFormToInput, updateReport, zReportInput, type TReportSaveResult } from "@/lib/reports/mutations";

// Reports in the admin. The wrapper checks user → input; the mutation checks permission.

const zReportForm = zReportInput.extend({
  id: z.coerce.number().int().positive().optional(),
  version: z.coerce.number().int().positive().optional(),
});

const saveReport = authedAction("report.save", zReportForm, async ({ id, version, ...report }, _actor, claims) => {
  if (id === undefined) {
    const created = await createReport(claims, report);
    revalidatePath("/admin/rapporter");
    invalidatePublicData();
    redirect(`/admin/rapporter/${created.id}?opprettet=1`);
  }
  const saved = await updateReport(claims, { id, version: version ?? 0, report });
  revalidatePath("/admin/rapporter");
  revalidatePath(`/admin/rapporter/${id}`);
  revalidatePath(`/rapporter/${saved.slug}`);
  invalidatePublicData();
  return saved;
});

/** Errors on source n (of the kept rows) go beside the form row it came from. */
function remapSourceErrors(fieldErrors: Record<string, string[]> | undefined, sourceRows: number[]) {
  if (!fieldErrors) return fieldErrors;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([key, messages]) => {
      const match = key.match(/^sources\.(\d+)(\..*)?$/);
      return [match ? `sources.${sourceRows[Number(match[1])] ?? match[1]}${match[2] ?? ""}` : key, messages];
    }),
  );
}

export async function saveReportAction(previous: TActionState<TReportSaveResult> | undefined, formData: FormData): Promise<TActionState<TReportSaveResult>> {
  const { input, sourceRows } = reportFormToInput(formData);
  const id = formData.get("id");
  const version = formData.get("version");
  const state = await saveReport(previous, { ...input, ...(id ? { id, version } : {}) } as never);
  return state.ok ? state : { ...state, fieldErrors: remapSourceErrors(state.fieldErrors, sourceRows) };
}
