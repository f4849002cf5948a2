import type { TFunding, TProjectFile, TSource } from "@/lib/content/schemas";
import { gapsToLines, linesToGaps } from "@/lib/content/gaps";
import { slugify } from "@/lib/slug";

/**
 * The project form as HTML posts it, and back. Browsers without JavaScript post flat fields, and
 * the action wrapper keeps one value per name, so every checkbox has a name of its own
 * ("municipality:5501", "focusArea:bredband", "factor:forankring" + "factorNote:forankring") and
 * rows are numbered ("sources.0.title"). The same flat record fills the form again after an error,
 * so nothing typed is lost.
 */
export type TFormValues = Record<string, string>;

export const FUNDING_FIELDS = ["programme", "amountNok", "note"] as const;
export const SOURCE_FIELDS = ["title", "url", "publisher", "note"] as const;
export const MARKDOWN_FIELDS = ["body", "methods", "results", "lessons", "transferability"] as const;

/** Norwegian names of the fields, for error summaries, conflicts and history. */
export const projectFieldLabels: Record<string, string> = {
  title: "Tittel",
  slug: "Adresse (slug)",
  summary: "Sammendrag",
  body: "Beskrivelse",
  municipalities: "Kommuner",
  startYear: "Startår",
  endYear: "Sluttår",
  status: "Status",
  owner: "Prosjekteier",
  contact: "Kontaktperson",
  funding: "Finansiering",
  methods: "Arbeidsmåter",
  results: "Resultater",
  lessons: "Erfaringer",
  transferability: "Overføringsverdi",
  focusAreas: "Fokusområder",
  successFactors: "Suksessfaktorer",
  reports: "Relaterte rapporter",
  tags: "Stikkord",
  sources: "Kilder",
  gaps: "Kildene sier ikke noe om",
  state: "Redaksjonell status",
  lastCheckedAt: "Sist sjekket",
  adviserId: "Rådgiver",
  _form: "Skjemaet",
};

export function fieldLabel(key: string): string {
  const [head, index, sub] = key.split(".");
  const base = projectFieldLabels[head] ?? head;
  if (index === undefined) return base;
  const rowLabel = head === "sources" ? "kilde" : head === "funding" ? "finansiering" : "rad";
  const subLabels: Record<string, string> = { title: "tittel", url: "nettadresse", publisher: "utgiver", note: "merknad", programme: "program", amountNok: "beløp" };
  return `${base}: ${rowLabel} ${Number(index) + 1}${sub ? `, ${subLabels[sub] ?? sub}` : ""}`;
}

/** The id of the input an error key belongs to, for aria-describedby and the error summary's links. */
export function fieldId(key: string): string {
  return `felt-${key.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

export const blank = (value: string | undefined) => (value ?? "").trim() === "";
const optional = (value: string | undefined) => (blank(value) ? undefined : value!.trim());
const numberOrText = (value: string | undefined) => {
  if (blank(value)) return undefined;
  const cleaned = value!.replace(/[\s\u00a0]/g, "").replace(/(kr|,-)$/i, "");
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : value;
};

/** The indexes of the rows with something in them, in order. */
export function filledRows(values: TFormValues, prefix: string, names: readonly string[]): number[] {
  const indexes = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = key.match(new RegExp(`^${prefix}\\.(\\d+)\\.`));
    if (match && !blank(values[key])) indexes.add(Number(match[1]));
  }
  return [...indexes].filter((i) => names.some((n) => !blank(values[`${prefix}.${i}.${n}`]))).sort((a, b) => a - b);
}

const keysWith = (values: TFormValues, prefix: string) =>
  Object.keys(values)
    .filter((k) => k.startsWith(prefix) && values[k] !== "")
    .map((k) => k.slice(prefix.length))
    .sort();

/** Flat form fields → the shape the mutations take (not yet validated). */
export function formValuesToInput(values: TFormValues): Record<string, unknown> {
  const title = (values.title ?? "").trim();
  return {
    slug: optional(values.slug) ?? slugify(title),
    title,
    summary: values.summary ?? "",
    body: values.body ?? "",
    municipalities: keysWith(values, "municipality:"),
    startYear: numberOrText(values.startYear),
    endYear: numberOrText(values.endYear),
    status: optional(values.status),
    owner: optional(values.owner),
    contact: optional(values.contact),
    funding: filledRows(values, "funding", FUNDING_FIELDS).map((i) => ({
      programme: values[`funding.${i}.programme`] ?? "",
      amountNok: numberOrText(values[`funding.${i}.amountNok`]),
      note: optional(values[`funding.${i}.note`]),
    })),
    methods: optional(values.methods),
    results: optional(values.results),
    lessons: optional(values.lessons),
    transferability: optional(values.transferability),
    focusAreas: keysWith(values, "focusArea:"),
    successFactors: keysWith(values, "factor:").map((factor) => ({ factor, note: values[`factorNote:${factor}`] ?? "" })),
    reports: keysWith(values, "report:"),
    tags: (values.tags ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    sources: filledRows(values, "sources", SOURCE_FIELDS).map((i) => ({
      title: values[`sources.${i}.title`] ?? "",
      url: optional(values[`sources.${i}.url`]),
      publisher: optional(values[`sources.${i}.publisher`]),
      note: optional(values[`sources.${i}.note`]),
    })),
    gaps: linesToGaps(values.gaps ?? ""),
    lastCheckedAt: optional(values.lastCheckedAt),
  };
}

/** A stored project → flat form fields, to fill the edit form. */
export function projectToFormValues(p: TProjectFile): TFormValues {
  const values: TFormValues = {
    title: p.title,
    slug: p.slug,
    summary: p.summary,
    body: p.body,
    startYear: p.startYear?.toString() ?? "",
    endYear: p.endYear?.toString() ?? "",
    status: p.status,
    owner: p.owner ?? "",
    contact: p.contact ?? "",
    methods: p.methods ?? "",
    results: p.results ?? "",
    lessons: p.lessons ?? "",
    transferability: p.transferability ?? "",
    tags: p.tags.join(", "),
    gaps: gapsToLines(p.gaps),
    lastCheckedAt: p.lastCheckedAt ?? "",
  };
  for (const m of p.municipalities) values[`municipality:${m}`] = "on";
  for (const f of p.focusAreas) values[`focusArea:${f}`] = "on";
  for (const r of p.reports) values[`report:${r}`] = "on";
  for (const f of p.successFactors) {
    values[`factor:${f.factor}`] = "on";
    values[`factorNote:${f.factor}`] = f.note;
  }
  p.funding.forEach((f: TFunding, i) => {
    values[`funding.${i}.programme`] = f.programme;
    values[`funding.${i}.amountNok`] = f.amountNok?.toString() ?? "";
    values[`funding.${i}.note`] = f.note ?? "";
  });
  p.sources.forEach((s: TSource, i) => {
    values[`sources.${i}.title`] = s.title;
    values[`sources.${i}.url`] = s.url ?? "";
    values[`sources.${i}.publisher`] = s.publisher ?? "";
    values[`sources.${i}.note`] = s.note ?? "";
  });
  return values;
}

/** How many rows of a repeating group to show: the filled ones plus one empty. */
export function rowCount(values: TFormValues, prefix: string): number {
  let max = -1;
  for (const key of Object.keys(values)) {
    const match = key.match(new RegExp(`^${prefix}\\.(\\d+)\\.`));
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max + 2;
}

