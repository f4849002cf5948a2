import { Markdown } from "@/components/ui/markdown";
import { SourceList } from "@/components/ui/source-list";
import type { PageContent } from "@/lib/pages/queries";
import { formatDate } from "@/lib/projects/labels";

/** An editorial page (førstehjelpsmappe, om, tilgjengelighet): title, lead, body, sections the route adds, sources. */
export function EditorialPage({ page, children }: { page: PageContent; children?: React.ReactNode }) {
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {page.title}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {page.description}
        </p>
      </header>
      <Markdown source={page.body} />
      {children}
      {page.sources.length > 0 && (
        <section className="space-y-3" aria-labelledby="kilder-heading">
          <h2 id="kilder-heading" className="ds-heading" data-size="md">
            Kilder
          </h2>
          <SourceList sources={page.sources} />
        </section>
      )}
      <p className="ds-paragraph text-sm">Sist oppdatert {formatDate(page.updatedAt)}.</p>
    </article>
  );
}
