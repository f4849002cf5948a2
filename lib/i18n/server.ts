import "server-only";
import { headers } from "next/headers";
import type { Metadata } from "next";
import { LOCALE_HEADER, PATH_HEADER, defaultLocale, isLocale, localizePath, type TLocale } from "@/lib/i18n/locale";

/** The request's language and its address without the language prefix (set by proxy.ts). */
export async function requestLocale(): Promise<{ locale: TLocale; path: string }> {
  const h = await headers();
  const value = h.get(LOCALE_HEADER);
  return { locale: isLocale(value) ? value : defaultLocale, path: h.get(PATH_HEADER) ?? "/" };
}

/** `path` in the request's language: for form actions and links built on the server. */
export async function localHref(path: string): Promise<string> {
  return localizePath(path, (await requestLocale()).locale);
}

/**
 * A page's canonical address in its own language, and its hreflang alternates: bokmål (also
 * x-default: the unprefixed address negotiates) and nynorsk.
 */
export async function pageAlternates(path: string): Promise<NonNullable<Metadata["alternates"]> & { canonical: string }> {
  const { locale } = await requestLocale();
  return {
    canonical: localizePath(path, locale),
    languages: { nb: localizePath(path, "nb"), nn: localizePath(path, "nn"), "x-default": localizePath(path, "nb") },
  };
}
