import type { TAction } from "@/lib/auth/permissions";
import type { TProjectFile } from "@/lib/content/schemas";
import type { EditorialState } from "@/lib/generated/prisma/enums";

/** The editorial workflow of a project: which states follow which, and what publishing demands. */

/** Norwegian names of the fields a public page needs, for the "missing" message. */
const requiredForPublishing: [keyof TProjectFile, string, (p: TProjectFile) => boolean][] = [
  ["title", "tittel", (p) => p.title.trim().length > 0],
  ["summary", "sammendrag", (p) => p.summary.trim().length > 0],
  ["municipalities", "minst én kommune", (p) => p.municipalities.length > 0],
  ["status", "status", (p) => Boolean(p.status)],
  ["focusAreas", "minst ett fokusområde", (p) => p.focusAreas.length > 0],
  ["sources", "minst én kilde", (p) => p.sources.length > 0],
];

/** What a project lacks before it can be published (empty when it is ready). */
export function publishProblems(project: TProjectFile): { field: keyof TProjectFile; label: string }[] {
  return requiredForPublishing.filter(([, , ok]) => !ok(project)).map(([field, label]) => ({ field, label }));
}

/** Which states a project may move to from each state. */
export const stateTransitions: Record<EditorialState, EditorialState[]> = {
  // A county contact often maps a project themselves: a complete candidate may be published
  // directly, with no adviser (issue 12).
  kandidat: ["under_kartlegging", "publisert", "arkivert"],
  under_kartlegging: ["kandidat", "publisert", "arkivert"],
  publisert: ["under_kartlegging", "arkivert"],
  arkivert: ["under_kartlegging"],
};

/** The permission that moving a project into each state asks for. */
export const actionForState: Record<EditorialState, TAction> = {
  kandidat: "project.assign",
  under_kartlegging: "project.assign",
  publisert: "project.publish",
  arkivert: "project.archive",
};

export const stateLabels: Record<EditorialState, string> = {
  kandidat: "kandidat",
  under_kartlegging: "under kartlegging",
  publisert: "publisert",
  arkivert: "arkivert",
};
