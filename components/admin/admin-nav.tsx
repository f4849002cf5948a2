import Link from "next/link";
import { mayEver, type TAction } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The curation pages, each shown to the roles the permission table lets use it (`action`; none:
 * every signed-in user). Every page checks access itself.
 */
const items: { href: string; label: string; action?: TAction }[] = [
  { href: "/admin", label: "Mitt arbeid" },
  { href: "/admin/prosjekter", label: "Prosjekter" },
  { href: "/admin/innmeldinger", label: "Innmeldinger", action: "intake.triage" },
  { href: "/admin/rapporter", label: "Rapporter", action: "report.create" },
  { href: "/admin/taksonomi", label: "Taksonomi", action: "taxonomy.manage" },
  { href: "/admin/brukere", label: "Brukere", action: "user.manage" },
  { href: "/admin/synonymer", label: "Synonymer", action: "synonym.manage" },
  { href: "/admin/logg", label: "Logg", action: "audit.read" },
];

/** Admin navigation showing only what the role may use. `current` is the active item's href. */
export function AdminNav({ role, current }: { role: Role; current: string }) {
  return (
    <nav aria-label="Administrasjon" className="border-b border-gray-300 pb-3">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {items
          .filter((item) => !item.action || mayEver(role, item.action))
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
