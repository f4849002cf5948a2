import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/actor";
import { can, permissionTable, projectSql, projectWhere, type TAction, type TProjectAction, type TProjectResource } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EditorialState } from "@/lib/generated/prisma/enums";

/**
 * The admin lists read through projectWhere/projectSql, the checks through can(): this holds them
 * equal. For every role and every project action, the fixture projects a list query returns are
 * exactly those can() allows. Fixtures live in counties of their own (synthetic numbers), so the
 * test shares the run's database with the others.
 */

const tag = crypto.randomBytes(3).toString("hex");
// Synthetic counties and municipalities (numbers no real county uses), unique to this run.
const countyA = `9${tag.charCodeAt(0) % 10}`;
const countyB = countyA === "99" ? "98" : "99";
const muniA1 = `${countyA}01`;
const muniA2 = `${countyA}02`;
const muniB1 = `${countyB}01`;
// Counties with no fixtures, so that one contact has more counties than the Prisma filter
// enumerates subsets for (permissions.ts, SUBSET_COUNTIES): the other form of the rule.
const emptyCounties = ["61", "62", "63", "64"];

const projectActions = (Object.keys(permissionTable) as TAction[]).filter((a): a is TProjectAction => a.startsWith("project.") || a.startsWith("intake."));

type TFixture = { id: number; resource: TProjectResource };
const fixtures: TFixture[] = [];
const actors: Record<string, TActor> = {};
const createdCounties: string[] = [];

async function user(key: string, role: TActor["role"], counties: string[]): Promise<TActor> {
  const row = await db.user.create({
    data: { email: `${key}-${tag}@example.test`, name: `${key} ${tag}`, role, passwordHash: "x", counties: { create: counties.map((countyNumber) => ({ countyNumber })) } },
  });
  return { id: row.id, email: row.email, name: row.name, role, counties: [...counties].sort() };
}

beforeAll(async () => {
  for (const number of [countyA, countyB, ...emptyCounties]) {
    const exists = await db.county.findUnique({ where: { number } });
    if (!exists) {
      await db.county.create({ data: { number, name: `Testfylke ${number}`, slug: `testfylke-${number}-${tag}` } });
      createdCounties.push(number);
    }
  }
  for (const [number, countyNumber] of [
    [muniA1, countyA],
    [muniA2, countyA],
    [muniB1, countyB],
  ] as const) {
    await db.municipality.upsert({ where: { number }, create: { number, name: `Testkommune ${number}`, countyNumber }, update: {} });
  }

  actors.admin = await user("admin", "admin", []);
  actors.contactA = await user("kontakt-a", "county_contact", [countyA]);
  actors.contactAB = await user("kontakt-ab", "county_contact", [countyA, countyB]);
  actors.contactNone = await user("kontakt-uten", "county_contact", []);
  actors.contactMany = await user("kontakt-mange", "county_contact", [countyA, ...emptyCounties]);
  actors.adviser = await user("radgiver", "adviser", []);
  actors.otherAdviser = await user("annen-radgiver", "adviser", []);

  // Every combination that matters to a rule: municipalities in one county, two, none; each state;
  // assigned to this adviser, another, or nobody.
  const municipalitySets = [[muniA1], [muniA1, muniA2], [muniB1], [muniA1, muniB1], []];
  const states: EditorialState[] = ["kandidat", "under_kartlegging", "publisert", "arkivert"];
  const advisers = [actors.adviser.id, actors.otherAdviser.id, null];
  let n = 0;
  for (const municipalities of municipalitySets)
    for (const state of states)
      for (const adviserId of advisers) {
        n += 1;
        const row = await db.project.create({
          data: {
            slug: `perm-list-${tag}-${n}`,
            title: `Tilgangsliste ${n}`,
            summary: "Syntetisk prosjekt for tilgangstesten.",
            status: "pagar",
            state,
            adviserId,
            municipalities: { create: municipalities.map((municipalityNumber) => ({ municipalityNumber })) },
          },
        });
        const countyNumbers = [...new Set(municipalities.map((m) => m.slice(0, 2)))].sort();
        fixtures.push({ id: row.id, resource: { countyNumbers, adviserId, state } });
      }
});

afterAll(async () => {
  await db.project.deleteMany({ where: { id: { in: fixtures.map((f) => f.id) } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(actors).map((a) => a.id) } } });
  await db.municipality.deleteMany({ where: { number: { in: [muniA1, muniA2, muniB1] }, projects: { none: {} } } });
  await db.county.deleteMany({ where: { number: { in: createdCounties } } });
});

describe("admin list scopes equal the permission table's checks", () => {
  it("has fixtures on both sides of every rule", () => {
    // Guards the test itself: each actor is allowed some fixtures and refused others for some action.
    for (const actor of Object.values(actors).filter((a) => a.role !== "admin" && a.counties.length + (a.role === "adviser" ? 1 : 0) > 0)) {
      const allowed = fixtures.filter((f) => can(actor, "project.view", f.resource)).length;
      expect(allowed, actor.name).toBeGreaterThan(0);
      expect(allowed, actor.name).toBeLessThan(fixtures.length);
    }
  });

  for (const action of projectActions) {
    it(`${action}: Prisma filter and SQL condition select exactly what can() allows`, async () => {
      const ids = fixtures.map((f) => f.id);
      for (const actor of Object.values(actors)) {
        const expected = fixtures.filter((f) => can(actor, action, f.resource)).map((f) => f.id).sort((a, b) => a - b);
        const viaWhere = await db.project.findMany({ where: { AND: [projectWhere(actor, action), { id: { in: ids } }] }, select: { id: true }, orderBy: { id: "asc" } });
        expect(viaWhere.map((r) => r.id), `${action} ${actor.name} (Prisma)`).toEqual(expected);
        const viaSql = await db.$queryRaw<{ id: number }[]>(
          Prisma.sql`SELECT p.id FROM project p WHERE p.id = ANY(${ids}::int[]) AND ${projectSql(actor, action)} ORDER BY p.id`,
        );
        expect(viaSql.map((r) => r.id), `${action} ${actor.name} (SQL)`).toEqual(expected);
      }
    });
  }
});
