import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

/**
 * project_tally (migration 20261203080000_project_tally) holds how many projects there are per
 * facet value and per state, kept by a row trigger on project. The list's totals and the curators'
 * counts read it, so it must follow every kind of change: a wrong count would go unnoticed.
 */

const tag = crypto.randomBytes(3).toString("hex");
const county = `7${tag.charCodeAt(0) % 10}`;
const municipality = `${county}81`;
const ids = { focus: [] as number[], project: 0 };

async function tally(kind: string, key: string | number): Promise<number> {
  const row = await db.projectTally.findUnique({ where: { kind_key: { kind, key: String(key) } } });
  return row?.count ?? 0;
}

/** Every key whose kept count differs from a recount, read in one statement (one snapshot). */
async function keysOutOfStep(): Promise<{ kind: string; key: string; kept: number; counted: number }[]> {
  return db.$queryRaw`
    WITH counted AS (
      SELECT k.kind, k.key, count(*)::int AS n
      FROM project p, project_tally_keys(p) AS k
      GROUP BY k.kind, k.key)
    SELECT coalesce(t.kind, c.kind) AS kind, coalesce(t.key, c.key) AS key, coalesce(t.count, 0) AS kept, coalesce(c.n, 0) AS counted
    FROM project_tally t FULL JOIN counted c ON c.kind = t.kind AND c.key = t.key
    WHERE coalesce(t.count, 0) <> coalesce(c.n, 0)`;
}

beforeAll(async () => {
  await db.county.upsert({ where: { number: county }, create: { number: county, name: `Tallfylke ${county}`, slug: `tallfylke-${county}-${tag}` }, update: {} });
  await db.municipality.upsert({ where: { number: municipality }, create: { number: municipality, name: `Tallkommune ${municipality}`, countyNumber: county }, update: {} });
  for (const n of [1, 2]) {
    ids.focus.push((await db.focusArea.create({ data: { slug: `tall-${tag}-${n}`, name: `Tall ${tag} ${n}`, summary: "Prøve." } })).id);
  }
});

afterAll(async () => {
  await db.project.deleteMany({ where: { slug: { startsWith: `tall-${tag}` } } });
  await db.focusArea.deleteMany({ where: { slug: { startsWith: `tall-${tag}` } } });
  await db.projectTally.deleteMany({ where: { count: 0, key: { in: [...ids.focus.map(String), county, municipality, `${county}:kandidat`, `${county}:publisert`, `${county}:arkivert`] } } });
  await db.municipality.deleteMany({ where: { number: municipality, name: { startsWith: "Tallkommune" }, projects: { none: {} } } });
  await db.county.deleteMany({ where: { slug: { endsWith: `-${tag}` }, name: { startsWith: "Tallfylke" }, municipalities: { none: {} } } });
});

describe("project tally", () => {
  it("counts a candidate by state only, and a published project under each of its facet values", async () => {
    const [focusA] = ids.focus;
    const project = await db.project.create({
      data: {
        slug: `tall-${tag}-a`,
        title: "Tallprøve",
        summary: "Prøve.",
        status: "pagar",
        municipalities: { create: [{ municipalityNumber: municipality }] },
        focusAreas: { create: [{ focusAreaId: focusA! }] },
      },
    });
    ids.project = project.id;
    expect(await tally("fylkesett-tilstand", `${county}:kandidat`)).toBe(1);
    expect([await tally("fokus", focusA!), await tally("kommune", municipality), await tally("fylke", county)]).toEqual([0, 0, 0]);

    await db.project.update({ where: { id: project.id }, data: { state: "publisert", publishedAt: new Date() } });
    expect([await tally("fokus", focusA!), await tally("kommune", municipality), await tally("fylke", county)]).toEqual([1, 1, 1]);
    expect(await tally("fylkesett-tilstand", `${county}:kandidat`)).toBe(0);
    expect(await tally("fylkesett-tilstand", `${county}:publisert`)).toBe(1);
  });

  it("follows a change of focus areas (through the join table) and of status", async () => {
    const [focusA, focusB] = ids.focus;
    await db.$transaction([
      db.projectFocusArea.deleteMany({ where: { projectId: ids.project } }),
      db.projectFocusArea.createMany({ data: [{ projectId: ids.project, focusAreaId: focusB! }] }),
    ]);
    expect([await tally("fokus", focusA!), await tally("fokus", focusB!)]).toEqual([0, 1]);
  });

  it("drops an archived project from the published counts, and a deleted one from all", async () => {
    const [, focusB] = ids.focus;
    await db.project.update({ where: { id: ids.project }, data: { state: "arkivert" } });
    expect([await tally("fokus", focusB!), await tally("kommune", municipality)]).toEqual([0, 0]);
    expect(await tally("fylkesett-tilstand", `${county}:arkivert`)).toBe(1);
    await db.project.delete({ where: { id: ids.project } });
    expect(await tally("fylkesett-tilstand", `${county}:arkivert`)).toBe(0);
  });

  it("agrees with a recount of every project in the database", async () => {
    expect(await keysOutOfStep()).toEqual([]);
  });
});
