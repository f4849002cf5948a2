import "server-only";
import { db as defaultDb } from "@/lib/db";
import type { TActor } from "@/lib/auth/actor";
import { can, countyBound, mayEver, projectResourceOf, projectScopeOf, projectSql, projectWhere } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { EditorialState } from "@/lib/generated/prisma/enums";
import { editorialStates } from "@/lib/vocabulary";

export type TMyWork = Awaited<ReturnType<typeof findMyWork>>;

/** How many projects of each kind the dashboard lists; the state counts are exact, the rest is in /admin/prosjekter. */
export const MY_WORK_LIMIT = 10;

/**
 * "Ikke sjekket på 12 måneder": the actor's projects (as the permission table scopes them), not
 * archived, never checked or last checked more than a year before `now`. The dashboard lists
 * them; the monthly reminder (lib/reminders/review.ts) mails them.
 */
export function dueForCheckWhere(actor: TActor, now: Date): Prisma.ProjectWhereInput {
  return { AND: [projectWhere(actor, "project.view"), { state: { not: "arkivert" } }, { OR: [{ lastCheckedAt: null }, { lastCheckedAt: { lt: yearBefore(now) } }] }] };
}

/** Those that have waited longest first. */
export const dueForCheckOrder: Prisma.ProjectOrderByWithRelationInput[] = [{ lastCheckedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }];

function yearBefore(now: Date): Date {
  const yearAgo = new Date(now);
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);
  return yearAgo;
}

/**
 * The dashboard counts the projects due a check up to this many, and says "over 1 000" past it:
 * the count depends on today's date, so no trigger can keep it, and an exact count would read
 * every due project (all of them, for an administrator of a site nobody has checked yet).
 */
export const DUE_COUNT_CAP = 1000;

export type TDueCount = { count: number; over: boolean };

/**
 * How many of the actor's projects are due a check (dueForCheckWhere), counted up to `cap`: two
 * walks of the indexes on (…, last_checked_at, id, state) — never checked, then checked before a
 * year ago — under one LIMIT, so the cost stops at cap + 1 entries whatever the number of projects.
 */
export async function countDueForCheck(actor: TActor, now = new Date(), db: PrismaClient = defaultDb, cap = DUE_COUNT_CAP): Promise<TDueCount> {
  const scope = projectSql(actor, "project.view");
  const yearAgo = yearBefore(now);
  const [row] = await db.$queryRaw<{ due: number }[]>`
    SELECT count(*)::int AS due FROM (
      (SELECT 1 FROM project p WHERE p.last_checked_at IS NULL AND p.state <> 'arkivert' AND ${scope})
      UNION ALL
      (SELECT 1 FROM project p WHERE p.last_checked_at < ${yearAgo} AND p.state <> 'arkivert' AND ${scope})
      LIMIT ${cap + 1}
    ) AS due`;
  const due = row?.due ?? 0;
  return { count: Math.min(due, cap), over: due > cap };
}

/**
 * Where the actor's state counts are kept exactly in project_tally, or null when they are not. The
 * permission table decides: a rule over all projects reads "tilstand"; a rule that keeps the actor
 * inside one county (a project must lie wholly inside it, see countyBound) reads the projects whose
 * set of counties is exactly that one, "fylkesett-tilstand" "<county>:<state>". Any other scope
 * (several counties, an adviser's assignments) is small and counted.
 */
function stateTallyOf(actor: TActor): { kind: string; keyOf: (state: EditorialState) => string } | null {
  const scope = projectScopeOf(actor.role, "project.view");
  if (scope === "all") return { kind: "tilstand", keyOf: (state) => state };
  const [county, ...others] = [...new Set(countyBound(actor, "project.view") ?? [])];
  if (scope === "counties" && county !== undefined && others.length === 0) return { kind: "fylkesett-tilstand", keyOf: (state) => `${county}:${state}` };
  return null;
}

/**
 * The actor's projects per state: from project_tally where it is exact (stateTallyOf), else one
 * pass over their few projects. `db` may be a transaction (a test compares it with a recount).
 */
export async function countStates(actor: TActor, db: Pick<PrismaClient, "$queryRaw" | "projectTally"> = defaultDb): Promise<Record<EditorialState, number>> {
  const tally = stateTallyOf(actor);
  let counted: { state: EditorialState; total: number }[];
  if (tally) {
    const keys = new Map(editorialStates.map((state) => [tally.keyOf(state), state]));
    const rows = await db.projectTally.findMany({ where: { kind: tally.kind, key: { in: [...keys.keys()] } }, select: { key: true, count: true } });
    counted = rows.flatMap(({ key, count }) => {
      const state = keys.get(key);
      return state === undefined ? [] : [{ state, total: count }];
    });
  } else {
    counted = await db.$queryRaw<{ state: EditorialState; total: number }[]>`
      SELECT p.state::text AS state, count(*)::int AS total FROM project p WHERE ${projectSql(actor, "project.view")} GROUP BY p.state`;
  }
  return Object.fromEntries(editorialStates.map((state) => [state, counted.find((c) => c.state === state)?.total ?? 0])) as Record<EditorialState, number>;
}

