import { getTranslations } from "next-intl/server";
import { locales } from "@/lib/i18n/locale";
import { requestLocale } from "@/lib/i18n/server";

const names = { nb: "Bokmål", nn: "Nynorsk" } as const;

/**
 * Plain links through /sprak/<locale>, which remembers the choice in a cookie and returns to the
 * same page (with its query) in the other language. Works without JavaScript and by keyboard.
 */
export async function LanguageSwitcher() {
  const { locale, path } = await requestLocale();
  const t = await getTranslations("layout");
  return (
    <nav aria-label={t("languageNav")} className="text-sm">
      <ul className="flex gap-3">
        {locales.map((other) => (
          <li key={other}>
            {other === locale ? (
              <span aria-current="true" lang={other} className="font-semibold">
                {names[other]}
              </span>
            ) : (
              <a className="ds-link" lang={other} hrefLang={other} href={`/sprak/${other}?${new URLSearchParams({ til: path })}`}>
                {names[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
