import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { assertCan, can, projectResourceOf, projectWhere } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EditorialState, FactorEvidence } from "@/lib/generated/prisma/enums";
import { MAPPING_PILLAR, mappingProgress } from "@/lib/mapping/guide";

/**
 * What the assignment and mapping screens read (issue 13). Every read asks the permission table:
 * proposals only for those who may assign the project, the guide only for those who may edit it.
 */

/** The states in which an assignment is open: the adviser's load. */
const openStates: EditorialState[] = ["kandidat", "under_kartlegging"];

/** How many advisers the proposal lists (the centre has a handful; the bound keeps it one page). */
export const PROPOSAL_LIMIT = 50;
/** How many projects the dashboard's mapping list shows; the count is exact. */
export const MAPPING_LIST_LIMIT = 20;

async function projectResource(db: PrismaClient, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db.project.findUnique({
    where: { id },
    select: { id: true, state: true, adviserId: true, municipalities: { select: { municipality: { select: { countyNumber: true } } } } },
  });
  if (!row) return null;
  const resource = projectResourceOf(row.municipalities.map((m) => m.municipality.countyNumber), row.adviserId, row.state);
  return { row, resource };
}

export type TAdviserProposal = { id: number; name: string; matches: string[]; load: number };

/**
 * The advisers who could map a project: those whose focus areas match the project's first (most
 * matches first), then the least loaded, then by name; with each one's open assignments. Null
 * when the actor may not assign this project (or it does not exist).
 */
export async function findAdviserProposals(actor: TActor, projectId: number, db: PrismaClient = defaultDb): Promise<TAdviserProposal[] | null> {
  const found = await projectResource(db, projectId);
  if (!found || !can(actor, "project.assign", found.resource)) return null;
  const rows = await db.$queryRaw<{ id: number; name: string; matches: string[]; load: number }[]>`
    SELECT u.id, u.name,
           coalesce(array_agg(fa.name ORDER BY fa.name) FILTER (WHERE fa.id IS NOT NULL), '{}') AS matches,
           (SELECT count(*) FROM project o WHERE o.adviser_id = u.id AND o.state::text = ANY(${openStates}::text[]))::int AS load
    FROM app_user u
    LEFT JOIN adviser_focus_area afa ON afa.user_id = u.id
    LEFT JOIN project_focus_area pfa ON pfa.focus_area_id = afa.focus_area_id AND pfa.project_id = ${projectId}
    LEFT JOIN focus_area fa ON fa.id = pfa.focus_area_id
    WHERE u.role = 'adviser' AND u.disabled_at IS NULL
    GROUP BY u.id, u.name
    ORDER BY count(fa.id) DESC, load ASC, u.name ASC, u.id ASC
    LIMIT ${PROPOSAL_LIMIT}`;
  return rows;
}

