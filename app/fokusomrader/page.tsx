import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { cachedFocusAreasWithCounts } from "@/lib/cache/public-data";
import { SuggestLink } from "@/components/intake/suggest-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lists");
  const alternates = await pageAlternates("/fokusomrader");
  return { title: t("focusTitle"), description: t("focusDescription"), alternates, openGraph: { title: t("focusTitle"), description: t("focusDescription"), url: alternates.canonical } };
}

export default async function FocusAreasPage() {
  const [areas, t] = await Promise.all([cachedFocusAreasWithCounts(), getTranslations("lists")]);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {t("focusTitle")}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t("focusDescription")}
        </p>
        <SuggestLink />
      </header>
      {areas.length === 0 ? (
        <p className="ds-paragraph">{t("noFocus")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {areas.map((area) => (
            <li key={area.slug} className="ds-card" data-variant="tinted">
              <h2 className="ds-heading" data-size="xs">
                <Link className="ds-link" href={`/fokusomrader/${area.slug}`}>
                  {area.name}
                </Link>
              </h2>
              <p className="ds-paragraph text-sm">
                {t("examples", { count: area.projectCount })}
              </p>
              <p className="ds-paragraph">{area.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
