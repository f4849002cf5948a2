import { renderMarkdown } from "@/lib/markdown";
import { blank, filledRows, formValuesToInput, FUNDING_FIELDS, MARKDOWN_FIELDS, SOURCE_FIELDS, type TFormValues } from "@/lib/projects/form-fields";

/**
 * The project form on the server: posted FormData → the project commands' input (not yet
 * validated: the command parses it once), and the commands' field errors → the form's keys.
 * The field names themselves are in lib/projects/form-fields.ts, shared with the form.
 */

/** The posted fields as strings (React's $ACTION_… fields are not input). */
export const postedValues = (formData: FormData): TFormValues =>
  Object.fromEntries([...formData].filter((entry): entry is [string, string] => !entry[0].startsWith("$ACTION") && typeof entry[1] === "string"));

/** The save command's input, from the posted values: id and version only for an edit. */
export function projectSaveInput(values: TFormValues) {
  return {
    id: blank(values.id) ? undefined : values.id,
    version: blank(values.version) ? undefined : values.version,
    project: formValuesToInput(values),
  };
}

/** Friendlier words for a few of zod's messages, where the schema speaks of identifiers. */
const messageOverrides: Record<string, string> = {
  status: "velg en status",
  title: "kan ikke være tom",
};

/**
 * Error keys as the form knows them: without the "project." prefix, list items folded into their
 * group, and row numbers of the form (empty rows are left out before validation).
 */
export function formFieldErrors(fieldErrors: Record<string, string[]> | undefined, values: TFormValues): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const rows = { funding: filledRows(values, "funding", FUNDING_FIELDS), sources: filledRows(values, "sources", SOURCE_FIELDS) };
  for (const [rawKey, reported] of Object.entries(fieldErrors ?? {})) {
    let messages = reported;
    let key = rawKey.replace(/^project\./, "");
    const [head = "", index, ...rest] = key.split(".");
    if (head === "funding" || head === "sources") {
      key = index === undefined ? head : [head, rows[head][Number(index)] ?? index, ...rest].join(".");
    } else if (["municipalities", "focusAreas", "reports", "tags", "successFactors", "gaps"].includes(head)) {
      key = head;
    } else if (head === "slug" && blank(values.slug)) {
      // The slug is made from the title: an empty title already has its own message.
      if (blank(values.title)) continue;
      messages = ["kunne ikke lages fra tittelen; skriv inn en adresse"];
    }
    const override = messageOverrides[head];
    const texts = override && rawKey.replace(/^project\./, "") === head && /må være en av|må være tekst/.test(messages.join()) ? [override] : messages;
    (result[key] ??= []).push(...texts.filter((t) => !(result[key] ?? []).includes(t)));
  }
  return result;
}

export type TPreview = Partial<Record<(typeof MARKDOWN_FIELDS)[number], string>>;

/** The Markdown fields as the public page will show them: the same sanitising renderer. */
export function previewOf(values: TFormValues): TPreview {
  const preview: TPreview = {};
  for (const field of MARKDOWN_FIELDS) {
    const text = values[field];
    if (text !== undefined && !blank(text)) preview[field] = renderMarkdown(text);
  }
  return preview;
}
