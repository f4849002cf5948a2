import "server-only";
import { db } from "@/lib/db";
import type { TSource } from "@/lib/content/schemas";

/** The four pillars of the model, in order, each with its success factors. One query. */
export async function findPillarsWithFactors() {
  return db.pillar.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      name: true,
      tagline: true,
      body: true,
      successFactors: { orderBy: { position: "asc" }, select: { slug: true, name: true, summary: true } },
    },
  });
}

export async function findSuccessFactorBySlug(slug: string) {
  const factor = await db.successFactor.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      summary: true,
      body: true,
      questions: true,
      sources: true,
      pillar: { select: { slug: true, name: true, tagline: true } },
    },
  });
  if (!factor) return null;
  return { ...factor, sources: factor.sources as TSource[] };
}

export async function findSuccessFactorSlugs() {
  return db.successFactor.findMany({ select: { slug: true }, orderBy: { position: "asc" } });
}
