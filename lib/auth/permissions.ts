import type { TActor } from "@/lib/auth/actor";
import { forbiddenError } from "@/lib/commands/errors";
import { Prisma } from "@/lib/generated/prisma/client";
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

/** A project as the permission table sees it: its counties (each once, sorted), adviser and state. */
export function projectResourceOf(countyNumbers: Iterable<string>, adviserId: number | null, state: EditorialState): TProjectResource {
  return { countyNumbers: [...new Set(countyNumbers)].sort(), adviserId, state };
}

/** A report, as the permission table sees it: who created it (null for imported reports). */
export type TReportResource = { createdById: number | null };

export type TResources = {
  /**
   * Seeing a project's unpublished side in the admin lists (the dashboard, /admin/prosjekter); the
   * edit page itself asks for project.update.
   */
  "project.view": TProjectResource;
  "project.create": TProjectResource;
  "project.update": TProjectResource;
  "project.tag": TProjectResource;
  /** Moving a project between kandidat and under kartlegging, and choosing its adviser. */
  "project.assign": TProjectResource;
  "project.publish": TProjectResource;
  "project.archive": TProjectResource;
  /** Suggested projects (issue 13): seeing them in the triage queue and rejecting, merging or accepting them. */
  "intake.triage": TProjectResource;
  /** Seeing a suggester's name, e-mail and role: personal data, only for the curators of that county. */
  "intake.contact": TProjectResource;
  "report.create": null;
  /** Editing a report's fields, including its slug. */
  "report.update": TReportResource;
  "report.publish": TReportResource;
  "report.archive": TReportResource;
  "audit.read": null;
  "user.manage": null;
  /** The focus areas an adviser maps projects in (issue 13): assignment proposes by them. */
  "user.focus_areas": null;
  /** Focus areas, free tags and success-factor texts. */
  "taxonomy.manage": null;
  /** The bokmål/nynorsk equivalents the public search expands queries with. */
  "synonym.manage": null;
};

export type TAction = keyof TResources;

/** The project actions: their rules must also say which stored projects they allow, for lists. */
export type TProjectAction = { [A in TAction]: TResources[A] extends TProjectResource ? A : never }[TAction];

/**
 * A rule on projects, in the three forms the code needs: a check of one project, a Prisma filter
 * and an SQL condition on `project p` that select exactly the stored projects the check allows
 * (tests/integration/permission-lists.integration-test.ts holds them equal for every role).
 * `counties` is the set of counties the rule keeps the actor inside, or null for no such bound.
 */
type TProjectRule = {
  scope: "counties" | "assigned";
  check: (actor: TActor, project: TProjectResource) => boolean;
  where: (actor: TActor) => Prisma.ProjectWhereInput;
  sql: (actor: TActor) => Prisma.Sql;
  counties: (actor: TActor) => string[] | null;
};

type Rule<A extends TAction> = boolean | (A extends TProjectAction ? TProjectRule : (actor: TActor, resource: TResources[A]) => boolean);

/**
 * The non-empty subsets of a few counties, each sorted: a project's `county_numbers` (sorted,
 * distinct) lies within the counties exactly when it equals one of them. Prisma has no "contained
 * by" filter for arrays; this keeps the filter on the indexed array (a few `=` probes).
 */
function countySubsets(counties: string[]): string[][] {
  const sorted = [...new Set(counties)].sort();
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << sorted.length; mask++) subsets.push(sorted.filter((_, i) => mask & (1 << i)));
  return subsets;
}

/** Up to this many counties the Prisma filter enumerates their subsets (15); past it, a join. */
const SUBSET_COUNTIES = 4;

/**
 * Every municipality lies in one of the contact's counties (and there is at least one). The
 * list forms read `project.county_numbers` (the counties of its municipalities, kept by triggers,
 * GIN-indexed), not the municipalities of every project.
 */
const inOwnCounties: TProjectRule = {
  scope: "counties",
  check: (actor, project) => project.countyNumbers.length > 0 && project.countyNumbers.every((county) => actor.counties.includes(county)),
  where: (actor) => {
    if (actor.counties.length === 0) return { id: { in: [] } };
    if (actor.counties.length > SUBSET_COUNTIES) {
      return {
        countyNumbers: { hasSome: actor.counties },
        municipalities: { every: { municipality: { countyNumber: { in: actor.counties } } } },
      };
    }
    return { OR: countySubsets(actor.counties).map((subset) => ({ countyNumbers: { equals: subset } })) };
  },
  // The same equalities, so that the btree indexes that begin with county_numbers serve the
  // dashboard's counts and lists as range scans; past a few counties, overlaps and lies within.
  sql: (actor) => {
    if (actor.counties.length === 0) return Prisma.sql`false`;
    if (actor.counties.length > SUBSET_COUNTIES) {
      return Prisma.sql`(p.county_numbers && ${actor.counties}::text[] AND p.county_numbers <@ ${actor.counties}::text[])`;
    }
    return Prisma.sql`p.county_numbers IN (${Prisma.join(countySubsets(actor.counties).map((subset) => Prisma.sql`${subset}::text[]`))})`;
  },
  counties: (actor) => actor.counties,
};

/** The states an adviser maps in; once published the text is the county's and the administrators'. */
const adviserStates: EditorialState[] = ["kandidat", "under_kartlegging"];

/**
 * An adviser maps what is assigned to them until it is published: the live text is the county's
 * and the administrators' to change. They may add or drop municipalities, but only within the
 * counties the project already belongs to (a stored project always lies within its own counties).
 */
