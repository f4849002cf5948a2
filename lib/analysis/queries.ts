import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TProjectStatus } from "@/lib/projects/filters";

/**
 * What /hva-virker shows, in four queries whatever the size of the base: the taxonomies (2), the
 * matrix with its margins (1) and the year and status counts (1). Every result is bounded by the
 * taxonomies (factors × focus areas) or by the years 1900–2100, never by the number of examples.
 * Counts use the same rules as the filters of /prosjekter, so each cell equals the length of the
 * list it links to: a published example counts in a cell when it has both the focus area and the
 * success factor (with or without a note).
 */
type TMatrixRow = { kind: "cell" | "factor" | "area" | "total"; area: number | null; factor: number | null; count: number };
type TSpreadRow = { kind: "year" | "status"; key: string | null; count: number };

export async function findWhatWorks(client: PrismaClient = db) {
  const [focusAreas, pillars, matrixRows, spreadRows] = await Promise.all([
    client.focusArea.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true } }),
    client.pillar.findMany({
      orderBy: { position: "asc" },
      select: { slug: true, name: true, successFactors: { orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } } },
    }),
    client.$queryRaw<TMatrixRow[]>`
      SELECT 'cell' AS kind, fa.focus_area_id AS area, sf.success_factor_id AS factor, count(*)::int AS count
        FROM project p
        JOIN project_focus_area fa ON fa.project_id = p.id
        JOIN project_success_factor sf ON sf.project_id = p.id
        WHERE p.state = 'publisert'
        GROUP BY fa.focus_area_id, sf.success_factor_id
      UNION ALL
      SELECT 'factor', NULL, sf.success_factor_id, count(*)::int
        FROM project p JOIN project_success_factor sf ON sf.project_id = p.id
        WHERE p.state = 'publisert' GROUP BY sf.success_factor_id
      UNION ALL
      SELECT 'area', fa.focus_area_id, NULL, count(*)::int
        FROM project p JOIN project_focus_area fa ON fa.project_id = p.id
        WHERE p.state = 'publisert' GROUP BY fa.focus_area_id
      UNION ALL
      SELECT 'total', NULL, NULL, count(*)::int FROM project p WHERE p.state = 'publisert'`,
    client.$queryRaw<TSpreadRow[]>`
      SELECT 'year' AS kind, p.start_year::text AS key, count(*)::int AS count
        FROM project p WHERE p.state = 'publisert' GROUP BY p.start_year
      UNION ALL
      SELECT 'status', p.status::text, count(*)::int
        FROM project p WHERE p.state = 'publisert' GROUP BY p.status`,
  ]);

  const cells = new Map<string, number>();
  const factorTotals = new Map<number, number>();
  const areaTotals = new Map<number, number>();
  let total = 0;
  for (const row of matrixRows) {
    if (row.kind === "cell") cells.set(`${row.area}:${row.factor}`, row.count);
    else if (row.kind === "factor") factorTotals.set(row.factor!, row.count);
    else if (row.kind === "area") areaTotals.set(row.area!, row.count);
    else total = row.count;
  }
  const cell = (areaId: number, factorId: number) => cells.get(`${areaId}:${factorId}`) ?? 0;

  const factors = pillars.flatMap((pillar) => pillar.successFactors.map((f) => ({ ...f, pillar: pillar.name, total: factorTotals.get(f.id) ?? 0 })));
  const areas = focusAreas.map((a) => ({ ...a, total: areaTotals.get(a.id) ?? 0 }));

  const yearRows = spreadRows.filter((r) => r.kind === "year");
  const years = yearRows.flatMap((r) => (r.key === null ? [] : [{ year: Number(r.key), count: r.count }])).sort((a, b) => a.year - b.year);
  const withoutYear = yearRows.find((r) => r.key === null)?.count ?? 0;
  const statusCounts = new Map(spreadRows.filter((r) => r.kind === "status").map((r) => [r.key as TProjectStatus, r.count]));

  return {
    total,
    pillars: pillars.map((p) => ({ slug: p.slug, name: p.name, factors: factors.filter((f) => f.pillar === p.name) })),
    factors,
    areas,
    cell,
    /** Factors most often noted over all published examples, most first (ties by the model's order). */
    topFactors: [...factors].filter((f) => f.total > 0).sort((a, b) => b.total - a.total),
    /** For each focus area with examples, its three most noted factors. */
    topFactorsByArea: areas
      .filter((a) => a.total > 0)
      .map((a) => ({
        area: a,
        factors: factors
          .map((f) => ({ ...f, count: cell(a.id, f.id) }))
          .filter((f) => f.count > 0)
          .sort((x, y) => y.count - x.count)
          .slice(0, 3),
      })),
    years,
    withoutYear,
    statusCounts,
  };
}

export type TWhatWorks = Awaited<ReturnType<typeof findWhatWorks>>;
