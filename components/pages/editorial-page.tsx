import { Markdown } from "@/components/ui/markdown";
import { SourceList } from "@/components/ui/source-list";
import type { PageContent } from "@/lib/pages/queries";
import { useFormatter, useLocale, useTranslations } from "next-intl";

/** An editorial page (førstehjelpsmappe, om, tilgjengelighet): title, lead, body, sections the route adds, sources. */
export function EditorialPage({ page, children }: { page: PageContent; children?: React.ReactNode }) {
  const t = useTranslations("editorial");
  const format = useFormatter();
  const lang = useLocale() === "nb" ? undefined : "nb";
  // The editorial pages are written in bokmål: on a nynorsk page their text says so.
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="ds-heading" data-size="xl" lang={lang}>
          {page.title}
        </h1>
        <p className="ds-paragraph" data-size="lg" lang={lang}>
          {page.description}
        </p>
      </header>
      <div lang={lang}>
        <Markdown source={page.body} />
      </div>
      {children}
      {page.sources.length > 0 && (
        <section className="space-y-3" aria-labelledby="kilder-heading">
          <h2 id="kilder-heading" className="ds-heading" data-size="md">
            {t("sources")}
          </h2>
          <SourceList sources={page.sources} />
        </section>
      )}
      <p className="ds-paragraph text-sm">{t("updated", { date: format.dateTime(page.updatedAt, { day: "numeric", month: "long", year: "numeric" }) })}</p>
    </article>
  );
}
