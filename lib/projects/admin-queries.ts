import "server-only";
import { db as defaultDb } from "@/lib/db";
import type { TActor } from "@/lib/auth/actor";
import { can, countyBound, mayEver, projectResourceOf, projectWhere } from "@/lib/auth/permissions";
import { changedFields, readProjectSnapshot } from "@/lib/content/snapshot";
import { editorialStates, type TProjectFile } from "@/lib/content/schemas";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { EditorialState } from "@/lib/generated/prisma/enums";
import { publishProblems, stateTransitions } from "@/lib/projects/workflow";

/**
 * Non-public project data for /admin/prosjekter. Every function takes the actor and reads only
 * what the permission table lets them edit: the pages never decide that themselves.
 */

export type TAdminProjectFilters = { state?: EditorialState; county?: string; q?: string; page?: number };

/** Rows per page of /admin/prosjekter. */
export const ADMIN_PAGE_SIZE = 50;

/** Filters from the query string; unknown values are ignored. */
export function parseAdminProjectFilters(params: Record<string, string | string[] | undefined>): TAdminProjectFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : undefined);
  const state = one("status");
  const county = one("fylke");
  const q = one("q");
  const page = Number(one("side"));
  return {
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    state: (editorialStates as readonly string[]).includes(state ?? "") ? (state as EditorialState) : undefined,
    county: county && /^\d{2}$/.test(county) ? county : undefined,
    q: q ? q.slice(0, 200) : undefined,
  };
}

/** One page of the actor's projects, newest change first, and how many match (exact). */
export async function findAdminProjects(actor: TActor, filters: TAdminProjectFilters, db: PrismaClient = defaultDb) {
  const where: Prisma.ProjectWhereInput[] = [projectWhere(actor, "project.view")];
  if (filters.state) where.push({ state: filters.state });
  if (filters.county) where.push({ municipalities: { some: { municipality: { countyNumber: filters.county } } } });
  if (filters.q) {
    where.push({
      OR: [
        { title: { contains: filters.q, mode: "insensitive" } },
        { slug: { contains: filters.q, mode: "insensitive" } },
        { summary: { contains: filters.q, mode: "insensitive" } },
        { municipalities: { some: { municipality: { name: { contains: filters.q, mode: "insensitive" } } } } },
      ],
    });
  }
  const page = filters.page ?? 1;
  const [total, rows] = await Promise.all([
    db.project.count({ where: { AND: where } }),
    db.project.findMany({
    where: { AND: where },
    select: {
      id: true,
      slug: true,
      title: true,
      state: true,
      version: true,
      updatedAt: true,
      adviserId: true,
      adviser: { select: { name: true } },
      municipalities: { select: { municipality: { select: { name: true, number: true, countyNumber: true } } } },
    },
    orderBy: [{ updatedAt: "desc" }, { title: "asc" }, { id: "asc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
    }),
  ]);
  // The list links only to what the table lets this actor edit (an adviser's published projects are not).
  const projects = rows.map((row) => ({
    ...row,
    editable: can(actor, "project.update", projectResourceOf(row.municipalities.map((m) => m.municipality.countyNumber), row.adviserId, row.state)),
  }));
  return { projects, total, page, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

/** The counties the actor's list can be filtered by. */
export async function findFilterCounties(actor: TActor, db: PrismaClient = defaultDb) {
  const bound = countyBound(actor, "project.view");
  return db.county.findMany({
    where: bound ? { number: { in: bound } } : { municipalities: { some: {} } },
    select: { number: true, name: true },
    orderBy: { number: "asc" },
  });
}

async function resourceOf(db: PrismaClient, id: number) {
  const row = await db.project.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      state: true,
      slug: true,
      adviserId: true,
      publishedAt: true,
      adviser: { select: { name: true } },
      municipalities: { select: { municipality: { select: { countyNumber: true } } } },
    },
  });
  if (!row) return null;
  const resource = projectResourceOf(row.municipalities.map((m) => m.municipality.countyNumber), row.adviserId, row.state);
  return { row, resource };
}

/**
 * A project for its edit page, or null when it does not exist or the actor may not edit it (the
 * page then answers 404, so nothing about other counties' drafts leaks).
 */
export async function findProjectForEditing(actor: TActor, id: number, db: PrismaClient = defaultDb) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const found = await resourceOf(db, id);
  if (!found || !can(actor, "project.update", found.resource)) return null;
  const snapshot = (await readProjectSnapshot(db, id))!;
  const { row, resource } = found;
  const allowed = {
    assign: can(actor, "project.assign", resource),
    publish: can(actor, "project.publish", resource),
    archive: can(actor, "project.archive", resource),
  };
  const nextStates = stateTransitions[row.state].filter((state) =>
    state === "publisert" ? allowed.publish : state === "arkivert" ? allowed.archive : allowed.assign,
  );
  return {
    id: row.id,
    version: row.version,
    state: row.state,
    slug: row.slug,
    publishedAt: row.publishedAt,
    adviserId: row.adviserId,
    adviserName: row.adviser?.name ?? null,
    snapshot,
    nextStates,
    missingForPublishing: publishProblems(snapshot),
  };
}

/** The choices of the form's check boxes and, for those who may assign projects, of the adviser list. */
export async function findProjectFormOptions(actor: TActor, db: PrismaClient = defaultDb) {
  const [focusAreas, successFactors, reports, advisers] = await Promise.all([
    db.focusArea.findMany({ select: { slug: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.successFactor.findMany({ select: { slug: true, name: true }, orderBy: { position: "asc" } }),
    db.report.findMany({ select: { slug: true, title: true, year: true }, orderBy: [{ year: "desc" }, { title: "asc" }] }),
    mayEver(actor.role, "project.assign")
      ? db.user.findMany({ where: { role: "adviser", disabledAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } })
      : [],
  ]);
  return { focusAreas, successFactors, reports, advisers };
}

export type TProjectFormOptions = Awaited<ReturnType<typeof findProjectFormOptions>>;

export type TFieldChange = { field: string; before: unknown; after: unknown };

/** The revisions of a project the actor may edit, newest first, each with its changes field by field. */
export async function findProjectHistory(actor: TActor, id: number, db: PrismaClient = defaultDb) {
  const project = await findProjectForEditing(actor, id, db);
  if (!project) return null;
  const revisions = await db.revision.findMany({
    where: { entityType: "project", entityId: id },
    select: { id: true, version: true, createdAt: true, changed: true, comment: true, snapshot: true, user: { select: { name: true } } },
    orderBy: { version: "asc" },
  });
  const withChanges = revisions.map((revision, index) => {
    const before = (revisions[index - 1]?.snapshot as TProjectFile | undefined) ?? null;
    const after = revision.snapshot as TProjectFile;
    // An absent list and an empty one are the same to a reader.
    const empty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
    const fields = changedFields(before, after).filter((f) => {
      const b = before ? (before as Record<string, unknown>)[f] : undefined;
      return !(empty(b) && empty((after as Record<string, unknown>)[f]));
    });
    const changes: TFieldChange[] = fields.map((field) => ({
      field,
      before: before ? (before as Record<string, unknown>)[field] : undefined,
      after: (after as Record<string, unknown>)[field],
    }));
    return {
      id: revision.id,
      version: revision.version,
      createdAt: revision.createdAt,
      userName: revision.user?.name ?? null,
      comment: revision.comment,
      changed: revision.changed,
      changes,
      isCurrent: revision.version === project.version,
    };
  });
  return { project: { id: project.id, title: project.snapshot.title, version: project.version, slug: project.slug }, revisions: withChanges.reverse() };
}