/** Each adviser's focus areas, for the user administration. Administrators only. */
export async function findAdviserFocusAreas(actor: TActor, db: PrismaClient = defaultDb) {
  assertCan(actor, "user.focus_areas", null);
  const [rows, focusAreas] = await Promise.all([
    db.adviserFocusArea.findMany({ select: { userId: true, focusArea: { select: { slug: true } } } }),
    db.focusArea.findMany({ select: { slug: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
  ]);
  const byUser = new Map<number, string[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.focusArea.slug]);
  return { byUser, focusAreas };
}

/** The guide's success factors with their questions from the model, in the model's order. */
async function guideFactors(db: PrismaClient) {
  return db.successFactor.findMany({
    where: { pillar: { slug: MAPPING_PILLAR } },
    select: { id: true, slug: true, name: true, summary: true, questions: true },
    orderBy: { position: "asc" },
  });
}

/**
 * The mapping guide of one project, or null when the actor may not edit it: each factor with its
 * questions and the stored answer, the focus areas to choose from, progress and assignment.
 */
export async function findMappingGuide(actor: TActor, projectId: number, db: PrismaClient = defaultDb) {
  const found = await projectResource(db, projectId);
  if (!found || !can(actor, "project.update", found.resource)) return null;
  const [project, factors, focusAreas, answers] = await Promise.all([
    db.project.findUniqueOrThrow({
      where: { id: projectId },
      select: {
        id: true,
        title: true,
        slug: true,
        version: true,
        state: true,
        adviser: { select: { name: true } },
        focusAreas: { select: { focusArea: { select: { slug: true } } } },
        mapping: { select: { assignedAt: true, completedAt: true, assignedBy: { select: { name: true } } } },
      },
    }),
    guideFactors(db),
    db.focusArea.findMany({ select: { slug: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.projectFactorMapping.findMany({ where: { projectId }, select: { successFactorId: true, evidence: true, note: true } }),
  ]);
  const answerOf = (id: number): { evidence: FactorEvidence | null; note: string } => answers.find((a) => a.successFactorId === id) ?? { evidence: null, note: "" };
  const withAnswers = factors.map((f) => ({ ...f, ...answerOf(f.id) }));
  return {
    project: {
      id: project.id,
      title: project.title,
      slug: project.slug,
      version: project.version,
      state: project.state,
      adviserName: project.adviser?.name ?? null,
      focusAreas: project.focusAreas.map((f) => f.focusArea.slug),
      assignedAt: project.mapping?.assignedAt ?? null,
      assignedByName: project.mapping?.assignedBy?.name ?? null,
      completedAt: project.mapping?.completedAt ?? null,
    },
    factors: withAnswers,
    focusAreas,
    progress: mappingProgress(withAnswers, factors.length),
  };
}

/** How many factors the guide has: the denominator of every progress. */
export async function countGuideFactors(db: PrismaClient = defaultDb): Promise<number> {
  return db.successFactor.count({ where: { pillar: { slug: MAPPING_PILLAR } } });
}

/**
 * The dashboard's mapping list: an adviser's open assignments; for a county contact or an
 * administrator, the projects under mapping in their scope. Each with adviser, assignment date and
 * progress. Bounded: the exact count, then the MAPPING_LIST_LIMIT assigned longest ago.
 */
export async function findMappingWork(actor: TActor, db: PrismaClient = defaultDb) {
  const where =
    actor.role === "adviser"
      ? { AND: [projectWhere(actor, "project.view"), { state: { in: openStates } }] }
      : { AND: [projectWhere(actor, "project.view"), { state: "under_kartlegging" as const }] };
  const [count, rows, total] = await Promise.all([
    db.project.count({ where }),
    db.project.findMany({
      where,
      select: { id: true, title: true, state: true, adviser: { select: { name: true } }, mapping: { select: { assignedAt: true, mappedFactors: true, completedAt: true } } },
      orderBy: [{ mapping: { assignedAt: { sort: "asc", nulls: "last" } } }, { id: "asc" }],
      take: MAPPING_LIST_LIMIT,
    }),
    countGuideFactors(db),
  ]);
  return {
    count,
    total,
    projects: rows.map((r) => ({
      id: r.id,
      title: r.title,
      state: r.state,
      adviserName: r.adviser?.name ?? null,
      assignedAt: r.mapping?.assignedAt ?? null,
      mapped: r.mapping?.mappedFactors ?? 0,
      complete: Boolean(r.mapping?.completedAt),
    })),
  };
}

/** Mapping progress of some projects (a page of a list): project id → factors mapped. */
export async function findMappingProgress(projectIds: number[], db: PrismaClient = defaultDb) {
  if (projectIds.length === 0) return new Map<number, { mapped: number; complete: boolean }>();
  const rows = await db.projectMapping.findMany({ where: { projectId: { in: projectIds } }, select: { projectId: true, mappedFactors: true, completedAt: true } });
  return new Map(rows.map((r) => [r.projectId, { mapped: r.mappedFactors, complete: r.completedAt !== null }]));
}
