import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_HEADER, defaultLocale, isLocale } from "@/lib/i18n/locale";
import nb from "@/lib/i18n/messages/nb.json";
import nn from "@/lib/i18n/messages/nn.json";

/**
 * next-intl without i18n routing: app/ keeps one tree, and proxy.ts tells each request its
 * language in a header (set from the /nn prefix, the cookie or Accept-Language).
 */
const messages = { nb, nn };

export default getRequestConfig(async () => {
  const value = (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(value) ? value : defaultLocale;
  return { locale, messages: messages[locale], timeZone: "Europe/Oslo" };
});
