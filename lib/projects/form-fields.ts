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
  const [head = "", index, sub] = key.split(".");
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

/** The repeating groups of the form, and the fields of one row. */
export const ROW_GROUPS = { funding: FUNDING_FIELDS, sources: SOURCE_FIELDS } as const;
export type TRowGroup = keyof typeof ROW_GROUPS;
export const rowGroups = Object.keys(ROW_GROUPS) as TRowGroup[];

const rowIndexes = (values: TFormValues, group: TRowGroup): Set<number> => {
  const indexes = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = key.match(new RegExp(`^${group}\\.(\\d+)\\.`));
    if (match) indexes.add(Number(match[1]));
  }
  return indexes;
};

/**
 * The rows of a group renumbered 0, 1, 2 … in their order, with empty rows left out (and one row
 * dropped when `without` names it). The form shows these, then its empty rows, so a failed save
 * neither grows the form nor moves an error away from its row: the validated list is numbered the
 * same way.
 */
export function compactRows(values: TFormValues, group: TRowGroup, without?: number): TFormValues {
  const names = ROW_GROUPS[group];
  const filled = filledRows(values, group, names).filter((i) => i !== without);
  const result: TFormValues = Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith(`${group}.`)));
  filled.forEach((from, to) => {
    for (const name of names) result[`${group}.${to}.${name}`] = values[`${group}.${from}.${name}`] ?? "";
  });
  return result;
}

/** How many empty rows were posted beyond the one the form always offers. */
export function extraEmptyRows(values: TFormValues, group: TRowGroup): number {
  return Math.max(0, rowIndexes(values, group).size - filledRows(values, group, ROW_GROUPS[group]).length - 1);
}

/** How many rows of a group to show: the filled ones, one empty to write in, and any added. */
export function shownRows(values: TFormValues, group: TRowGroup, extra = 0): number {
  return filledRows(values, group, ROW_GROUPS[group]).length + 1 + Math.max(0, Math.min(extra, 20));
}

const rowNouns: Record<TRowGroup, string> = { funding: "Finansiering", sources: "Kilde" };

export type TRowEcho = {
  values: TFormValues;
  /** Empty rows to show beyond the one the form always offers, per group. */
  extraRows: Partial<Record<TRowGroup, number>>;
  /** The id of the element to focus when the form is drawn again. */
  focus?: string;
  /** What happened, for screen readers. */
  announcement?: string;
};

const ROW_INTENT = /^(add|remove):(funding|sources)(?:\.(\d{1,3}))?$/;

/** Whether a posted `intent` adds or removes a row (a round trip that saves nothing). */
export const isRowIntent = (intent: string | undefined) => ROW_INTENT.test(intent ?? "");

/**
 * The form drawn again after a post that saved nothing: a failed save, or a button that adds or
 * removes a row ("add:funding", "remove:sources.2"). These are submit buttons, so they work the
 * same with and without JavaScript. Rows are compacted (see compactRows); the empty rows someone
 * added are kept.
 */
export function echoRows(posted: TFormValues, intent?: string): TRowEcho {
  const match = (intent ?? "").match(ROW_INTENT);
  const verb = match?.[1];
  const target = match?.[2] as TRowGroup | undefined;
  const removed = match?.[3] === undefined ? undefined : Number(match[3]);
  let values = posted;
  const extraRows: Partial<Record<TRowGroup, number>> = {};
  for (const group of rowGroups) {
    const without = verb === "remove" && group === target ? removed : undefined;
    const withoutEmpty = without !== undefined && filledRows(values, group, ROW_GROUPS[group]).includes(without) ? 0 : without === undefined ? 0 : 1;
    const extra = Math.max(0, extraEmptyRows(values, group) - withoutEmpty) + (verb === "add" && group === target ? 1 : 0);
    values = compactRows(values, group, without);
    if (extra > 0) extraRows[group] = Math.min(extra, 20);
  }
  if (!target) return { values, extraRows };
  if (verb === "add") {
    const last = shownRows(values, target, extraRows[target]) - 1;
    return { values, extraRows, focus: fieldId(`${target}.${last}.${ROW_GROUPS[target][0]}`), announcement: `${rowNouns[target]} ${last + 1} er lagt til.` };
  }
  return { values, extraRows, focus: fieldId(target), announcement: `${rowNouns[target]} ${(removed ?? 0) + 1} er fjernet.` };
}
