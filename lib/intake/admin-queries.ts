import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { can, projectResourceOf, projectSql, projectWhere } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { purgeExpiredIntakeData } from "@/lib/intake/purge";

/**
 * The triage queue (/admin/innmeldinger): the new suggestions the actor may triage (the
 * permission table's `intake.triage`, as an SQL condition: a county contact sees their counties'),
 * oldest first, 20 a page, each with its duplicate hints. The suggester's contact details are
 * read only where `intake.contact` allows. Reading the queue purges expired personal data first.
 */
export const QUEUE_PAGE_SIZE = 20;
/** Similarity (pg_trgm) from which an existing example is offered as a possible duplicate. */
export const DUPLICATE_THRESHOLD = 0.25;

export type TDuplicateHint = { id: number; slug: string; title: string; state: string; similarity: number };

export type TQueueItem = {
  projectId: number;
  title: string;
  summary: string;
  status: string;
  submittedAt: Date;
  municipalities: { number: string; name: string; county: string }[];
  focusAreas: string[];
  links: string[];
  /** Null when the actor may not see it, or when it has been deleted. */
  contact: { name: string; email: string; role: string; consent: boolean } | null;
  hints: TDuplicateHint[];
};

/**
 * Existing examples with a similar title in the same municipality (trigram similarity), that the
 * actor may see (published, or in their project.view scope): at most 5 per suggestion.
 */
export async function findDuplicateHints(actor: TActor, projectIds: number[], db: PrismaClient = defaultDb): Promise<Map<number, TDuplicateHint[]>> {
  const out = new Map<number, TDuplicateHint[]>();
  if (projectIds.length === 0) return out;
  const rows = await db.$queryRaw<{ suggestion_id: number; id: number; slug: string; title: string; state: string; similarity: number }[]>(Prisma.sql`
    SELECT sp.id AS suggestion_id, h.id, h.slug, h.title, h.state, h.similarity
    FROM project sp
    CROSS JOIN LATERAL (
      SELECT p.id, p.slug, p.title, p.state::text AS state, similarity(p.title, sp.title)::float8 AS similarity
      FROM project p
      WHERE p.id <> sp.id
        AND p.state <> 'arkivert'
        AND EXISTS (SELECT 1 FROM project_municipality a JOIN project_municipality b ON b.municipality_number = a.municipality_number
                    WHERE a.project_id = p.id AND b.project_id = sp.id)
        AND NOT EXISTS (SELECT 1 FROM intake_suggestion i WHERE i.project_id = p.id AND i.status = 'new')
        AND similarity(p.title, sp.title) >= ${DUPLICATE_THRESHOLD}
        AND (p.state = 'publisert' OR ${projectSql(actor, "project.view")})
      ORDER BY similarity(p.title, sp.title) DESC, p.id
      LIMIT 5
    ) h
    WHERE sp.id = ANY(${projectIds}::int[])
    ORDER BY sp.id, h.similarity DESC, h.id`);
  for (const row of rows) {
    const list = out.get(row.suggestion_id) ?? [];
    list.push({ id: row.id, slug: row.slug, title: row.title, state: row.state, similarity: Number(row.similarity) });
    out.set(row.suggestion_id, list);
  }
  return out;
}

export async function findIntakeQueue(actor: TActor, options: { page?: number; now?: Date } = {}, db: PrismaClient = defaultDb) {
  await purgeExpiredIntakeData(db, options.now ?? new Date());
  const page = Math.max(1, Math.min(options.page ?? 1, 10_000));
  const where: Prisma.ProjectWhereInput = { AND: [projectWhere(actor, "intake.triage"), { intake: { is: { status: "new" } } }] };
  const [total, rows] = await Promise.all([
    db.project.count({ where }),
    db.project.findMany({
      where,
      orderBy: [{ intake: { submittedAt: "asc" } }, { id: "asc" }],
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        summary: true,
        status: true,
        state: true,
        adviserId: true,
        sources: true,
        municipalities: { select: { municipality: { select: { number: true, name: true, countyNumber: true, county: { select: { name: true } } } } }, orderBy: { municipalityNumber: "asc" } },
        focusAreas: { select: { focusArea: { select: { name: true } } } },
        intake: { select: { submittedAt: true, contact: { select: { name: true, email: true, role: true, consent: true } } } },
      },
    }),
  ]);
  const hints = await findDuplicateHints(actor, rows.map((r) => r.id), db);
  const items: TQueueItem[] = rows.map((r) => {
    const resource = projectResourceOf(r.municipalities.map((m) => m.municipality.countyNumber), r.adviserId, r.state);
    const sources = Array.isArray(r.sources) ? (r.sources as { url?: unknown }[]) : [];
    return {
      projectId: r.id,
      title: r.title,
      summary: r.summary,
      status: r.status,
      submittedAt: r.intake!.submittedAt,
      municipalities: r.municipalities.map((m) => ({ number: m.municipality.number, name: m.municipality.name, county: m.municipality.county.name })),
      focusAreas: r.focusAreas.map((f) => f.focusArea.name),
      links: sources.map((s) => (typeof s.url === "string" ? s.url : "")).filter(Boolean),
      contact: can(actor, "intake.contact", resource) ? (r.intake!.contact ?? null) : null,
      hints: hints.get(r.id) ?? [],
    };
  });
  return { total, page, pageSize: QUEUE_PAGE_SIZE, items };
}

/** A curator's notice choice (none stored: a mail per suggestion). */
export async function findIntakeNoticeMode(actor: TActor, db: PrismaClient = defaultDb): Promise<"immediate" | "daily"> {
  const row = await db.intakeNoticePreference.findUnique({ where: { userId: actor.id }, select: { mode: true } });
  return row?.mode ?? "immediate";
}

/** The triage record and contact of one project, for its admin page (null: not a suggestion). */
export async function findSuggestionOf(actor: TActor, projectId: number, db: PrismaClient = defaultDb) {
  const row = await db.intakeSuggestion.findUnique({
    where: { projectId },
    select: {
      status: true,
      submittedAt: true,
      reason: true,
      decidedAt: true,
      decidedBy: { select: { name: true } },
      mergedInto: { select: { id: true, title: true } },
      contact: { select: { name: true, email: true, role: true, consent: true } },
      project: { select: { state: true, adviserId: true, municipalities: { select: { municipality: { select: { countyNumber: true } } } } } },
    },
  });
  if (!row) return null;
  const resource = projectResourceOf(row.project.municipalities.map((m) => m.municipality.countyNumber), row.project.adviserId, row.project.state);
  if (!can(actor, "intake.triage", resource) && !can(actor, "project.view", resource)) return null;
  const { project: _project, contact, ...rest } = row;
  void _project;
  return { ...rest, contact: can(actor, "intake.contact", resource) ? contact : null };
}

/** How many new suggestions wait in the actor's queue (the dashboard's link). */
export async function countNewSuggestions(actor: TActor, db: PrismaClient = defaultDb): Promise<number> {
  return db.project.count({ where: { AND: [projectWhere(actor, "intake.triage"), { intake: { is: { status: "new" } } }] } });
}
