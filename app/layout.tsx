import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { siteUrl } from "@/lib/site/url";
import { pageAlternates, requestLocale } from "@/lib/i18n/server";
import "./globals.css";
import { publicSiteUrl } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  const { path } = await requestLocale();
  return {
    title: { default: t("siteTitle"), template: t("titleTemplate") },
    description: t("siteDescription"),
    metadataBase: new URL(publicSiteUrl()),
    // Pages with their own canonical address pass it through pageAlternates() too.
    alternates: await pageAlternates(path.replace(/[?#].*$/, "")),
  };
}

// Every page reads current data from PostgreSQL: nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await requestLocale();
  const t = await getTranslations("layout");
  // Client components get only the messages they use (error.tsx): the rest stays on the server
  // and out of every page's payload.
  const { errors } = await getMessages();
  return (
    // --site-url lets the print style sheet write a link's full address after its text.
    <html lang={locale} data-color-scheme="light" style={{ ["--site-url" as string]: JSON.stringify(siteUrl()) }}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={{ errors }}>
          <a className="ds-skip-link" href="#hovedinnhold">
            {t("skipLink")}
          </a>
          <SiteHeader />
          <main id="hovedinnhold" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
