import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";

/** The curation pages, and who sees a link to each (every page checks access itself). */
const items: { href: string; label: string; roles: Role[] }[] = [
  { href: "/admin", label: "Mitt arbeid", roles: ["admin", "county_contact", "adviser"] },
  { href: "/admin/prosjekter", label: "Prosjekter", roles: ["admin", "county_contact", "adviser"] },
  { href: "/admin/rapporter", label: "Rapporter", roles: ["admin", "county_contact"] },
  { href: "/admin/taksonomi", label: "Taksonomi", roles: ["admin"] },
  { href: "/admin/brukere", label: "Brukere", roles: ["admin"] },
  { href: "/admin/synonymer", label: "Synonymer", roles: ["admin"] },
  { href: "/admin/logg", label: "Logg", roles: ["admin"] },
];

/** Admin navigation showing only what the role may use. `current` is the active item's href. */
export function AdminNav({ role, current }: { role: Role; current: string }) {
  return (
    <nav aria-label="Administrasjon" className="border-b border-gray-300 pb-3">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {items
          .filter((item) => item.roles.includes(role))
          .map((item) => (
            <li key={item.href}>
              <Link className="ds-link" href={item.href} aria-current={item.href === current ? "page" : undefined}>
                {item.href === current ? <strong>{item.label}</strong> : item.label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
