import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/actor";
import { projectWhere } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { EditorialState } from "@/lib/generated/prisma/enums";
import { countDueForCheck, countStates, findMyWork } from "@/lib/users/my-work";
import { editorialStates } from "@/lib/vocabulary";

/**
 * The dashboard's counts without a pass over every project (issue 10): an administrator's and a
 * one-county contact's state counts come from project_tally and must equal a recount; the count
 * due a check stops at its cap and says so. Other files write projects meanwhile, so the global
 * comparison is made inside one snapshot, and the county ones over made-up counties ("Q…": real
 * county numbers are digits, and no other file uses letters).
 */

const tag = crypto.randomBytes(3).toString("hex");
const letter = "abcdefghijklmnopqrstuvwxyz"[crypto.randomInt(26)]!;
const [county, other] = [`Q${letter}`, `R${letter}`];
const [muni, otherMuni] = [`${county}61`, `${other}61`];
const now = new Date("2026-12-02T12:00:00Z");
const admin: TActor = { id: 0, email: "admin@example.test", name: "Admin", role: "admin", counties: [] };
const contact: TActor = { id: 0, email: `telling-${tag}@example.test`, name: "Telling", role: "county_contact", counties: [county] };
const twoCounties: TActor = { ...contact, counties: [county, other] };

let n = 0;
async function project(state: EditorialState, lastCheckedAt: Date | null, municipalityNumbers = [muni]) {
  n += 1;
  return db.project.create({
    data: {
      slug: `telling-${tag}-${n}`,
      title: `Telling ${n}`,
      summary: "Prøve.",
      status: "pagar",
      state,
      lastCheckedAt,
      ...(state === "publisert" ? { publishedAt: now } : {}),
      municipalities: { create: municipalityNumbers.map((municipalityNumber) => ({ municipalityNumber })) },
    },
  });
}

/** The actor's projects per state, counted from the projects themselves (the permission table's filter). */
async function recount(actor: TActor): Promise<Record<EditorialState, number>> {
  const groups = await db.project.groupBy({ by: ["state"], where: projectWhere(actor, "project.view"), _count: { _all: true } });
  return Object.fromEntries(editorialStates.map((state) => [state, groups.find((g) => g.state === state)?._count._all ?? 0])) as Record<EditorialState, number>;
}

beforeAll(async () => {
  for (const number of [county, other]) {
    await db.county.upsert({ where: { number }, create: { number, name: `Tellefylke ${number}`, slug: `tellefylke-${number}-${tag}` }, update: {} });
  }
  for (const [number, countyNumber] of [
    [muni, county],
    [otherMuni, other],
  ] as const) {
    await db.municipality.upsert({ where: { number }, create: { number, name: `Tellekommune ${number}`, countyNumber }, update: {} });
  }
  const longAgo = new Date("2024-06-01");
  await project("kandidat", null);
  await project("kandidat", longAgo);
  await project("under_kartlegging", new Date("2026-11-01"));
  await project("publisert", null);
  await project("publisert", longAgo);
  await project("arkivert", null);
  // In both counties: a contact of one of them may not see it.
  await project("kandidat", null, [muni, otherMuni]);
  await project("kandidat", null, [otherMuni]);
});

afterAll(async () => {
  await db.project.deleteMany({ where: { slug: { startsWith: `telling-${tag}` } } });
  await db.projectTally.deleteMany({ where: { count: 0, OR: [{ key: { startsWith: `${county}` } }, { key: { startsWith: `${other}` } }] } });
  await db.municipality.deleteMany({ where: { number: { in: [muni, otherMuni] }, name: { startsWith: "Tellekommune" }, projects: { none: {} } } });
  await db.county.deleteMany({ where: { slug: { endsWith: `-${tag}` }, name: { startsWith: "Tellefylke" }, municipalities: { none: {} } } });
});

describe("the dashboard's state counts", () => {
  it("for an administrator, are the tally's and equal a recount of every project in the same snapshot", async () => {
    const [kept, counted] = await db.$transaction(
      async (tx) => {
        const kept = await countStates(admin, tx);
        const rows = await tx.$queryRaw<{ state: EditorialState; total: number }[]>`
          SELECT state::text AS state, count(*)::int AS total FROM project GROUP BY state`;
        return [kept, Object.fromEntries(editorialStates.map((state) => [state, rows.find((r) => r.state === state)?.total ?? 0]))];
      },
      { isolationLevel: "RepeatableRead" },
    );
    expect(kept).toEqual(counted);
    expect(kept.kandidat).toBeGreaterThanOrEqual(4);
  });

  it("for a one-county contact, count only the projects wholly inside the county, as the permission table says", async () => {
    const kept = await countStates(contact, db);
    expect(kept).toEqual(await recount(contact));
    expect(kept).toMatchObject({ kandidat: 2, under_kartlegging: 1, publisert: 2, arkivert: 1 });
    // The project in both counties is under its own set of counties, not the contact's one.
    const both = await db.projectTally.findUnique({ where: { kind_key: { kind: "fylkesett-tilstand", key: `${[county, other].sort().join(",")}:kandidat` } } });
    expect(both?.count).toBe(1);
  });

  it("for a contact of two counties (counted, not from the tally), include the project in both once", async () => {
    const counted = await countStates(twoCounties, db);
    expect(counted).toEqual(await recount(twoCounties));
    expect(counted.kandidat).toBe(4);
  });

  it("follow a change of state and of municipalities", async () => {
    const moved = await project("kandidat", null, [otherMuni]);
    expect((await countStates(contact, db)).kandidat).toBe(2);
    await db.projectMunicipality.updateMany({ where: { projectId: moved.id }, data: { municipalityNumber: muni } });
    expect((await countStates(contact, db)).kandidat).toBe(3);
    await db.project.update({ where: { id: moved.id }, data: { state: "under_kartlegging" } });
    expect(await countStates(contact, db)).toEqual({ ...(await recount(contact)), kandidat: 2, under_kartlegging: 2 });
    await db.project.delete({ where: { id: moved.id } });
    expect(await countStates(contact, db)).toEqual(await recount(contact));
  });
});

describe("the count due a check", () => {
  // Due in the county: kandidat never and long ago, publisert never and long ago (not the recent
  // one, not the archived one, not the one also in the other county).
  it("counts every due project under the cap", async () => {
    expect(await countDueForCheck(contact, now, db, 10)).toEqual({ count: 4, over: false });
    expect(await countDueForCheck(contact, now, db, 4)).toEqual({ count: 4, over: false });
  });

  it("stops at the cap and says it did", async () => {
    expect(await countDueForCheck(contact, now, db, 3)).toEqual({ count: 3, over: true });
    expect(await countDueForCheck(contact, now, db, 1)).toEqual({ count: 1, over: true });
    expect(await countDueForCheck(admin, now, db, 2)).toEqual({ count: 2, over: true });
  });

  it("is what the dashboard shows, with its list", async () => {
    const work = await findMyWork(contact, now, db);
    expect([work.dueForCheckCount, work.dueForCheckOver]).toEqual([4, false]);
    expect(work.dueForCheck).toHaveLength(4);
    expect(work.total).toBe(6);
  });
});
