import { z } from "zod";
import { zSlug } from "@/lib/content/schemas";

/** The input of the taxonomy commands (lib/taxonomy/commands.ts), with Norwegian messages. */

const text = (max: number) => z.string({ error: "må være tekst" }).trim().min(1, "kan ikke være tom").max(max, `er for lang (høyst ${max} tegn)`);
const zId = z.coerce.number({ error: "mangler" }).int("mangler").positive("mangler");

export const zFocusAreaCreate = z.strictObject({ name: text(100), slug: zSlug, summary: text(1000) });
export const zFocusAreaUpdate = z.strictObject({ id: zId, name: text(100), summary: text(1000) });
export const zFocusAreaMerge = z
  .strictObject({ fromId: zId, intoId: zId })
  .refine((m) => m.fromId !== m.intoId, { path: ["intoId"], message: "må være et annet fokusområde enn det som slås sammen" });
export const zTagRename = z.strictObject({ id: zId, name: text(60) });
export const zTagMerge = z
  .strictObject({ fromId: zId, intoId: zId })
  .refine((m) => m.fromId !== m.intoId, { path: ["intoId"], message: "må være en annen stikkord enn det som slås sammen" });
export const zSuccessFactorUpdate = z.strictObject({ id: zId, name: text(100), summary: text(1000) });