/**
 * "Mitt arbeid": the actor's projects by state, those due a check, bare municipalities, recent
 * changes. Bounded: exact counts per state (countStates), the count due a check up to
 * DUE_COUNT_CAP, then the newest MY_WORK_LIMIT of each list; a fixed number of
 * queries whose parameters do not grow with the number of projects.
 */
export async function findMyWork(actor: TActor, now = new Date(), db: PrismaClient = defaultDb) {
  // The projects the actor works on, as the permission table says (a county contact's counties, an
  // adviser's assignments, or all): the table is the only place that knows the rule.
  const scope = projectWhere(actor, "project.view");
  const dueWhere = dueForCheckWhere(actor, now);
  const select = {
    id: true,
    slug: true,
    title: true,
    state: true,
    version: true,
    lastCheckedAt: true,
    updatedAt: true,
    adviserId: true,
    municipalities: { select: { municipality: { select: { countyNumber: true } } } },
  } as const;
  // Whether the edit page is open to this actor: the permission table decides, not the role.
  type TRow = { state: EditorialState; adviserId: number | null; municipalities: { municipality: { countyNumber: string } }[] };
  const withEditable = <R extends TRow>(rows: R[]) =>
    rows.map(({ adviserId, municipalities, ...project }) => ({
      ...project,
      editable: can(actor, "project.update", projectResourceOf(municipalities.map((m) => m.municipality.countyNumber), adviserId, project.state)),
    }));
  const states = editorialStates;

  const ownCounties = countyBound(actor, "project.create");
  const [stateCounts, dueCount, lists, dueForCheck, municipalitiesWithoutExample, recentChanges] = await Promise.all([
    countStates(actor, db),
    countDueForCheck(actor, now, db),
    Promise.all(
      states.map((state) =>
        db.project.findMany({ where: { AND: [scope, { state }] }, select, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: MY_WORK_LIMIT }),
      ),
    ),
    // In dueForCheckOrder, read as two walks the indexes on (…, last_checked_at, id) serve in
    // order, stopping at MY_WORK_LIMIT: never checked (by id), then checked longest ago. One sort
    // with NULLS FIRST would read every due project first (an index cannot be declared so here).
    Promise.all([
      db.project.findMany({ where: { AND: [dueWhere, { lastCheckedAt: null }] }, select, orderBy: [{ id: "asc" }], take: MY_WORK_LIMIT }),
      db.project.findMany({
        where: { AND: [dueWhere, { lastCheckedAt: { not: null } }] },
        select,
        orderBy: [{ lastCheckedAt: "asc" }, { id: "asc" }],
        take: MY_WORK_LIMIT,
      }),
    ]).then(([never, longAgo]) => [...never, ...longAgo].slice(0, MY_WORK_LIMIT)),
    // Only for those who may create projects, in the counties they may create them in.
    !mayEver(actor.role, "project.create")
      ? []
      : db.municipality.findMany({
          where: {
            ...(ownCounties ? { countyNumber: { in: ownCounties } } : {}),
            projects: { none: { project: { state: { not: "arkivert" } } } },
          },
          select: { number: true, name: true, county: { select: { name: true } } },
          orderBy: [{ countyNumber: "asc" }, { name: "asc" }],
        }),
    // The scope is a condition in the query, not a list of every project ID as parameters; the
    // revisions are read newest first (index on entity_type, created_at) until 15 are in scope.
    db.$queryRaw<
      { id: number; entityId: number; version: number; createdAt: Date; changed: string[]; comment: string | null; userName: string | null; title: string }[]
    >`
      SELECT r.id, r.entity_id AS "entityId", r.version, r.created_at AS "createdAt", r.changed, r.comment,
             u.name AS "userName", p.title
      FROM revision r
      JOIN project p ON p.id = r.entity_id
      LEFT JOIN app_user u ON u.id = r.user_id
      WHERE r.entity_type = 'project' AND ${projectSql(actor, "project.view")}
      ORDER BY r.created_at DESC, r.id DESC
      LIMIT 15`,
  ]);
  const byState = Object.fromEntries(states.map((state, i) => [state, withEditable(lists[i] ?? [])])) as Record<EditorialState, ReturnType<typeof withEditable<(typeof lists)[number][number]>>>;

  return {
    total: Object.values(stateCounts).reduce((a, b) => a + b, 0),
    stateCounts,
    byState,
    dueForCheck: withEditable(dueForCheck),
    /** Up to DUE_COUNT_CAP; `dueForCheckOver` says the count stopped there. */
    dueForCheckCount: dueCount.count,
    dueForCheckOver: dueCount.over,
    municipalitiesWithoutExample,
    recentChanges: recentChanges.map(({ userName, ...r }) => ({ ...r, user: userName === null ? null : { name: userName } })),
  };
}
