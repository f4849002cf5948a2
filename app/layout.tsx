import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { siteUrl } from "@/lib/site/url";
import "./globals.css";
import { publicSiteUrl } from "@/lib/env";

export const metadata: Metadata = {
  title: { default: "Kunnskapsbanken – Distriktssenteret", template: "%s – Kunnskapsbanken" },
  description:
    "Gode eksempler, rapporter og suksessfaktorer for lokal samfunnsutvikling: hva virker, og hvorfor. Fra Distriktssenteret.",
  metadataBase: new URL(publicSiteUrl()),
};

// Every page reads current data from PostgreSQL: nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // --site-url lets the print style sheet write a link's full address after its text.
    <html lang="nb" data-color-scheme="light" style={{ ["--site-url" as string]: JSON.stringify(siteUrl()) }}>
      <body className="flex min-h-screen flex-col">
        <a className="ds-skip-link" href="#hovedinnhold">
          Hopp til hovedinnhold
        </a>
        <SiteHeader />
        <main id="hovedinnhold" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
