import "server-only";
import { db as defaultDb } from "@/lib/db";
import type { TActor } from "@/lib/auth/actor";
import { countyBound } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type TMunicipalityChoice = { number: string; name: string };
export type TCountyChoice = { number: string; name: string; own: boolean; municipalities: TMunicipalityChoice[] };

/**
 * Municipalities for the project form's picker, grouped by county. A county contact's own counties
 * come first (they may only save municipalities there); the rest follow for the others.
 */
export async function findMunicipalityChoices(actor: TActor, db: PrismaClient = defaultDb): Promise<TCountyChoice[]> {
  const counties = await db.county.findMany({
    select: { number: true, name: true, municipalities: { select: { number: true, name: true }, orderBy: { name: "asc" } } },
    orderBy: { number: "asc" },
  });
  const bound = countyBound(actor, "project.update");
  const own = (number: string) => bound !== null && bound.includes(number);
  return counties
    .filter((c) => c.municipalities.length > 0)
    .map((c) => ({ ...c, own: own(c.number) }))
    .sort((a, b) => Number(b.own) - Number(a.own) || a.number.localeCompare(b.number));
}
