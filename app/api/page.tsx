import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { ContentLanguage } from "@/components/i18n/content-language";
import { Link } from "@/components/i18n/link";
import { MAX_PAGE_SIZE } from "@/lib/api/projects-params";
import { LICENCE } from "@/lib/api/schemas";
import { absoluteUrl } from "@/lib/site/url";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiPage");
  return { title: t("title"), description: t("description"), alternates: await pageAlternates("/api") };
}

const endpoints: { path: string; what: string }[] = [
  { path: "/api/v1/prosjekter", what: "Prosjekteksempler, sidevis. Samme filtre som på /prosjekter." },
  { path: "/api/v1/prosjekter/{slug}", what: "Ett eksempel med alle offentlige felt: tekst, finansiering, lærdommer, suksessfaktorer med notat, kilder." },
  { path: "/api/v1/rapporter", what: "Rapporter, sidevis. Samme filtre som på /rapporter." },
  { path: "/api/v1/rapporter/{slug}", what: "Én rapport med prosjektene den handler om." },
  { path: "/api/v1/suksessfaktorer", what: "De ti suksessfaktorene, med pilar og antall eksempler." },
  { path: "/api/v1/fokusomrader", what: "Fokusområdene, med antall eksempler." },
  { path: "/api/v1/fylker", what: "Dagens fylker, med antall eksempler." },
  { path: "/api/v1/kommuner", what: "Dagens kommuner med fylke og antall eksempler." },
  { path: "/api/v1/openapi.json", what: "Maskinlesbar beskrivelse (OpenAPI 3.1) av alt over." },
];

const filters: { name: string; what: string; example: string }[] = [
  { name: "q", what: "Fritekst, som søkefeltet (bøyningsformer, synonymer og små skrivefeil finner også treff).", example: "q=ungdom" },
  { name: "fokus", what: "Fokusområde (slug). Kan gjentas.", example: "fokus=bredband" },
  { name: "fylke", what: "Fylke: slug eller fylkesnummer.", example: "fylke=troms" },
  { name: "kommune", what: "Kommunenummer med fire sifre (dagens nummer).", example: "kommune=5501" },
  { name: "faktor", what: "Suksessfaktor (slug). Kan gjentas.", example: "faktor=forankring" },
  { name: "status", what: "planlagt, pagar eller avsluttet.", example: "status=avsluttet" },
  { name: "fra, til", what: "Eksempler som pågikk i perioden (årstall).", example: "fra=2010&til=2015" },
  { name: "side", what: "Sidenummer, fra 1.", example: "side=2" },
  { name: "antall", what: `Antall per side, 1–${MAX_PAGE_SIZE} (20 om du ikke oppgir det). Bare i API-et.`, example: "antall=100" },
];

