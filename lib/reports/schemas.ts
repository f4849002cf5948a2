import { z } from "zod";
import { zReportFile } from "@/lib/content/schemas";
import { reportEditorialStates } from "@/lib/vocabulary";

/** The input of the report commands (lib/reports/commands.ts), with Norwegian messages. */

export { reportEditorialStates };

/** A report as an editor saves it: the content file's shape, with the states an editor may choose. */
export const zReportInput = zReportFile.omit({ lastCheckedAt: true, state: true }).extend({
  state: z.enum(reportEditorialStates, { error: "må være kandidat, publisert eller arkivert" }),
});
export type TReportInput = z.input<typeof zReportInput>;
export type TReportData = z.output<typeof zReportInput>;

const zId = z.coerce.number({ error: "mangler" }).int("mangler").positive("mangler");

export const zReportUpdate = z.object({ id: zId, version: zId, report: zReportInput });

/** The report form: the report's fields, and for an edit its id and the version it was opened at. */
export const zReportSave = zReportInput.extend({ id: zId.optional(), version: zId.optional() });
