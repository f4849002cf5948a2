import { parseDocument, stringify } from "yaml";

export class FrontMatterError extends Error {}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits a content file into its YAML front matter (as a plain object) and its Markdown body. */
export function parseFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = FENCE.exec(source.replace(/^\uFEFF/, ""));
  if (!match) throw new FrontMatterError("filen må begynne med YAML-forside mellom to linjer med «---»");
  const [, yaml = "", body = ""] = match;
  const document = parseDocument(yaml, { prettyErrors: true });
  const [firstError] = document.errors;
  if (firstError) {
    throw new FrontMatterError(`ugyldig YAML: ${firstError.message.split("\n")[0]}`);
  }
  const data: unknown = document.toJS();
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new FrontMatterError("YAML-forsiden må være et sett med felt (nøkkel: verdi)");
  }
  return { data: data as Record<string, unknown>, body: body.replace(/^\r?\n/, "").trimEnd() };
}

/** The inverse of parseFrontMatter. Undefined fields and empty lists are left out. */
export function formatFrontMatter(data: Record<string, unknown>, body: string): string {
  const clean = Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
  const yaml = stringify(clean, { lineWidth: 100, blockQuote: "literal" }).trimEnd();
  return `---\n${yaml}\n---\n${body.trim() ? `\n${body.trim()}\n` : ""}`;
}
