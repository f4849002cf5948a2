import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/components/i18n/link";

export type TMapDataRow = {
  /** Stable key; also the value of the row's data attribute, when the table names one. */
  id: string;
  /** The row's heading cell: the area or category, plain or linked. */
  header: ReactNode;
  /** Its name in words, for the count link's accessible name ("Troms: 12 eksempler"). */
  name: string;
  count: number;
  /** Where the count leads (the filtered list); null or absent: the count is plain text. */
  href?: string | null;
};

/**
 * The numbers behind a map as a table: one row per area, its count linked to the list it stands
 * for. The same table beside the county map (/fylker) and a county's municipality map
 * (/fylker/[slug]), so the figures read the same everywhere and the map's colours never carry the
 * numbers alone (WCAG 1.4.1). The charts of /hva-virker have a compact twin drawn from tuples
 * (CountTable in components/analysis/charts.tsx).
 */
export function MapDataTable({
  caption,
  rowHeading,
  rows,
  rowAttribute,
}: {
  caption: ReactNode;
  rowHeading: string;
  rows: TMapDataRow[];
  /** A data attribute carrying each row's id (e2e tests compare the table with the map). */
  rowAttribute?: "data-county" | "data-municipality";
}) {
  const t = useTranslations("labels");
  return (
    <table className="ds-table" data-border>
      <caption className="ds-heading text-left" data-size="2xs">
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          <th scope="col" className="text-right">
            {t("examplesHeading")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} {...(rowAttribute ? { [rowAttribute]: row.id } : {})}>
            <th scope="row" className="font-normal">
              {row.header}
            </th>
            <td className="text-right">
              {row.href ? (
                <Link className="ds-link" href={row.href} aria-label={`${row.name}: ${t("examples", { count: row.count })}`}>
                  {row.count}
                </Link>
              ) : (
                row.count
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
