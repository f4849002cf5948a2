import { z } from "zod";
import { zSlug } from "@/lib/slug";

/**
 * One zod schema per kind of content file (front matter + Markdown body). These are the
 * contract of content/README.md; the importer, the exporter and the content test use them.
 * Error messages are Norwegian: editors read them.
 */

export { zSlug };

const text = (max = 500) =>
  z.string({ error: "må være tekst" }).trim().min(1, "kan ikke være tom").max(max, `er for lang (høyst ${max} tegn)`);

const markdown = z.string({ error: "må være tekst" }).max(50_000, "er for lang (høyst 50 000 tegn)");
const optionalMarkdown = markdown.trim().optional();

const year = z
  .number({ error: "må være et årstall" })
  .int("må være et helt årstall")
  .min(1900, "må være et årstall etter 1900")
  .max(2100, "må være et årstall før 2100");

/** Dates in front matter: YAML gives a Date for 2026-11-27, a string if quoted. */
export const zIsoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: "må være en dato på formen ÅÅÅÅ-MM-DD" }),
);

export const zUrl = z.url({ protocol: /^https?$/, error: "må være en nettadresse som begynner med http:// eller https://" });

export const zSource = z.strictObject({
  title: text(500),
  url: zUrl.optional(),
  publisher: text(200).optional(),
  accessed: zIsoDate.optional(),
  note: text(2000).optional(),
});
export type TSource = z.infer<typeof zSource>;

/**
 * Something the sources do not say about a record (e.g. «finansiering», «resultater»). Kept out of
 * the prose so that a page can say it in one consistent sentence; `note` is for curators.
 */
export const zGap = z.strictObject({
  topic: text(120),
  note: text(1000).optional(),
});
export type TGap = z.infer<typeof zGap>;

export const zFunding = z.strictObject({
  programme: text(200),
  amountNok: z.number({ error: "må være et beløp i kroner" }).int("må være hele kroner").min(0, "kan ikke være negativt").optional(),
  note: text(1000).optional(),
});
export type TFunding = z.infer<typeof zFunding>;

export const zMunicipalityNumber = z
  .union([z.string(), z.number()], { error: "må være et kommunenummer" })
  .transform((value) => String(value).padStart(4, "0"))
  .pipe(z.string().regex(/^\d{4}$/, "må være et firesifret kommunenummer (f.eks. «5501»)"));

import { editorialStates, projectStatuses, reportKinds } from "@/lib/vocabulary";

export { editorialStates, projectStatuses, reportKinds };
export const contentLanguages = ["nb", "nn"] as const;
/** The language a project's or report's text is written in; left out means bokmål. */
const zLanguage = z.enum(contentLanguages, { error: "må være nb (bokmål) eller nn (nynorsk)" }).optional();

const list = <T extends z.ZodType>(item: T) => z.array(item, { error: "må være en liste" });

export const zPillarFile = z.strictObject({
  slug: zSlug,
  name: text(100),
  tagline: text(200),
  order: z.number({ error: "må være et tall" }).int(),
  body: markdown.default(""),
});

export const zSuccessFactorFile = z.strictObject({
  slug: zSlug,
  name: text(100),
  pillar: zSlug,
  order: z.number({ error: "må være et tall" }).int(),
  summary: text(1000),
  questions: list(text(500)).default([]),
  sources: list(zSource).default([]),
  body: markdown.default(""),
});

export const zFocusAreaFile = z.strictObject({
  slug: zSlug,
  name: text(100),
  summary: text(1000),
  order: z.number({ error: "må være et tall" }).int().optional(),
  sources: list(zSource).default([]),
  body: markdown.default(""),
});

export const zReportFile = z.strictObject({
  slug: zSlug,
  title: text(500),
  authors: list(text(200)).default([]),
  publishers: list(text(200)).default([]),
  year,
  series: text(200).optional(),
  number: z.union([z.string(), z.number()]).transform(String).pipe(text(50)).optional(),
  kind: z.enum(reportKinds, { error: `må være en av: ${reportKinds.join(", ")}` }),
  isbn: z.union([z.string(), z.number()]).transform(String).pipe(text(30)).optional(),
  url: zUrl.optional(),
  summary: text(3000),
  language: zLanguage,
  focusAreas: list(zSlug).default([]),
  successFactors: list(zSlug).default([]),
  sources: list(zSource).min(1, "må ha minst én kilde"),
  gaps: list(zGap).default([]),
  state: z.enum(editorialStates, { error: `må være en av: ${editorialStates.join(", ")}` }).default("publisert"),
  lastCheckedAt: zIsoDate.optional(),
  body: markdown.default(""),
});

export const zProjectFile = z
  .strictObject({
    slug: zSlug,
    title: text(300),
    summary: text(3000),
    language: zLanguage,
    municipalities: list(zMunicipalityNumber).min(1, "må ha minst én kommune"),
    startYear: year.optional(),
    endYear: year.optional(),
    status: z.enum(projectStatuses, { error: `må være en av: ${projectStatuses.join(", ")}` }),
    owner: text(300).optional(),
    contact: text(300).optional(),
    funding: list(zFunding).default([]),
    methods: optionalMarkdown,
    results: optionalMarkdown,
    lessons: optionalMarkdown,
    transferability: optionalMarkdown,
    focusAreas: list(zSlug).default([]),
    successFactors: list(z.strictObject({ factor: zSlug, note: z.string().trim().max(2000).default("") })).default([]),
    reports: list(zSlug).default([]),
    tags: list(text(60)).default([]),
    sources: list(zSource).min(1, "må ha minst én kilde"),
    gaps: list(zGap).default([]),
    state: z.enum(editorialStates, { error: `må være en av: ${editorialStates.join(", ")}` }).default("publisert"),
    lastCheckedAt: zIsoDate.optional(),
    body: markdown.default(""),
  })
  .refine((p) => p.startYear === undefined || p.endYear === undefined || p.startYear <= p.endYear, {
    path: ["endYear"],
    message: "kan ikke være før startår",
  });

export const zCountyFile = z.strictObject({
  slug: zSlug,
  number: z.union([z.string(), z.number()]).transform((v) => String(v).padStart(2, "0")).pipe(z.string().regex(/^\d{2}$/, "må være et tosifret fylkesnummer")),
  contactRole: optionalMarkdown,
  sources: list(zSource).default([]),
  body: markdown.default(""),
});

export const zPageFile = z.strictObject({
  slug: zSlug,
  title: text(200),
  description: text(300),
  sources: list(zSource).default([]),
  body: markdown.default(""),
});

export type TPillarFile = z.infer<typeof zPillarFile>;
export type TSuccessFactorFile = z.infer<typeof zSuccessFactorFile>;
export type TFocusAreaFile = z.infer<typeof zFocusAreaFile>;
export type TReportFile = z.infer<typeof zReportFile>;
export type TProjectFile = z.infer<typeof zProjectFile>;
export type TCountyFile = z.infer<typeof zCountyFile>;
export type TPageFile = z.infer<typeof zPageFile>;

/** The content folders, in the order they must be imported (references point backwards). */
export const contentKinds = {
  pillars: zPillarFile,
  "success-factors": zSuccessFactorFile,
  "focus-areas": zFocusAreaFile,
  reports: zReportFile,
  projects: zProjectFile,
  counties: zCountyFile,
  pages: zPageFile,
} as const;

export type ContentKind = keyof typeof contentKinds;
