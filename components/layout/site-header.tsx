import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";

const navigation = [
  { href: "/prosjekter", key: "projects" },
  { href: "/rapporter", key: "reports" },
  { href: "/suksessfaktorer", key: "successFactors" },
  { href: "/fokusomrader", key: "focusAreas" },
  { href: "/fylker", key: "counties" },
  { href: "/kommuner", key: "municipalities" },
  { href: "/hva-virker", key: "whatWorks" },
  { href: "/forstehjelp", key: "firstAid" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations("layout");
  return (
    <header className="no-print border-b" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="ds-link" style={{ textDecoration: "none" }}>
          <span className="block text-xl font-semibold">Kunnskapsbanken</span>
          <span className="block text-sm">{t("tagline")}</span>
        </Link>
        <div className="flex flex-col items-end gap-2">
          <LanguageSwitcher />
          <nav aria-label={t("mainNav")}>
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {navigation.map((item) => (
                <li key={item.href}>
                  <Link className="ds-link" href={item.href}>
                    {t(`nav.${item.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
