import { z } from "zod";

/** The input of the synonym commands (lib/search-synonyms/commands.ts), with Norwegian messages. */

const word = z
  .string({ error: "må være tekst" })
  .trim()
  .toLowerCase()
  .min(1, "kan ikke være tomt")
  .max(100, "er for langt (høyst 100 tegn)")
  .regex(/^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u, "kan bare inneholde bokstaver, tall, mellomrom og bindestrek");

export const zSynonymCreate = z
  .strictObject({ term: word, equivalent: word })
  .refine((s) => s.term !== s.equivalent, { path: ["equivalent"], message: "må være et annet ord enn det første" });
export const zSynonymDelete = z.strictObject({ id: z.coerce.number({ error: "mangler" }).int().positive("mangler") });
