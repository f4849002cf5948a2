import { z } from "zod";

/** The longest slug: what slugify cuts to, and what every schema (content, filters, API) accepts. */
export const SLUG_MAX = 120;

/**
 * The one slug rule: lower-case a–z, digits and single hyphens, at most SLUG_MAX characters. The
 * content files, the admin forms, the URL filters and the API all use it (content/ slugs today are
 * at most 40 characters; the database sets no bound of its own).
 */
export const zSlug = z
  .string({ error: "må være tekst" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "må bestå av små bokstaver a–z, tall og bindestrek (f.eks. «bredband»)")
  .max(SLUG_MAX, `er for lang (høyst ${SLUG_MAX} tegn)`);

/** "Møre og Romsdal" → "more-og-romsdal": lower-case ASCII for URLs. */
export function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/[øö]/g, "o")
    .replace(/[åä]/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
}
