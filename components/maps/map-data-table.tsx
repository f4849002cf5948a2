import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { localizePath } from "@/lib/i18n/locale";
import { MapDataRows } from "@/components/maps/map-data-rows";

export type TMapDataRow = {
  /** Stable key; also the value of the row's data attribute, when the table names one. */
  id: string;
  /** The area or category: the row's heading, and the count link's name ("Troms: 12 eksempler"). */
  name: string;
  /** Where the name leads (its own page); absent: plain text. */
  headerHref?: string | null;
  /** Said after the name in small type (a municipality's number). */
  note?: string;
  count: number;
  /** Where the count leads (the filtered list); null or absent: the count is plain text. */
  href?: string | null;
};

/**
 * The numbers behind a map as a table: one row per area, its count linked to the list it stands
 * for. The same table beside the county map (/fylker) and a county's municipality map
 * (/fylker/[slug]), so the figures read the same everywhere and the map's colours never carry the
 * numbers alone (WCAG 1.4.1). The rows are drawn by a client component from tuples
 * (MapDataRows), so the React payload carries each row once, not its markup. The charts of
 * /hva-virker have a compact twin, CountTable (components/analysis/charts.tsx), whose rows are MapDataRows too.
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
  const locale = useLocale();
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
        <MapDataRows
          rowAttribute={rowAttribute}
          rows={rows.map((row) => [
            row.id,
            row.name,
            row.note ?? null,
            row.headerHref ? localizePath(row.headerHref, locale) : null,
            row.count,
            row.href ? [localizePath(row.href, locale), `${row.name}: ${t("examples", { count: row.count })}`] : null,
          ])}
        />
      </tbody>
    </table>
  );
}
