import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { roles } from "@/lib/users/roles";

/** The input of the user commands (lib/users/commands.ts) and the command line's user:create. */

const zId = z.coerce.number({ error: "mangler" }).int("mangler").positive("mangler");

/** Checkboxes and multi-selects arrive as one string or several. */
const zCounties = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().min(1)));

/** A new user, from the admin form or the command line; parsed once. */
export const zNewUser = z
  .object({
    email: z.email({ error: "må være en gyldig e-postadresse" }).trim().toLowerCase(),
    name: z.string({ error: "må være tekst" }).trim().min(1, "kan ikke være tomt").max(200, "er for langt (høyst 200 tegn)"),
    role: z.enum(roles, { error: `må være en av: ${roles.join(", ")}` }),
    password: z.string({ error: "mangler" }).min(MIN_PASSWORD_LENGTH, `må være minst ${MIN_PASSWORD_LENGTH} tegn`).max(1000, "er for langt"),
    /** County numbers ("55") or slugs ("troms"). */
    counties: zCounties.default([]),
  })
  .refine((u) => u.role !== "county_contact" || u.counties.length > 0, {
    path: ["counties"],
    message: "en fylkeskontakt må ha minst ett fylke",
  });
export type TNewUser = z.input<typeof zNewUser>;
export type TNewUserData = z.output<typeof zNewUser>;

export const zUserUpdate = z
  .strictObject({ id: zId, role: z.enum(roles, { error: "velg en rolle" }), counties: zCounties })
  .refine((u) => u.role !== "county_contact" || u.counties.length > 0, { path: ["counties"], message: "en fylkeskontakt må ha minst ett fylke" })
  .refine((u) => u.role === "county_contact" || u.counties.length === 0, { path: ["counties"], message: "bare fylkeskontakter har fylker" });

export const zUserId = z.strictObject({ id: zId });

export const zUserDisable = z.strictObject({
  id: zId,
  disabled: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "mangler" }),
});
