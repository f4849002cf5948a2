"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";
import { useLocale } from "next-intl";
import { localizePath } from "@/lib/i18n/locale";

/**
 * next/link that keeps the reader in their language: on a nynorsk page "/prosjekter" becomes
 * "/nn/prosjekter". Admin, API and feed addresses are left as they are (lib/i18n/locale.ts).
 */
export function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  const locale = useLocale();
  return <NextLink href={typeof href === "string" ? localizePath(href, locale) : href} {...props} />;
}

export default Link;
