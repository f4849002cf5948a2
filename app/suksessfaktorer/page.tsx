import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { Markdown } from "@/components/ui/markdown";
import { findPillarsWithFactors } from "@/lib/success-factors/queries";
import { SuggestLink } from "@/components/intake/suggest-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lists");
  const alternates = await pageAlternates("/suksessfaktorer");
  return { title: t("factorsTitle"), description: t("factorsDescription"), alternates, openGraph: { title: t("factorsTitle"), description: t("factorsDescription"), url: alternates.canonical } };
}

export default async function SuccessFactorsPage() {
  const [pillars, t] = await Promise.all([findPillarsWithFactors(), getTranslations("lists")]);
  return (
    <div className="max-w-4xl space-y-10">
      <header className="space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {t("factorsTitle")}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t("factorsDescription")}
        </p>
        <SuggestLink />
      </header>
      {pillars.map((pillar) => (
        <section key={pillar.slug} id={pillar.slug} aria-labelledby={`pilar-${pillar.slug}`} className="space-y-4">
          <h2 id={`pilar-${pillar.slug}`} className="ds-heading" data-size="lg">
            {pillar.name}: {pillar.tagline}
          </h2>
          {pillar.body && <Markdown source={pillar.body} />}
          {pillar.successFactors.length > 0 ? (
            <ul className="grid gap-4 md:grid-cols-2">
              {pillar.successFactors.map((factor) => (
                <li key={factor.slug} className="ds-card" data-variant="tinted">
                  <h3 className="ds-heading" data-size="xs">
                    <Link className="ds-link" href={`/suksessfaktorer/${factor.slug}`}>
                      {factor.name}
                    </Link>
                  </h3>
                  <p className="ds-paragraph">{factor.summary}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="ds-paragraph">{t("noFactors")}</p>
          )}
        </section>
      ))}
    </div>
  );
}
