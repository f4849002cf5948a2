import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { findMyWork, MY_WORK_LIMIT } from "@/lib/users/my-work";

/**
 * The dashboard of a county contact: counts and lists from their county's projects only (the
 * scope is the trigger-kept project.county_numbers), and the list due a check in its order —
 * never checked first (oldest id first), then checked longest ago — read as two index walks.
 */

const tag = crypto.randomBytes(3).toString("hex");
const county = `7${tag.charCodeAt(0) % 10}`;
const other = county === "79" ? "78" : "79";
const [muni, otherMuni] = [`${county}61`, `${other}61`];
const now = new Date("2026-12-02T12:00:00Z");
let actor: TActor;

async function project(n: number, lastCheckedAt: Date | null, municipalityNumber = muni, state: "kandidat" | "arkivert" = "kandidat") {
  return db.project.create({
    data: {
      slug: `mitt-arbeid-${tag}-${n}`,
      title: `Mitt arbeid ${n}`,
      summary: "Prøve.",
      status: "pagar",
      state,
      lastCheckedAt,
      municipalities: { create: [{ municipalityNumber }] },
    },
  });
}

beforeAll(async () => {
  for (const number of [county, other]) {
    await db.county.upsert({ where: { number }, create: { number, name: `Arbeidsfylke ${number}`, slug: `arbeidsfylke-${number}-${tag}` }, update: {} });
  }
  for (const [number, countyNumber] of [
    [muni, county],
    [otherMuni, other],
  ] as const) {
    await db.municipality.upsert({ where: { number }, create: { number, name: `Arbeidskommune ${number}`, countyNumber }, update: {} });
  }
  const user = await db.user.create({
    data: { email: `arbeid-${tag}@example.test`, name: `Arbeid ${tag}`, role: "county_contact", passwordHash: "x", counties: { create: [{ countyNumber: county }] } },
  });
  actor = { id: user.id, email: user.email, name: user.name, role: "county_contact", counties: [county] };
});

afterAll(async () => {
  await db.project.deleteMany({ where: { slug: { startsWith: `mitt-arbeid-${tag}` } } });
  // The made-up places go too: other files count the real municipalities and counties.
  await db.user.deleteMany({ where: { email: `arbeid-${tag}@example.test` } });
  await db.municipality.deleteMany({ where: { number: { in: [muni, otherMuni] }, name: { startsWith: "Arbeidskommune" }, projects: { none: {} } } });
  await db.county.deleteMany({ where: { slug: { endsWith: `-${tag}` }, name: { startsWith: "Arbeidsfylke" }, municipalities: { none: {} } } });
});

describe("findMyWork for a county contact", () => {
  it("counts and lists only the county's projects, due ones in order: never checked, then oldest check", async () => {
    const recent = await project(1, new Date("2026-11-01"));
    const twoYears = await project(2, new Date("2024-12-01"));
    const threeYears = await project(3, new Date("2023-12-01"));
    const never1 = await project(4, null);
    const never2 = await project(5, null);
    await project(6, null, otherMuni);
    await project(7, null, muni, "arkivert");

    const work = await findMyWork(actor, now, db);
    expect(work.total).toBe(6);
    expect(work.stateCounts.kandidat).toBe(5);
    expect(work.stateCounts.arkivert).toBe(1);
    expect(work.dueForCheckCount).toBe(4);
    expect(work.dueForCheck.map((p) => p.id)).toEqual([never1.id, never2.id, threeYears.id, twoYears.id]);
    expect(work.byState.kandidat.map((p) => p.id)).toContain(recent.id);
    expect(work.byState.kandidat.every((p) => p.editable)).toBe(true);
  });

  it("stops the due list at its limit, never-checked ones first", async () => {
    for (let n = 0; n < MY_WORK_LIMIT; n++) await project(100 + n, null);
    const work = await findMyWork(actor, now, db);
    expect(work.dueForCheck).toHaveLength(MY_WORK_LIMIT);
    expect(work.dueForCheck.every((p) => p.lastCheckedAt === null)).toBe(true);
    const ids = work.dueForCheck.map((p) => p.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});
