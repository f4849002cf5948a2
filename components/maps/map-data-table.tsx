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
 * The numbers behind a map or chart as a table: one row per area or category, its count linked to
 * the list it stands for. The same table beside the county map (/fylker), a county's municipality
 * map (/fylker/[slug]) and the charts of /hva-virker, so the figures read the same everywhere and
 * the map's colours never carry the numbers alone (WCAG 1.4.1). The rows are drawn by a client
 * component from tuples (MapDataRows), so the React payload carries each row once, not its markup.
 */
export function MapDataTable({
  caption,
  rowHeading,
  rows,
  rowAttribute,
  compact = false,
}: {
  caption: ReactNode;
  rowHeading: string;
  rows: TMapDataRow[];
  /** A data attribute carrying each row's id (e2e tests compare the table with the map). */
  rowAttribute?: "data-county" | "data-municipality";
  /** Small type and width, for the tables under the charts. */
  compact?: boolean;
}) {
  const t = useTranslations("labels");
  const locale = useLocale();
  return (
    <table className={compact ? "ds-table max-w-xs text-sm" : "ds-table"} data-border data-size={compact ? "sm" : undefined}>
      <caption className={compact ? "text-left" : "ds-heading text-left"} data-size={compact ? undefined : "2xs"}>
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
