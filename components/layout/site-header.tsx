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
      {/* On a phone the language choice shares the name's row and the menu takes the next, so the
          page's content starts high (the list's first result stays in the first screen); from
          sm up the menu sits under the language choice at the right, in a column of its own share
          of the width, the name's never below its longest word (an auto column would take the menu's one-line width and squeeze the name
          to a letter a line). Below 360 px (a 320 px window, 400 % zoom) the name needs the whole row:
          the language choice goes under it. */}
      <div className="mx-auto grid w-full max-w-6xl grid-cols-[1fr_auto] items-center max-[359px]:grid-cols-1 sm:grid-cols-[minmax(min-content,1fr)_minmax(0,2fr)] gap-x-4 gap-y-2 px-4 py-4">
        <Link href="/" className="ds-link sm:row-span-2" style={{ textDecoration: "none" }}>
          <span className="block text-xl font-semibold">Kunnskapsbanken</span>
          <span className="block text-sm">{t("tagline")}</span>
        </Link>
        <div className="self-start justify-self-end max-[359px]:justify-self-start sm:self-end">
          <LanguageSwitcher />
        </div>
        <nav aria-label={t("mainNav")} className="col-span-2 max-[359px]:col-span-1 sm:col-span-1 sm:col-start-2 sm:justify-self-end">
          <ul className="flex flex-wrap gap-x-5 gap-y-2 sm:justify-end">
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
    </header>
  );
}
