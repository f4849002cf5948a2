import type { TActor } from "@/lib/auth/actor";
import type { EditorialState, Role } from "@/lib/generated/prisma/enums";

/**
 * Who may do what: the one permission table. Rules are pure; the data layer loads the resource
 * (a project's municipalities with their counties, its adviser) and asks `assertCan`.
 */
export type TProjectResource = {
  /** The county number of every municipality of the project (for an edit: as it would be after). */
  countyNumbers: string[];
  adviserId: number | null;
  /** The stored state; an adviser edits only what is not published (kandidat, under kartlegging). */
  state: EditorialState;
  /**
   * The counties the stored project belongs to, when the check is of an edit's result: an adviser
   * may not move a project out of them. Absent: the same as `countyNumbers`.
   */
  homeCountyNumbers?: string[];
};

/** A report, as the permission table sees it: who created it (null for imported reports). */
export type TReportResource = { createdById: number | null };

export type TResources = {
  "project.create": TProjectResource;
  "project.update": TProjectResource;
  "project.tag": TProjectResource;
  /** Moving a project between kandidat and under kartlegging, and choosing its adviser. */
  "project.assign": TProjectResource;
  "project.publish": TProjectResource;
  "project.archive": TProjectResource;
  "report.create": null;
  /** Editing a report's fields, including its slug. */
  "report.update": TReportResource;
  "report.publish": TReportResource;
  "report.archive": TReportResource;
  "audit.read": null;
  "user.manage": null;
  /** Focus areas, free tags and success-factor texts. */
  "taxonomy.manage": null;
  /** The bokmål/nynorsk equivalents the public search expands queries with. */
  "synonym.manage": null;
};

export type TAction = keyof TResources;

type Rule<A extends TAction> = boolean | ((actor: TActor, resource: TResources[A]) => boolean);

/** Every municipality lies in one of the contact's counties (and there is at least one). */
const inOwnCounties = (actor: TActor, project: TProjectResource) =>
  project.countyNumbers.length > 0 && project.countyNumbers.every((county) => actor.counties.includes(county));

/**
 * An adviser maps what is assigned to them until it is published: the live text is the county's
 * and the administrators' to change. They may add or drop municipalities, but only within the
 * counties the project already belongs to.
 */
const assignedAndUnpublished = (actor: TActor, project: TProjectResource) => {
  const home = project.homeCountyNumbers ?? project.countyNumbers;
  return (
    project.adviserId === actor.id &&
    (project.state === "kandidat" || project.state === "under_kartlegging") &&
    project.countyNumbers.every((county) => home.includes(county))
  );
};

/** A county contact edits the reports they created; imported reports (no creator) only admins. */
const createdByThem = (actor: TActor, report: TReportResource) => report.createdById !== null && report.createdById === actor.id;

export const permissionTable: { [A in TAction]: Record<Role, Rule<A>> } = {
  "project.create": { admin: true, county_contact: inOwnCounties, adviser: false },
  "project.update": { admin: true, county_contact: inOwnCounties, adviser: assignedAndUnpublished },
  "project.tag": { admin: true, county_contact: inOwnCounties, adviser: assignedAndUnpublished },
  "project.assign": { admin: true, county_contact: inOwnCounties, adviser: false },
  "project.publish": { admin: true, county_contact: inOwnCounties, adviser: false },
  "project.archive": { admin: true, county_contact: inOwnCounties, adviser: false },
  "report.create": { admin: true, county_contact: true, adviser: false },
  "report.update": { admin: true, county_contact: createdByThem, adviser: false },
  "report.publish": { admin: true, county_contact: createdByThem, adviser: false },
  "report.archive": { admin: true, county_contact: createdByThem, adviser: false },
  "audit.read": { admin: true, county_contact: false, adviser: false },
  "user.manage": { admin: true, county_contact: false, adviser: false },
  "taxonomy.manage": { admin: true, county_contact: false, adviser: false },
  "synonym.manage": { admin: true, county_contact: false, adviser: false },
};

export function can<A extends TAction>(actor: TActor | null, action: A, resource: TResources[A]): boolean {
  if (!actor) return false;
  const rule = permissionTable[action][actor.role] as Rule<A>;
  return typeof rule === "function" ? rule(actor, resource) : rule;
}

/**
 * Whether a role may ever do an action, on some resource: for navigation and buttons that lead to
 * a page where the real check is made.
 */
export function mayEver(role: Role, action: TAction): boolean {
  return permissionTable[action][role] !== false;
}

export class ForbiddenError extends Error {
  constructor(
    readonly action: TAction,
    readonly userId: number | null,
    readonly entity?: { type: string; id: string | number },
    /** Says what exactly is refused, when that tells the person nothing they may not know. */
    message = "Du har ikke tilgang til å gjøre dette.",
  ) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/**
 * Throws ForbiddenError unless the actor may. The refusal is audited by whoever catches it
 * outside the transaction (see lib/auth/audited.ts), so a rollback cannot erase it.
 */
export function assertCan<A extends TAction>(
  actor: TActor,
  action: A,
  resource: TResources[A],
  entity?: { type: string; id: string | number },
): void {
  if (!can(actor, action, resource)) throw new ForbiddenError(action, actor.id, entity);
}
