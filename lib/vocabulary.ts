import { EditorialState, ProjectStatus, ReportKind } from "@/lib/generated/prisma/enums";

/**
 * The enumerations the site speaks, in one place: the values come from the Prisma schema (the
 * generated client's enums, in schema order), the Norwegian words for them are written here once.
 * Safe for client components: the generated enums module is plain constants.
 */

type TNonEmpty<T> = readonly [T, ...T[]];
const valuesOf = <T extends string>(enumObject: Record<string, T>) => Object.values(enumObject) as unknown as TNonEmpty<T>;

export const editorialStates = valuesOf(EditorialState);
export const projectStatuses = valuesOf(ProjectStatus);
export const reportKinds = valuesOf(ReportKind);

/** A report is never "under kartlegging": that step belongs to projects. */
export const reportEditorialStates = editorialStates.filter((s) => s !== "under_kartlegging") as unknown as TNonEmpty<Exclude<EditorialState, "under_kartlegging">>;

export const projectStatusLabel: Record<ProjectStatus, string> = { planlagt: "Planlagt", pagar: "Pågår", avsluttet: "Avsluttet" };

export const editorialStateLabel: Record<EditorialState, string> = {
  kandidat: "Kandidat",
  under_kartlegging: "Under kartlegging",
  publisert: "Publisert",
  arkivert: "Arkivert",
};

export const reportKindLabel: Record<ReportKind, string> = {
  veileder: "Veileder",
  analyse: "Analyse",
  evaluering: "Evaluering",
  bok: "Bok",
  studie: "Studie",
  rapport: "Rapport",
};
