import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { MAX_PAGE_SIZE } from "@/lib/api/projects-params";
import { LICENCE } from "@/lib/api/schemas";
import { absoluteUrl } from "@/lib/site/url";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiPage");
  return { title: t("title"), description: t("description"), alternates: await pageAlternates("/api") };
}

// What each endpoint, parameter and field is: message keys under apiPage.prose.
const endpoints = [
  { path: "/api/v1/prosjekter", what: "projects" },
  { path: "/api/v1/prosjekter/{slug}", what: "project" },
  { path: "/api/v1/rapporter", what: "reports" },
  { path: "/api/v1/rapporter/{slug}", what: "report" },
  { path: "/api/v1/suksessfaktorer", what: "factors" },
  { path: "/api/v1/fokusomrader", what: "focusAreas" },
  { path: "/api/v1/fylker", what: "counties" },
  { path: "/api/v1/kommuner", what: "municipalities" },
  { path: "/api/v1/openapi.json", what: "openapi" },
] as const;

const filters = [
  { name: "q", what: "q", example: "q=ungdom" },
  { name: "fokus", what: "fokus", example: "fokus=bredband" },
  { name: "fylke", what: "fylke", example: "fylke=troms" },
  { name: "kommune", what: "kommune", example: "kommune=5501" },
  { name: "faktor", what: "faktor", example: "faktor=forankring" },
  { name: "status", what: "status", example: "status=avsluttet" },
  { name: "fra, til", what: "period", example: "fra=2010&til=2015" },
  { name: "side", what: "side", example: "side=2" },
  { name: "antall", what: "antall", example: "antall=100" },
] as const;

const fields = [
  { name: "slug", what: "slug" },
  { name: "tittel, sammendrag", what: "title" },
  { name: "status", what: "status" },
  { name: "startAr, sluttAr", what: "years" },
  { name: "kommuner", what: "municipalities" },
  { name: "fylker", what: "counties" },
  { name: "fokusomrader, suksessfaktorer", what: "themes" },
  { name: "publisert, oppdatert", what: "dates" },
  { name: "url, api", what: "urls" },
  { name: "lisens", what: "licence" },
] as const;

