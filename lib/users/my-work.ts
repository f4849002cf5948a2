import type { TActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { EditorialState } from "@/lib/generated/prisma/enums";

/** The projects an actor works on: a county contact's counties, an adviser's assignments, or all. */
export function projectScope(actor: TActor): Prisma.ProjectWhereInput {
  if (actor.role === "admin") return {};
  if (actor.role === "adviser") return { adviserId: actor.id };
  return { municipalities: { some: {}, every: { municipality: { countyNumber: { in: actor.counties } } } } };
}

export type TMyWork = Awaited<ReturnType<typeof findMyWork>>;

/** "Mitt arbeid": the actor's projects by state, those due a check, bare municipalities, recent changes. */
export async function findMyWork(db: PrismaClient, actor: TActor, now = new Date()) {
  const scope = projectScope(actor);
  const rows = await db.project.findMany({
    where: scope,
    select: {
      id: true,
      slug: true,
      title: true,
      state: true,
      version: true,
      lastCheckedAt: true,
      updatedAt: true,
      adviserId: true,
      municipalities: { select: { municipality: { select: { countyNumber: true } } } },
    },
    orderBy: [{ title: "asc" }],
  });
  // Whether the edit page is open to this actor: the permission table decides, not the role.
  const projects = rows.map(({ adviserId, municipalities, ...project }) => ({
    ...project,
    editable: can(actor, "project.update", {
      countyNumbers: [...new Set(municipalities.map((m) => m.municipality.countyNumber))],
      adviserId,
      state: project.state,
    }),
  }));
  const byState: Record<EditorialState, typeof projects> = { kandidat: [], under_kartlegging: [], publisert: [], arkivert: [] };
  for (const project of projects) byState[project.state].push(project);

  const yearAgo = new Date(now);
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);
  const dueForCheck = projects.filter((p) => p.state !== "arkivert" && (!p.lastCheckedAt || p.lastCheckedAt < yearAgo));

  const municipalitiesWithoutExample =
    actor.role === "adviser"
      ? []
      : await db.municipality.findMany({
          where: {
            ...(actor.role === "county_contact" ? { countyNumber: { in: actor.counties } } : {}),
            projects: { none: { project: { state: { not: "arkivert" } } } },
          },
          select: { number: true, name: true, county: { select: { name: true } } },
          orderBy: [{ countyNumber: "asc" }, { name: "asc" }],
        });

  const recentChanges = await db.revision.findMany({
    where: { entityType: "project", entityId: { in: projects.map((p) => p.id) } },
    select: { id: true, entityId: true, version: true, createdAt: true, changed: true, comment: true, user: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 15,
  });
  const titles = new Map(projects.map((p) => [p.id, p.title]));

  return {
    total: projects.length,
    byState,
    dueForCheck,
    municipalitiesWithoutExample,
    recentChanges: recentChanges.map((r) => ({ ...r, title: titles.get(r.entityId) ?? "" })),
  };
}