const fields: { name: string; what: string }[] = [
  { name: "slug", what: "Fast nøkkel for eksempelet; inngår i adressen til siden og i API-et." },
  { name: "tittel, sammendrag", what: "Navnet og en kort omtale." },
  { name: "status", what: "planlagt, pagar (pågår) eller avsluttet." },
  { name: "startAr, sluttAr", what: "Periode; null når den ikke er kjent." },
  { name: "kommuner", what: "Kommunene eksempelet gjelder, med dagens kommunenummer, navn og fylke. Eldre kommunenummer (før 2024) er oversatt til dagens." },
  { name: "fylker", what: "Fylkene kommunene ligger i, hvert én gang." },
  { name: "fokusomrader, suksessfaktorer", what: "Tema og suksessfaktorer eksempelet viser, som slug og navn. I ett eksempel har hver suksessfaktor også et notat om hvordan." },
  { name: "publisert, oppdatert", what: "Tidspunkt (ISO 8601, UTC) for publisering og siste endring." },
  { name: "url, api", what: "Nettsiden for mennesker og adressen i API-et." },
  { name: "lisens", what: "Lisensen og kilden du skal oppgi. Står i hvert svar." },
];

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
  // The reference prose (paragraphs, what each endpoint, parameter and field is) is written in
  // bokmål only: on a nynorsk page it is marked lang="nb". Headings, captions and the introduction
  // are in both languages.
  const t = await getTranslations("apiPage");
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
        <ContentLanguage language="nb" as="p" className="ds-paragraph">
          Dataene er lisensiert under{" "}
          <a className="ds-link" href={LICENCE.url}>
            {LICENCE.navn}
          </a>
          . Du kan bruke, dele og bearbeide dem fritt, også kommersielt, når du oppgir kilden: «{LICENCE.kilde}», gjerne med lenke.
          Hvert svar fra API-et har lisensen i feltet <code>lisens</code> og i HTTP-hodet <code>Link</code> (rel=&quot;license&quot;).
        </ContentLanguage>
      </section>

      <section aria-labelledby="endepunkter-heading" className="space-y-3">
        <h2 id="endepunkter-heading" className="ds-heading" data-size="md">
          {t("endpoints")}
        </h2>
        <ContentLanguage language="nb" as="p" className="ds-paragraph">
          Alle svar er JSON (UTF-8), bare lesing (GET), åpne for bruk fra nettlesere på andre domener (CORS). Bare publiserte poster
          er med. Den fullstendige beskrivelsen av felt og parametere står i{" "}
          <a className="ds-link" href="/api/v1/openapi.json">
            OpenAPI-dokumentet
          </a>
          , som også kan brukes til å lage klienter.
        </ContentLanguage>
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
                <td><ContentLanguage language="nb">{e.what}</ContentLanguage></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="eksempler-heading" className="space-y-3">
        <h2 id="eksempler-heading" className="ds-heading" data-size="md">
          {t("examples")}
        </h2>
        <ContentLanguage language="nb" as="p" className="ds-paragraph">Bredbåndsprosjekter i Troms, 50 per side:</ContentLanguage>
        <Code>{`curl '${base}/prosjekter?fokus=bredband&fylke=troms&antall=50'`}</Code>
        <ContentLanguage language="nb" as="p" className="ds-paragraph">Ett eksempel, og alle rapporter fra 2010:</ContentLanguage>
        <Code>{`curl '${base}/prosjekter/rossfjordfiber'\ncurl '${base}/rapporter?ar=2010'`}</Code>
        <ContentLanguage language="nb" as="p" className="ds-paragraph">
          Hent bare når noe er endret: send med <code>ETag</code> fra forrige svar. Er ingenting endret, får du 304 uten innhold.
        </ContentLanguage>
        <Code>{`curl -i '${base}/prosjekter' -H 'If-None-Match: "<etag fra forrige svar>"'`}</Code>
        <ContentLanguage language="nb" as="p" className="ds-paragraph">Et svar fra en liste ser slik ut (forkortet):</ContentLanguage>
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
        <ContentLanguage language="nb" as="p" className="ds-paragraph">
          Parameterne er de samme som i adressen til{" "}
          <Link className="ds-link" href="/prosjekter">
            /prosjekter
          </Link>
          : filtrer på nettsiden og bytt <code>/prosjekter</code> med <code>/api/v1/prosjekter</code> i adressen. Filtrene i OpenAPI-dokumentet er
          alltid de gjeldende. Rapportene filtreres med parameterne til{" "}
          <Link className="ds-link" href="/rapporter">
            /rapporter
          </Link>{" "}
          (<code>q</code>, <code>fokus</code>, <code>ar</code>, <code>type</code>, <code>utgiver</code>) pluss <code>side</code> og <code>antall</code>.
        </ContentLanguage>
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
                <td><ContentLanguage language="nb">{f.what}</ContentLanguage></td>
                <td>
                  <code className="break-all">{f.example}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ContentLanguage language="nb" as="p" className="ds-paragraph">
          En ukjent eller ugyldig parameter gir svaret 400 med en feilmelding på norsk som navngir parameteren (i{" "}
          <code>feil.parametere</code>). En slug som ikke finnes, gir 404.
        </ContentLanguage>
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
                <ContentLanguage language="nb">{f.what}</ContentLanguage>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="csv-heading" className="space-y-3">
        <h2 id="csv-heading" className="ds-heading" data-size="md">
          {t("csv")}
        </h2>
        <ContentLanguage language="nb" as="p" className="ds-paragraph">
          Lenken «Last ned som CSV» på{" "}
          <Link className="ds-link" href="/prosjekter">
            /prosjekter
          </Link>{" "}
          og{" "}
          <Link className="ds-link" href="/rapporter">
            /rapporter
          </Link>{" "}
          gir hele den filtrerte listen, alle sider, med én rad per eksempel: kommunenummer og -navn, fylke, fokusområder,
          suksessfaktorer, år, status og adresse. Filen er UTF-8 med semikolon som skilletegn, så den åpnes riktig i Excel med norske
          innstillinger.
        </ContentLanguage>
        <Code>{`curl -o bredband-troms.csv '${base}/prosjekter.csv?fokus=bredband&fylke=troms'`}</Code>
      </section>

      <section aria-labelledby="strommer-heading" className="space-y-3">
        <h2 id="strommer-heading" className="ds-heading" data-size="md">
          {t("feeds")}
        </h2>
        <ContentLanguage language="nb" as="p" className="ds-paragraph">
          Følg nye og endrede eksempler og rapporter i en nyhetsleser. Strømmene kan avgrenses til et fokusområde eller et fylke.
        </ContentLanguage>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a className="ds-link" href="/feed/prosjekter.xml">
              {t("allProjects")}
            </a>{" "}
            – <code>/feed/prosjekter.xml</code>, også <code>?fokus=bredband</code> eller <code>?fylke=troms</code>
          </li>
          <li>
            <a className="ds-link" href="/feed/rapporter.xml">
              {t("allReports")}
            </a>{" "}
            – <code>/feed/rapporter.xml</code>, også <code>?fokus=bredband</code>
          </li>
        </ul>
      </section>
    </div>
  );
}