function Code({ children }: { children: string }) {
  return (
    // Wrapped rather than scrolled: a scrolling box would need to be reachable by keyboard.
    <pre
      className="rounded p-3 text-sm"
      style={{ background: "var(--ds-color-neutral-background-tinted)", whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
    >
      <code>{children}</code>
    </pre>
  );
}

export default async function ApiPage() {
  const base = absoluteUrl("/api/v1");
  // Everything in both languages; the JSON field and parameter names are the API's, in bokmål.
  const t = await getTranslations("apiPage");
  const p = await getTranslations("apiPage.prose");
  const code = (chunks: ReactNode) => <code>{chunks}</code>;
  const projectsLink = (chunks: ReactNode) => (
    <Link className="ds-link" href="/prosjekter">
      {chunks}
    </Link>
  );
  const reportsLink = (chunks: ReactNode) => (
    <Link className="ds-link" href="/rapporter">
      {chunks}
    </Link>
  );
  return (
    // Tables of URLs and parameters must reflow at 320 px (WCAG 1.4.10): any character may break.
    <div className="max-w-3xl space-y-10" style={{ overflowWrap: "anywhere" }}>
      <header className="space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {t("title")}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t("intro")}
        </p>
      </header>

      <section aria-labelledby="lisens-heading" className="space-y-3">
        <h2 id="lisens-heading" className="ds-heading" data-size="md">
          {t("licence")}
        </h2>
        <p className="ds-paragraph">
          {p.rich("licence", {
            name: LICENCE.navn,
            source: LICENCE.kilde,
            code,
            licence: (chunks) => (
              <a className="ds-link" href={LICENCE.url}>
                {chunks}
              </a>
            ),
          })}
        </p>
      </section>

      <section aria-labelledby="endepunkter-heading" className="space-y-3">
        <h2 id="endepunkter-heading" className="ds-heading" data-size="md">
          {t("endpoints")}
        </h2>
        <p className="ds-paragraph">
          {p.rich("endpointsIntro", {
            openapi: (chunks) => (
              <a className="ds-link" href="/api/v1/openapi.json">
                {chunks}
              </a>
            ),
          })}
        </p>
        <table className="ds-table" data-border>
          <caption className="sr-only">{t("endpointsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("address")}</th>
              <th scope="col">{t("what")}</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={e.path}>
                <td>
                  <code className="break-all">{e.path}</code>
                </td>
                <td>{p(`endpoint.${e.what}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="eksempler-heading" className="space-y-3">
        <h2 id="eksempler-heading" className="ds-heading" data-size="md">
          {t("examples")}
        </h2>
        <p className="ds-paragraph">{p("exampleList")}</p>
        <Code>{`curl '${base}/prosjekter?fokus=bredband&fylke=troms&antall=50'`}</Code>
        <p className="ds-paragraph">{p("exampleOne")}</p>
        <Code>{`curl '${base}/prosjekter/rossfjordfiber'\ncurl '${base}/rapporter?ar=2010'`}</Code>
        <p className="ds-paragraph">{p.rich("exampleEtag", { code })}</p>
        <Code>{`curl -i '${base}/prosjekter' -H 'If-None-Match: "<${p("etagPlaceholder")}>"'`}</Code>
        <p className="ds-paragraph">{p("exampleShape")}</p>
        <Code>{`{
  "data": [ { "slug": "…", "tittel": "…", "status": "avsluttet", "kommuner": [ … ], … } ],
  "side": 1, "antall": 20, "totalt": 26, "sider": 2,
  "lenker": { "selv": "…", "forste": "…", "forrige": null, "neste": "…?side=2", "siste": "…" },
  "lisens": { "navn": "${LICENCE.navn}", "url": "${LICENCE.url}", "kilde": "${LICENCE.kilde}", "kildeUrl": "…" }
}`}</Code>
      </section>

      <section aria-labelledby="filtre-heading" className="space-y-3">
        <h2 id="filtre-heading" className="ds-heading" data-size="md">
          {t("filters")}
        </h2>
        <p className="ds-paragraph">{p.rich("filtersIntro", { code, projects: projectsLink, reports: reportsLink })}</p>
        <table className="ds-table" data-border>
          <caption className="sr-only">{t("filters")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("parameter")}</th>
              <th scope="col">{t("meaning")}</th>
              <th scope="col">{t("example")}</th>
            </tr>
          </thead>
          <tbody>
            {filters.map((f) => (
              <tr key={f.name}>
                <td>
                  <code>{f.name}</code>
                </td>
                <td>{p(`filter.${f.what}`, { max: MAX_PAGE_SIZE })}</td>
                <td>
                  <code className="break-all">{f.example}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="ds-paragraph">{p.rich("errors", { code })}</p>
      </section>

      <section aria-labelledby="felt-heading" className="space-y-3">
        <h2 id="felt-heading" className="ds-heading" data-size="md">
          {t("fields")}
        </h2>
        <dl className="space-y-2">
          {fields.map((f) => (
            <div key={f.name}>
              <dt className="font-semibold">
                <code>{f.name}</code>
              </dt>
              <dd className="ds-paragraph">
                {p(`field.${f.what}`)}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="csv-heading" className="space-y-3">
        <h2 id="csv-heading" className="ds-heading" data-size="md">
          {t("csv")}
        </h2>
        <p className="ds-paragraph">{p.rich("csvText", { projects: projectsLink, reports: reportsLink })}</p>
        <Code>{`curl -o bredband-troms.csv '${base}/prosjekter.csv?fokus=bredband&fylke=troms'`}</Code>
      </section>

      <section aria-labelledby="strommer-heading" className="space-y-3">
        <h2 id="strommer-heading" className="ds-heading" data-size="md">
          {t("feeds")}
        </h2>
        <p className="ds-paragraph">{p("feedsText")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a className="ds-link" href="/feed/prosjekter.xml">
              {t("allProjects")}
            </a>{" "}
            – <code>/feed/prosjekter.xml</code>, {p.rich("feedProjects", { code })}
          </li>
          <li>
            <a className="ds-link" href="/feed/rapporter.xml">
              {t("allReports")}
            </a>{" "}
            – <code>/feed/rapporter.xml</code>, {p.rich("feedReports", { code })}
          </li>
        </ul>
      </section>
    </div>
  );
}
