import { getTranslations } from "next-intl/server";
import { LanguageLinks } from "@/components/i18n/language-links";
import { requestLocale } from "@/lib/i18n/server";

/**
 * Plain links through /sprak/<locale>, which remembers the choice in a cookie and returns to the
 * same page (with its query) in the other language. Works without JavaScript and by keyboard.
 */
export async function LanguageSwitcher() {
  const { locale, path } = await requestLocale();
  const t = await getTranslations("layout");
  return <LanguageLinks locale={locale} initialPath={path} label={t("languageNav")} />;
}
