"use client";

/**
 * A map's or chart's data table rows, drawn from compact tuples. A server component's output is
 * sent twice, in the HTML and again as an element tree in the React payload; as a client
 * component the payload carries only these props (a county's 40-odd municipalities are a line
 * each), while the server still renders the full table, so it reads without JavaScript.
 * Everything (addresses in the page's language, the count links' names) is computed by
 * MapDataTable.
 */
export type TMapDataTuple = [
  id: string,
  name: string,
  /** Said after the name in small type, e.g. the municipality number; null: nothing. */
  note: string | null,
  /** Where the name leads; null: plain text. */
  headerHref: string | null,
  count: number,
  /** Where the count leads, and that link's accessible name; null: the count is plain text. */
  countLink: [href: string, label: string] | null,
];

export function MapDataRows({ rows, rowAttribute }: { rows: TMapDataTuple[]; rowAttribute?: "data-county" | "data-municipality" }) {
  return (
    <>
      {rows.map(([id, name, note, headerHref, count, countLink]) => (
        <tr key={id} {...(rowAttribute ? { [rowAttribute]: id } : {})}>
          <th scope="row" className="font-normal">
            {headerHref ? (
              <a className="ds-link" href={headerHref}>
                {name}
              </a>
            ) : (
              name
            )}
            {note !== null && <span className="text-sm">{` (${note})`}</span>}
          </th>
          <td className="text-right">
            {countLink ? (
              <a className="ds-link" href={countLink[0]} aria-label={countLink[1]}>
                {count}
              </a>
            ) : (
              count
            )}
          </td>
        </tr>
      ))}
    </>
  );
}
