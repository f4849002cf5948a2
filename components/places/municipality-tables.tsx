"use client";

/**
 * Long lists of municipalities, drawn from compact tuples: /kommuner's "my municipality" choice
 * (357 options in county groups) and its county lists, and a county page's table of its
 * municipalities' figures. A server component's output is sent twice, in the HTML and again as an
 * element tree in the React payload; as client components the payload carries only these props
 * (and /kommuner gives the choice and the lists the same `counties` array, which the payload
 * writes once). The server still renders the full HTML, so the lists read and the choice submits
 * without JavaScript. Shared presentation (alignment, figures, links) is in globals.css
 * (`.kb-figures`, `.kb-links`) once, not on each element.
 */

/** A municipality: number, name, and how many published examples it has (0: none). */
export type TMunicipalityName = [number: string, name: string, examples: number];
/** A county: number, address of its page, name, the link to its municipalities' figures, and its municipalities by name. */
export type TCountyNames = [number: string, href: string, name: string, figuresLink: string, municipalities: TMunicipalityName[]];

/** The municipalities' select, grouped by county; `pick` is the disabled first option. */
export function MunicipalitySelect({ id, name, counties, selected, pick }: { id: string; name: string; counties: TCountyNames[]; selected: string | null; pick: string }) {
  return (
    <select className="ds-input" id={id} name={name} defaultValue={selected ?? ""} required>
      <option value="" disabled>
        {pick}
      </option>
      {counties.map(([county, , countyName, , municipalities]) => (
        <optgroup key={county} label={countyName}>
          {municipalities.map(([number, municipalityName]) => (
            <option key={number} value={number}>
              {municipalityName}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/**
 * /kommuner: one section per county, its name linked to its page, a link to the table of its
 * municipalities' figures there, and every municipality linked to its page (`municipalityBase`/number)
 * with its number of examples in parentheses when it has any, as the filters show their counts.
 */
export function CountyMunicipalityLists({ counties, municipalityBase }: { counties: TCountyNames[]; municipalityBase: string }) {
  return (
    <>
      {counties.map(([county, href, countyName, figuresLink, municipalities]) => (
        <section key={county} className="space-y-3" aria-labelledby={`fylke-${county}`}>
          <h2 id={`fylke-${county}`} className="ds-heading" data-size="md">
            <a className="ds-link" href={href}>
              {countyName}
            </a>
          </h2>
          <p className="ds-paragraph text-sm">
            <a className="ds-link" href={`${href}#kommunene`}>
              {figuresLink}
            </a>
          </p>
          <ul className="kb-links grid gap-1 sm:grid-cols-2 md:grid-cols-3 lg:grid-cols-4">
            {municipalities.map(([number, name, examples]) => (
              <li key={number}>
                <a href={`${municipalityBase}/${number}`}>{name}</a>
                {examples > 0 && ` (${examples})`}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/**
 * A county's municipalities with their figures as shown ("–" when unknown): number, name,
 * population, change, trend in words, and examples (a count over 0 leads to the list at
 * `listBase` + number, its link named "Alver: 2 eksempler" from `examplesWords`, singular and plural).
 */
export type TMunicipalityFigures = [number: string, name: string, population: string, change: string, trend: string, examples: number];

export function MunicipalityFiguresTable({
  caption,
  headings,
  rows,
  municipalityBase,
  listBase,
  examplesWords,
}: {
  caption: string;
  headings: [municipality: string, population: string, change: string, trend: string, examples: string];
  rows: TMunicipalityFigures[];
  municipalityBase: string;
  listBase: string;
  examplesWords: [one: string, other: string];
}) {
  return (
    <div className="overflow-x-auto">
      <table className="ds-table kb-figures kb-links" data-size="sm" data-border>
        <caption className="ds-paragraph text-left text-sm">{caption}</caption>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([number, name, population, change, trend, examples]) => (
            <tr key={number}>
              <th scope="row">
                <a href={`${municipalityBase}/${number}`}>{name}</a>
              </th>
              <td>{population}</td>
              <td>{change}</td>
              <td>{trend}</td>
              <td>
                {examples > 0 ? (
                  <a href={`${listBase}${number}`} aria-label={`${name}: ${examples} ${examples === 1 ? examplesWords[0] : examplesWords[1]}`}>
                    {examples}
                  </a>
                ) : (
                  examples
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
