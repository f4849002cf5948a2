import type { Role } from "@/lib/generated/prisma/enums";

export const roles = ["admin", "county_contact", "adviser"] as const satisfies readonly Role[];

export const roleLabels: Record<Role, string> = {
  admin: "administrator",
  county_contact: "fylkeskontakt",
  adviser: "rådgiver",
};
