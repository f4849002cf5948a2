import type { Role } from "@/lib/generated/prisma/enums";

export const roles = ["admin", "county_contact", "adviser"] as const satisfies readonly Role[];

export const roleLabels: Record<Role, string> = {
  admin: "administrator",
  county_contact: "fylkeskontakt",
  adviser: "rådgiver",
};

/** Only a county contact is tied to counties (the permission table bounds their projects by them). */
export const roleHasCounties = (role: string): boolean => role === "county_contact";
