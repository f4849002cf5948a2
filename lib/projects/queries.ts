import "server-only";
import { db } from "@/lib/db";
import type { TFunding, TSource } from "@/lib/content/schemas";

/** Public reads of projects: only published ones ever leave this module. */

const projectCardSelect = {
  slug: true,
  title: true,
  summary: true,
  startYear: true,
  endYear: true,
  status: true,
  municipalities: {
    select: { municipality: { select: { number: true, name: true, county: { select: { name: true, slug: true } } } } },
    orderBy: { municipality: { name: "asc" } },
  },
  focusAreas: { select: { focusArea: { select: { slug: true, name: true } } }, orderBy: { focusArea: { name: "asc" } } },
} as const;

export type ProjectCard = Awaited<ReturnType<typeof findNewestPublishedProjects>>[number];

export async function findNewestPublishedProjects(limit: number) {
  return db.project.findMany({
    where: { state: "publisert" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: projectCardSelect,
  });
}

export async function findPublishedProjectBySlug(slug: string) {
  const project = await db.project.findFirst({
    where: { slug, state: "publisert" },
    select: {
      ...projectCardSelect,
      id: true,
      body: true,
      owner: true,
      contact: true,
      funding: true,
      methods: true,
      results: true,
      lessons: true,
      transferability: true,
      sources: true,
      lastCheckedAt: true,
      updatedAt: true,
      municipalities: {
        select: {
          municipality: {
            select: {
              number: true,
              name: true,
              county: { select: { name: true, slug: true } },
              formerOf: { select: { former: { select: { number: true, name: true, validTo: true } } } },
            },
          },
        },
        orderBy: { municipality: { name: "asc" } },
      },
      successFactors: {
        select: { note: true, successFactor: { select: { slug: true, name: true } } },
        orderBy: { successFactor: { position: "asc" } },
      },
      reports: {
        where: { report: { state: "publisert" } },
        select: { report: { select: { slug: true, title: true, year: true, publishers: true } } },
        orderBy: { report: { year: "desc" } },
      },
      tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
    },
  });
  if (!project) return null;
  return { ...project, funding: project.funding as TFunding[], sources: project.sources as TSource[] };
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof findPublishedProjectBySlug>>>;