const assignedAndUnpublished: TProjectRule = {
  scope: "assigned",
  check: (actor, project) => {
    const home = project.homeCountyNumbers ?? project.countyNumbers;
    return project.adviserId === actor.id && adviserStates.includes(project.state) && project.countyNumbers.every((county) => home.includes(county));
  },
  where: (actor) => ({ adviserId: actor.id, state: { in: adviserStates } }),
  sql: (actor) => Prisma.sql`(p.adviser_id = ${actor.id} AND p.state::text = ANY(${adviserStates}::text[]))`,
  counties: () => null,
};

/** An adviser sees every project assigned to them, published or not (the lists show which they may still edit). */
const assignedToThem: TProjectRule = {
  scope: "assigned",
  check: (actor, project) => project.adviserId === actor.id,
  where: (actor) => ({ adviserId: actor.id }),
  sql: (actor) => Prisma.sql`p.adviser_id = ${actor.id}`,
  counties: () => null,
};

/** A county contact edits the reports they created; imported reports (no creator) only admins. */
const createdByThem = (actor: TActor, report: TReportResource) => report.createdById !== null && report.createdById === actor.id;

export const permissionTable: { [A in TAction]: Record<Role, Rule<A>> } = {
  "project.view": { admin: true, county_contact: inOwnCounties, adviser: assignedToThem },
  "project.create": { admin: true, county_contact: inOwnCounties, adviser: false },
  "project.update": { admin: true, county_contact: inOwnCounties, adviser: assignedAndUnpublished },
  "project.tag": { admin: true, county_contact: inOwnCounties, adviser: assignedAndUnpublished },
  "project.assign": { admin: true, county_contact: inOwnCounties, adviser: false },
  "project.publish": { admin: true, county_contact: inOwnCounties, adviser: false },
  "project.archive": { admin: true, county_contact: inOwnCounties, adviser: false },
  "intake.triage": { admin: true, county_contact: inOwnCounties, adviser: false },
  "intake.contact": { admin: true, county_contact: inOwnCounties, adviser: false },
  "report.create": { admin: true, county_contact: true, adviser: false },
  "report.update": { admin: true, county_contact: createdByThem, adviser: false },
  "report.publish": { admin: true, county_contact: createdByThem, adviser: false },
  "report.archive": { admin: true, county_contact: createdByThem, adviser: false },
  "audit.read": { admin: true, county_contact: false, adviser: false },
  "user.manage": { admin: true, county_contact: false, adviser: false },
  "user.focus_areas": { admin: true, county_contact: false, adviser: false },
  "taxonomy.manage": { admin: true, county_contact: false, adviser: false },
  "synonym.manage": { admin: true, county_contact: false, adviser: false },
};

export function can<A extends TAction>(actor: TActor | null, action: A, resource: TResources[A]): boolean {
  if (!actor) return false;
  const rule = permissionTable[action][actor.role] as boolean | TProjectRule | ((actor: TActor, resource: TResources[A]) => boolean);
  if (typeof rule === "boolean") return rule;
  if (typeof rule === "function") return rule(actor, resource);
  return rule.check(actor, resource as TProjectResource);
}

const projectRule = (actor: TActor, action: TProjectAction): boolean | TProjectRule => permissionTable[action][actor.role];

/**
 * The stored projects `can(actor, action, project)` allows, as a Prisma filter: the admin lists
 * read through this, so they show exactly what the table allows and nothing decides it twice.
 */
export function projectWhere(actor: TActor, action: TProjectAction): Prisma.ProjectWhereInput {
  const rule = projectRule(actor, action);
  if (rule === true) return {};
  if (rule === false) return { id: { in: [] } };
  return rule.where(actor);
}

/** The same as projectWhere, as an SQL condition on a project aliased `p`, for queries Prisma cannot express. */
export function projectSql(actor: TActor, action: TProjectAction): Prisma.Sql {
  const rule = projectRule(actor, action);
  if (typeof rule === "boolean") return rule ? Prisma.sql`true` : Prisma.sql`false`;
  return rule.sql(actor);
}

/**
 * Which projects a role's rule reaches: all of them, those in the actor's counties, those assigned
 * to them, or none. For wording ("Prosjektene i dine fylker") and for what a page offers.
 */
export function projectScopeOf(role: Role, action: TProjectAction): "all" | "counties" | "assigned" | "none" {
  const rule: boolean | TProjectRule = permissionTable[action][role];
  if (typeof rule === "boolean") return rule ? "all" : "none";
  return rule.scope;
}

/**
 * The counties the actor's rule keeps a project inside, or null when it sets no county bound
 * (an administrator; an adviser, who is bound by the assignment instead).
 */
export function countyBound(actor: TActor, action: TProjectAction): string[] | null {
  const rule = projectRule(actor, action);
  if (typeof rule === "boolean") return rule ? null : [];
  return rule.counties(actor);
}

/**
 * Whether a role may ever do an action, on some resource: for navigation and buttons that lead to
 * a page where the real check is made.
 */
export function mayEver(role: Role, action: TAction): boolean {
  return permissionTable[action][role] !== false;
}

/**
 * Throws the CommandError with code "forbidden" (lib/commands/errors.ts) unless the actor may.
 * The refusal is audited by whoever catches it outside the transaction (see lib/auth/audited.ts), so a rollback cannot erase it.
 */
export function assertCan<A extends TAction>(
  actor: TActor,
  action: A,
  resource: TResources[A],
  entity?: { type: string; id: string | number },
): void {
  if (!can(actor, action, resource)) throw forbiddenError({ action, userId: actor.id, ...(entity ? { entity } : {}) });
}
