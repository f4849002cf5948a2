import type { TActor } from "@/lib/auth/actor";
import { can, type TAction } from "@/lib/auth/permissions";
import { reportEditorialStates } from "@/lib/reports/schemas";

/** A report's editorial states and what moving between them asks of the permission table. */

/** Choosing a state is its own permission: publishing and archiving are named in the table. */
export const actionForReportState = (state: string): TAction => (state === "publisert" ? "report.publish" : state === "arkivert" ? "report.archive" : "report.update");

/** Whether the actor may create reports (and so see the report list). */
export const canCreateReports = (actor: TActor) => can(actor, "report.create", null);

/** The states a new report may be given by this actor (its creator). */
export const statesForNewReport = (actor: TActor) =>
  reportEditorialStates.filter((state) => state === "kandidat" || can(actor, actionForReportState(state), { createdById: actor.id }));
