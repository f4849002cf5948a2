import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Why a county contact may not open a project's edit page, when the reason is that it belongs
 * (also) to another county: the title, the counties outside theirs, and who curates those (the
 * county contacts of each, by name). Nothing more — not the text, not its editorial state — so a
 * draft of another county tells them only that it exists and whom to ask. Null for every other
 * case (no such project, the actor may edit it, or the actor is not a county contact), where the
 * page answers 404 as before.
 */
export type TOtherCountyProject = {
  id: number;
  title: string;
  /** The counties of the project's municipalities that are not the actor's, by name. */
  counties: { number: string; name: string; curators: string[] }[];
  /** The project lies partly in the actor's own counties too. */
  alsoOwnCounty: boolean;
};

export async function findOtherCountyProject(actor: TActor, id: number, db: PrismaClient = defaultDb): Promise<TOtherCountyProject | null> {
  if (actor.role !== "county_contact" || !Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db.project.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      state: true,
      adviserId: true,
      municipalities: { select: { municipality: { select: { countyNumber: true } } } },
    },
  });
  if (!row) return null;
  const countyNumbers = [...new Set(row.municipalities.map((m) => m.municipality.countyNumber))].sort();
  if (can(actor, "project.update", { countyNumbers, adviserId: row.adviserId, state: row.state })) return null;
  const others = countyNumbers.filter((number) => !actor.counties.includes(number));
  if (others.length === 0) return null;
  const counties = await db.county.findMany({
    where: { number: { in: others } },
    orderBy: { number: "asc" },
    select: {
      number: true,
      name: true,
      users: {
        where: { user: { role: "county_contact", disabledAt: null } },
        select: { user: { select: { name: true } } },
      },
    },
  });
  return {
    id: row.id,
    title: row.title,
    counties: counties.map((c) => ({
      number: c.number,
      name: c.name,
      curators: c.users.map((u) => u.user.name).sort((a, b) => a.localeCompare(b, "nb")),
    })),
    alsoOwnCounty: countyNumbers.length > others.length,
  };
}
