import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";

/**
 * The CSV stream across many keyset pages (500 rows each), on a database of its own filled with
 * 1,234 synthetic published examples (labelled as such; never content). Some share a publishing
 * time and some have none, the cases where a careless cursor skips or repeats rows.
 */

const database = await createIsolatedDatabase("csv");
process.env.DATABASE_URL = database.url;
delete (globalThis as { prisma?: PrismaClient }).prisma;
const { db } = await import("@/lib/db");
const route = await import("@/app/api/v1/prosjekter.csv/route");

const COUNT = 1234;
const sameTime = new Date("2020-01-01T00:00:00Z");

beforeAll(async () => {
  await db.project.createMany({
    data: Array.from({ length: COUNT }, (_, i) => ({
      slug: `syntetisk-test-${i}`,
      title: `Syntetisk testeksempel ${i}`,
      summary: "Syntetisk, bare for test.",
      status: "pagar" as const,
      state: "publisert" as const,
      // A third share one time, a third have none, a third are spread out.
      publishedAt: i % 3 === 0 ? sameTime : i % 3 === 1 ? null : new Date(Date.UTC(2021, 0, 1) + i * 60_000),
    })),
  });
  await db.project.create({ data: { slug: "syntetisk-skjult", title: "Skjult", summary: "x", status: "pagar", state: "kandidat" } });
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("CSV over many keyset pages", () => {
  it("gives every published example exactly once, in the list's order", async () => {
    const response = await route.GET(new Request("http://localhost:3000/api/v1/prosjekter.csv"));
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let chunks = 0;
    let text = "";
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks += 1;
      text += decoder.decode(value, { stream: true });
    }
    // Header, then one chunk per keyset page: the rows were never built all at once.
    expect(chunks).toBeGreaterThanOrEqual(1 + Math.ceil(COUNT / 500));
    const slugs = text.trimEnd().split("\r\n").slice(1).map((line) => line.split(";")[0]);
    expect(slugs).toHaveLength(COUNT);
    expect(new Set(slugs).size).toBe(COUNT);
    expect(slugs).not.toContain("syntetisk-skjult");
    const expected = await db.project.findMany({
      where: { state: "publisert" },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      select: { slug: true },
    });
    expect(slugs).toEqual(expected.map((p) => p.slug));
  });
});
