import { Link } from "@/components/i18n/link";
import { documentationLevelExplanation, documentationLevelLabel, documentationLevels } from "@/lib/projects/documentation-level";

/** The documentation levels explained on /om (anchor #dokumentasjonsniva), from the same module as the rule. */
export function DocumentationLevelsSection() {
  return (
    <section id="dokumentasjonsniva" className="space-y-3" aria-labelledby="dokumentasjonsniva-heading">
      <h2 id="dokumentasjonsniva-heading" className="ds-heading" data-size="md">
        Dokumentasjonsnivå
      </h2>
      <p className="ds-paragraph">
        Mange prosjekter blir gjennomført, færre blir dokumentert, og enda færre blir evaluert. Hvert eksempel viser derfor hvor godt det er
        dokumentert. Nivået regnes ut fra opplysningene i Kunnskapsbanken, det settes ikke for hånd:
      </p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {documentationLevels.map((level) => (
          <div key={level} className="contents">
            <dt className="font-semibold">
              <Link className="ds-link" href={`/prosjekter?dokumentasjon=${level}`}>
                {documentationLevelLabel[level]}
              </Link>
            </dt>
            <dd>{documentationLevelExplanation[level]}</dd>
          </div>
        ))}
      </dl>
      <p className="ds-paragraph">
        Et eksempel er <em>kartlagt</em> når minst én suksessfaktor har en beskrivelse av hvordan eksempelet viser den, og <em>evaluert</em> når
        en publisert rapport av typen evaluering er knyttet til det (også om det ikke er kartlagt). Du kan filtrere eksemplene på nivå i{" "}
        <Link className="ds-link" href="/prosjekter">
          prosjektlisten
        </Link>
        .
      </p>
    </section>
  );
}
