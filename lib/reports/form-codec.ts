/** The report form on the server: posted FormData → the save command's input, and errors back to the form's rows. */

const emptyToUndefined = (value: FormDataEntryValue | null) => {
  const text = typeof value === "string" ? value.trim() : "";
  return text === "" ? undefined : text;
};
const lines = (value: FormDataEntryValue | null) =>
  (typeof value === "string" ? value : "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const sourceFields = ["title", "url", "publisher", "accessed", "note"] as const;

/**
 * The report form's fields → the save command's input (not yet validated: the command parses it
 * once). id and version only for an edit. Source rows left empty are dropped; `sourceRows`
 * gives, for each kept source, the form row it came from (to put errors beside the right row).
 */
export function reportFormToInput(formData: FormData): { input: Record<string, unknown>; sourceRows: number[] } {
  const year = emptyToUndefined(formData.get("year"));
  const sources: Record<string, string>[] = [];
  const sourceRows: number[] = [];
  const rowCount = Number(formData.get("sourceRows") ?? 0);
  for (let row = 0; row < Math.min(Number.isFinite(rowCount) ? rowCount : 0, 100); row++) {
    const source: Record<string, string> = {};
    for (const field of sourceFields) {
      const value = emptyToUndefined(formData.get(`sources.${row}.${field}`));
      if (value !== undefined) source[field] = value;
    }
    if (Object.keys(source).length) {
      // A row with anything in it needs a title; "" gets the "kan ikke være tom" message.
      sources.push({ title: "", ...source });
      sourceRows.push(row);
    }
  }
  const id = emptyToUndefined(formData.get("id"));
  const input = {
    ...(id === undefined ? {} : { id, version: emptyToUndefined(formData.get("version")) }),
    slug: emptyToUndefined(formData.get("slug")) ?? "",
    title: String(formData.get("title") ?? ""),
    authors: lines(formData.get("authors")),
    publishers: lines(formData.get("publishers")),
    year: year === undefined ? undefined : /^-?\d+$/.test(year) ? Number(year) : year,
    series: emptyToUndefined(formData.get("series")),
    number: emptyToUndefined(formData.get("number")),
    kind: String(formData.get("kind") ?? ""),
    isbn: emptyToUndefined(formData.get("isbn")),
    url: emptyToUndefined(formData.get("url")),
    summary: String(formData.get("summary") ?? ""),
    body: String(formData.get("body") ?? ""),
    focusAreas: formData.getAll("focusAreas").map(String),
    successFactors: formData.getAll("successFactors").map(String),
    sources,
    state: String(formData.get("state") ?? "kandidat"),
  };
  return { input, sourceRows };
}

/** Errors on source n (of the kept rows) go beside the form row it came from. */
export function remapSourceErrors(fieldErrors: Record<string, string[]> | undefined, sourceRows: number[]) {
  if (!fieldErrors) return fieldErrors;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([key, messages]) => {
      const match = key.match(/^sources\.(\d+)(\..*)?$/);
      return [match ? `sources.${sourceRows[Number(match[1])] ?? match[1]}${match[2] ?? ""}` : key, messages];
    }),
  );
}
