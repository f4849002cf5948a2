import { useTranslations } from "next-intl";
import { Link } from "@/components/i18n/link";
import { mayEver, type TAction } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The curation pages, each shown to the roles the permission table lets use it (`action`; none:
 * every signed-in user). Every page checks access itself.
 */
const items: { href: string; label: "myWork" | "projects" | "intake" | "reports" | "taxonomy" | "users" | "synonyms" | "log"; action?: TAction }[] = [
  { href: "/admin", label: "myWork" },
  { href: "/admin/prosjekter", label: "projects" },
  { href: "/admin/innmeldinger", label: "intake", action: "intake.triage" },
  { href: "/admin/rapporter", label: "reports", action: "report.create" },
  { href: "/admin/taksonomi", label: "taxonomy", action: "taxonomy.manage" },
  { href: "/admin/brukere", label: "users", action: "user.manage" },
  { href: "/admin/synonymer", label: "synonyms", action: "synonym.manage" },
  { href: "/admin/logg", label: "log", action: "audit.read" },
];

/** Admin navigation showing only what the role may use. `current` is the active item's href. */
export function AdminNav({ role, current }: { role: Role; current: string }) {
  const t = useTranslations("admin.nav");
  return (
    <nav aria-label={t("label")} className="border-b border-gray-300 pb-3">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {items
          .filter((item) => !item.action || mayEver(role, item.action))
          .map((item) => (
            <li key={item.href}>
              <Link className="ds-link" href={item.href} aria-current={item.href === current ? "page" : undefined}>
                {item.href === current ? <strong>{t(item.label)}</strong> : t(item.label)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
