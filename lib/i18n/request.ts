import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_HEADER, defaultLocale, isLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";

/**
 * next-intl without i18n routing: app/ keeps one tree, and proxy.ts tells each request its
 * language in a header (set from the /nn prefix, the cookie or Accept-Language).
 */
export default getRequestConfig(async () => {
  const value = (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(value) ? value : defaultLocale;
  return { locale, messages: messages[locale], timeZone: "Europe/Oslo" };
});
