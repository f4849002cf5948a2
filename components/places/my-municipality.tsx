import { useTranslations } from "next-intl";
import { Link } from "@/components/i18n/link";
import { projectListHref, type TProjectFilters } from "@/lib/projects/filters";
import { type TPopulationBand, type TPopulationTrend } from "@/lib/places/population";
import { MunicipalitySelect, type TCountyNames } from "@/components/places/municipality-tables";

type TMine = { number: string; name: string; populationBand: TPopulationBand | null; populationTrend: TPopulationTrend | null };

const ACTION = "/kommuner/min-kommune";

/**
 * Picks the reader's municipality (a plain POST form; remembered in a cookie, no account). The
 * options come from the same compact county rows as /kommuner's tables (see MunicipalitySelect).
 */
export function MyMunicipalityPicker({ counties, selected, returnTo }: { counties: TCountyNames[]; selected: string | null; returnTo: string }) {
  const t = useTranslations("common");
  return (
    <form action={ACTION} method="post" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="handling" value="velg" />
      <input type="hidden" name="tilbake" value={returnTo} />
      <div className="ds-field">
        <label className="ds-label" htmlFor="min-kommune-valg">
          {t("myMunicipality")}
        </label>
        <MunicipalitySelect id="min-kommune-valg" name="kommune" counties={counties} selected={selected} pick={t("pick")} />
      </div>
      <button className="ds-button" data-variant="secondary" type="submit">
        {t("remember")}
      </button>
    </form>
  );
}

/** "Dette er min kommune" on a municipality's page. */
export function ChooseAsMine({ number, name, returnTo }: { number: string; name: string; returnTo: string }) {
  const t = useTranslations("common");
  return (
    <form action={ACTION} method="post">
      <input type="hidden" name="handling" value="velg" />
      <input type="hidden" name="kommune" value={number} />
      <input type="hidden" name="tilbake" value={returnTo} />
      <button className="ds-button" data-variant="secondary" type="submit">
        {t("isMine", { name })}
      </button>
    </form>
  );
}

export function ForgetMine({ returnTo }: { returnTo: string }) {
  const t = useTranslations("common");
  return (
    <form action={ACTION} method="post">
      <input type="hidden" name="handling" value="glem" />
      <input type="hidden" name="tilbake" value={returnTo} />
      <button className="ds-button" data-variant="tertiary" type="submit">
        {t("forget")}
      </button>
    </form>
  );
}

type TCommonT = ReturnType<typeof useTranslations<"common">>;

/** "In municipalities like mine, …": the band and trend in words, in the page's language. */
export function describeLikeness(t: TCommonT, band: TPopulationBand | null, trend: TPopulationTrend | null): string {
  const size = band ? t(`band.${band}`) : t("unknownSize");
  return trend ? t("withTrend", { size, trend }) : size;
}

/**
 * The /prosjekter box: with a municipality chosen, one link narrows the list to examples from
 * municipalities of the same band and trend (it sets `innbyggere` and `utvikling`, so the URL
 * stays shareable); without one, where to choose it.
 */
export function LikeMyMunicipality({ mine, filters }: { mine: TMine | null; filters: TProjectFilters }) {
  const t = useTranslations("common");
  return (
    <section aria-labelledby="min-kommune-heading" className="ds-card space-y-3" data-variant="tinted">
      <h2 id="min-kommune-heading" className="ds-heading" data-size="2xs">
        {t("likeMine")}
      </h2>
      {mine ? (
        <>
          <p className="ds-paragraph text-sm">
            {t.rich("yours", {
              name: mine.name,
              likeness: describeLikeness(t, mine.populationBand, mine.populationTrend),
              link: (chunks) => <Link className="ds-link" href={`/kommuner/${mine.number}`}>{chunks}</Link>,
            })}
          </p>
          {mine.populationBand &&
            (filters.innbyggere === mine.populationBand && filters.utvikling === mine.populationTrend ? (
              <p className="ds-paragraph text-sm">{t("listShows", { name: mine.name })}</p>
            ) : (
              <p className="ds-paragraph">
                <Link
                  className="ds-link"
                  href={projectListHref({ ...filters, innbyggere: mine.populationBand, utvikling: mine.populationTrend, side: 1 })}
                >
                  {t("showLike", { name: mine.name })}
                </Link>
              </p>
            ))}
          <p className="ds-paragraph text-sm">
            <Link className="ds-link" href="/kommuner#min-kommune">
              {t("change")}
            </Link>
          </p>
          <ForgetMine returnTo={projectListHref(filters)} />
        </>
      ) : (
        <p className="ds-paragraph text-sm">
          {t.rich("pickPrompt", { link: (chunks) => <Link className="ds-link" href="/kommuner#min-kommune">{chunks}</Link> })}
        </p>
      )}
    </section>
  );
}
