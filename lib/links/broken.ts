import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { EditorialState } from "@/lib/generated/prisma/enums";

/** Rows per page of the dashboard's list of broken sources. */
export const BROKEN_LINKS_PAGE_SIZE = 20;

export type TBrokenLinks = NonNullable<Awaited<ReturnType<typeof findBrokenSourceLinks>>>;

type TBrokenRow = {
  countyNumber: string;
  countyName: string;
  id: number;
  title: string;
  state: EditorialState;
  adviserId: number | null;
  counties: string[];
  url: string;
  status: number | null;
  error: string | null;
  checkedAt: Date;
  /** False when the source was changed or removed in the record after the check. */
  stillCited: boolean;
};

/**
 * The broken sources (last `npm run links:check`) the actor can do something about, by county: a
 * county is shown when the permission table lets the actor edit an unassigned project there
 * (admins: every county; county contacts: theirs; advisers: none). Projects are paged (a count per
 * county, then one page); reports follow `report.update` (admins all, a contact those they made),
 * the first page only. Archived records are left out. Its cost follows the number of broken
 * links, not of projects: it starts from the broken rows (index on `ok`), the per-county counts
 * are one grouped query, and only the rows of the page are compared with the record's current
 * sources (`stillCited`: a source fixed since the check is marked, and gone after the next run;
 * comparing every broken row with its record's JSON cost seconds at 10,000 broken links).
 */
export async function findBrokenSourceLinks(actor: TActor, page: number, db: PrismaClient = defaultDb) {
  const counties = await db.county.findMany({ select: { number: true, name: true }, orderBy: { name: "asc" } });
  const visible = counties.filter((c) => can(actor, "project.update", { countyNumbers: [c.number], adviserId: null, state: "publisert" })).map((c) => c.number);
  const allReports = can(actor, "report.update", { createdById: null });
  const ownReports = can(actor, "report.update", { createdById: actor.id });
  if (visible.length === 0 && !ownReports) return null;
  const offset = (page - 1) * BROKEN_LINKS_PAGE_SIZE;

  // Each broken source of a live project, once per visible county it lies in: what both the
  // per-county counts and the page of rows are drawn from.
  const brokenInVisibleCounties = Prisma.sql`
    (SELECT DISTINCT s.id, m.county_number
     FROM source_link_check s
     JOIN project p ON p.id = s.entity_id AND p.state <> 'arkivert'
     JOIN project_municipality pm ON pm.project_id = p.id
     JOIN municipality m ON m.number = pm.municipality_number AND m.county_number = ANY(${visible}::text[])
     WHERE s.entity_type = 'project' AND NOT s.ok)`;

  // The broken sources of the live reports this actor may edit (all of them, or their own).
  const brokenReports = Prisma.sql`
    FROM source_link_check s
    JOIN report r ON r.id = s.entity_id AND r.state <> 'arkivert'
    WHERE s.entity_type = 'report' AND NOT s.ok AND (${allReports} OR r.created_by_id = ${actor.id})`;

  const [byCounty, rows, reports, reportCount] = await Promise.all([
    db.$queryRaw<{ countyNumber: string; countyName: string; count: number }[]>`
      SELECT c.number AS "countyNumber", c.name AS "countyName", count(*)::int AS count
      FROM ${brokenInVisibleCounties} x
      JOIN county c ON c.number = x.county_number
      GROUP BY c.number, c.name
      ORDER BY c.name`,
    db.$queryRaw<TBrokenRow[]>`
      SELECT page.*,
             (SELECT array_agg(DISTINCT m2.county_number) FROM project_municipality pm2 JOIN municipality m2 ON m2.number = pm2.municipality_number
              WHERE pm2.project_id = page.id) AS counties,
             (SELECT p2.sources @> jsonb_build_array(jsonb_build_object('url', page.url)) FROM project p2 WHERE p2.id = page.id) AS "stillCited"
      FROM (SELECT c.number AS "countyNumber", c.name AS "countyName", p.id, p.title, p.state, p.adviser_id AS "adviserId",
                   s.url, s.status, s.error, s.checked_at AS "checkedAt"
            FROM ${brokenInVisibleCounties} x
            JOIN source_link_check s ON s.id = x.id
            JOIN project p ON p.id = s.entity_id
            JOIN county c ON c.number = x.county_number
            ORDER BY c.name, p.title, p.id, s.url
            LIMIT ${BROKEN_LINKS_PAGE_SIZE} OFFSET ${offset}) page
      ORDER BY page."countyName", page.title, page.id, page.url`,
    ownReports
      ? db.$queryRaw<{ id: number; title: string; createdById: number | null; url: string; status: number | null; error: string | null; checkedAt: Date }[]>`
          SELECT r.id, r.title, r.created_by_id AS "createdById", s.url, s.status, s.error, s.checked_at AS "checkedAt"
          ${brokenReports}
          ORDER BY r.title, r.id, s.url
          LIMIT ${BROKEN_LINKS_PAGE_SIZE}`
      : Promise.resolve([]),
    ownReports
      ? db.$queryRaw<{ count: number }[]>`
          SELECT count(*)::int AS count
          ${brokenReports}`
      : Promise.resolve([{ count: 0 }]),
  ]);

  const total = byCounty.reduce((sum, c) => sum + c.count, 0);
  return {
    byCounty,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / BROKEN_LINKS_PAGE_SIZE)),
    projects: rows.map(({ adviserId, counties, ...row }) => ({
      ...row,
      editable: can(actor, "project.update", { countyNumbers: counties ?? [], adviserId, state: row.state }),
    })),
    reports: reports.map(({ createdById, ...row }) => ({ ...row, editable: can(actor, "report.update", { createdById }) })),
    reportCount: reportCount[0]?.count ?? 0,
  };
}
