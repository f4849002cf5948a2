import Link from "next/link";
import { projectListHref, type TProjectFilters } from "@/lib/projects/filters";
import { populationBandLabels, populationTrendWords, type TPopulationBand, type TPopulationTrend } from "@/lib/places/population";

type TChoiceCounty = { number: string; name: string; municipalities: { number: string; name: string }[] };
type TMine = { number: string; name: string; populationBand: TPopulationBand | null; populationTrend: TPopulationTrend | null };

const ACTION = "/kommuner/min-kommune";

/** Picks the reader's municipality (a plain POST form; remembered in a cookie, no account). */
export function MyMunicipalityPicker({ counties, selected, returnTo }: { counties: TChoiceCounty[]; selected: string | null; returnTo: string }) {
  return (
    <form action={ACTION} method="post" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="handling" value="velg" />
      <input type="hidden" name="tilbake" value={returnTo} />
      <div className="ds-field">
        <label className="ds-label" htmlFor="min-kommune-valg">
          Min kommune
        </label>
        <select className="ds-input" id="min-kommune-valg" name="kommune" defaultValue={selected ?? ""} required>
          <option value="" disabled>
            Velg kommune
          </option>
          {counties.map((county) => (
            <optgroup key={county.number} label={county.name}>
              {county.municipalities.map((m) => (
                <option key={m.number} value={m.number}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button className="ds-button" data-variant="secondary" type="submit">
        Husk kommunen
      </button>
    </form>
  );
}

/** "Dette er min kommune" on a municipality's page. */
export function ChooseAsMine({ number, name, returnTo }: { number: string; name: string; returnTo: string }) {
  return (
    <form action={ACTION} method="post">
      <input type="hidden" name="handling" value="velg" />
      <input type="hidden" name="kommune" value={number} />
      <input type="hidden" name="tilbake" value={returnTo} />
      <button className="ds-button" data-variant="secondary" type="submit">
        {name} er min kommune
      </button>
    </form>
  );
}

export function ForgetMine({ returnTo }: { returnTo: string }) {
  return (
    <form action={ACTION} method="post">
      <input type="hidden" name="handling" value="glem" />
      <input type="hidden" name="tilbake" value={returnTo} />
      <button className="ds-button" data-variant="tertiary" type="submit">
        Glem kommunen min
      </button>
    </form>
  );
}

/** "In municipalities like mine, …": the band and trend in words. */
export function describeLikeness(band: TPopulationBand | null, trend: TPopulationTrend | null): string {
  const size = band ? populationBandLabels[band].toLowerCase() : "ukjent folketall";
  return trend ? `${size} og ${populationTrendWords[trend]} i folketallet` : size;
}

/**
 * The /prosjekter box: with a municipality chosen, one link narrows the list to examples from
 * municipalities of the same band and trend (it sets `innbyggere` and `utvikling`, so the URL
 * stays shareable); without one, where to choose it.
 */
export function LikeMyMunicipality({ mine, filters }: { mine: TMine | null; filters: TProjectFilters }) {
  return (
    <section aria-labelledby="min-kommune-heading" className="ds-card space-y-3" data-variant="tinted">
      <h2 id="min-kommune-heading" className="ds-heading" data-size="2xs">
        Kommuner som min
      </h2>
      {mine ? (
        <>
          <p className="ds-paragraph text-sm">
            Din kommune:{" "}
            <Link className="ds-link" href={`/kommuner/${mine.number}`}>
              {mine.name}
            </Link>{" "}
            ({describeLikeness(mine.populationBand, mine.populationTrend)}).
          </p>
          {mine.populationBand &&
            (filters.innbyggere === mine.populationBand && filters.utvikling === mine.populationTrend ? (
              <p className="ds-paragraph text-sm">Listen viser eksempler fra kommuner som {mine.name}.</p>
            ) : (
              <p className="ds-paragraph">
                <Link
                  className="ds-link"
                  href={projectListHref({ ...filters, innbyggere: mine.populationBand, utvikling: mine.populationTrend, side: 1 })}
                >
                  Vis eksempler fra kommuner som {mine.name}
                </Link>
              </p>
            ))}
          <p className="ds-paragraph text-sm">
            <Link className="ds-link" href="/kommuner#min-kommune">
              Bytt kommune
            </Link>
          </p>
          <ForgetMine returnTo={projectListHref(filters)} />
        </>
      ) : (
        <p className="ds-paragraph text-sm">
          Finn eksempler fra kommuner med samme størrelse og befolkningsutvikling som din:{" "}
          <Link className="ds-link" href="/kommuner#min-kommune">
            velg kommunen din
          </Link>
          .
        </p>
      )}
    </section>
  );
}
