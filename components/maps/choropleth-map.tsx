import { useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/locale";
import { BACKGROUND, EMPTY_STROKE, shadeClasses, shadeOf, type TShadeClass } from "@/lib/maps/shading";
import type { TMapGeometry } from "@/lib/maps/geometry-types";
import { MapAreas, type TMapArea } from "@/components/maps/map-areas";
import { MAP_ATTRIBUTION } from "@/lib/maps/geometry";

export type TMapDatum = {
  id: string;
  name: string;
  count: number;
  href: string | null;
  /** Said after the count where the link leads somewhere else than the list (e.g. "til kommunesiden"). */
  linkHint?: string;
};

const LABEL_HEIGHT = 30;

/**
 * A server-rendered choropleth: each area shaded by its count, areas with none white, hatched and
 * outlined; each area with a link is a keyboard-reachable <a> whose name, count and a visible
 * label (in a strip above the map) show on hover and focus, with CSS only. No JavaScript.
 */
export function ChoroplethMap({
  geometry,
  data,
  title,
  idPrefix,
  className = "",
}: {
  geometry: TMapGeometry;
  data: TMapDatum[];
  title: string;
  idPrefix: string;
  className?: string;
}) {
  const locale = useLocale();
  const t = useTranslations("labels");
  const byId = new Map(data.map((d) => [d.id, d]));
  const classes = shadeClasses(Math.max(0, ...data.map((d) => d.count)));
  const [x = 0, y = 0, width = 0, height = 0] = geometry.viewBox.split(" ").map(Number);
  const areas = geometry.areas.map((area) => {
    const datum = byId.get(area.id) ?? { id: area.id, name: area.name, count: 0, href: null };
    return { ...area, ...datum, fill: shadeOf(datum.count, classes) };
  });
  // Areas with none last, so their dark outlines are not covered by the neighbours' white borders.
  areas.sort((a, b) => Number(a.fill === null) - Number(b.fill === null));
  const hatch = `${idPrefix}-ingen`;
  const titleId = `${idPrefix}-tittel`;

  return (
    <svg
      viewBox={`${x} ${y - LABEL_HEIGHT} ${width} ${height + LABEL_HEIGHT}`}
      className={`kb-map block h-auto w-full ${className}`}
      aria-labelledby={titleId}
      role="group"
      data-map={idPrefix}
    >
      <title id={titleId}>{title}</title>
      {/* Presentation shared by every area is here once, not on each of them (their stroke, the
          label's place in the strip above the map): the map is drawn into the HTML and again into
          the React payload, so every attribute counts twice. */}
      <style>{`
        .kb-map [data-area] > :is(path, circle) { stroke: ${BACKGROUND}; stroke-width: 0.8px; stroke-linejoin: round; vector-effect: non-scaling-stroke; }
        .kb-map [data-area] > :is(.kb-map-none, circle) { stroke-width: 1.2px; }
        .kb-map [data-area] > .kb-map-none { stroke: ${EMPTY_STROKE}; }
        .kb-map .kb-map-label { fill: #000000; font-size: 15px; font-weight: 600; visibility: hidden; transform: translate(${x + 8}px, ${y - LABEL_HEIGHT + 19}px); }
        .kb-map a:is(:hover, :focus) .kb-map-label { visibility: visible; }
        .kb-map a:is(:hover, :focus) > :is(path, circle) { stroke: #000; stroke-width: 2.5px; }
      `.replace(/\n\s*/g, "")}</style>
      <defs>
        <pattern id={hatch} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
          <rect width="5" height="5" fill={BACKGROUND} />
          <line x1="0" y1="0" x2="0" y2="5" stroke={EMPTY_STROKE} strokeWidth="1.4" />
        </pattern>
      </defs>
      <rect x={x} y={y - LABEL_HEIGHT} width={width} height={height + LABEL_HEIGHT} fill={BACKGROUND} />
      <MapAreas
        hatch={hatch}
        areas={areas.map((area): TMapArea => [
          area.id,
          area.d,
          area.fill,
          `${area.name}: ${t("examples", { count: area.count })}${area.linkHint ? ` – ${area.linkHint}` : ""}`,
          area.href ? localizePath(area.href, locale) : null,
          area.count,
          area.small ? [area.cx, area.cy] : null,
        ])}
      />
    </svg>
  );
}

/** The key to the shades, as text with swatches: never colour alone. */
export function MapLegend({ classes, idPrefix }: { classes: TShadeClass[]; idPrefix: string }) {
  const t = useTranslations("labels");
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("legend")}>
      <li className="flex items-center gap-2">
        <svg width="18" height="18" aria-hidden="true">
          <defs>
            <pattern id={`${idPrefix}-tegn-ingen`} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
              <rect width="5" height="5" fill={BACKGROUND} />
              <line x1="0" y1="0" x2="0" y2="5" stroke={EMPTY_STROKE} strokeWidth="1.4" />
            </pattern>
          </defs>
          <rect x="1" y="1" width="16" height="16" fill={`url(#${idPrefix}-tegn-ingen)`} stroke={EMPTY_STROKE} strokeWidth="1.5" />
        </svg>
        {t("legendNone")}
      </li>
      {classes.map((c) => (
        <li key={c.label} className="flex items-center gap-2">
          <svg width="18" height="18" aria-hidden="true">
            <rect x="1" y="1" width="16" height="16" fill={c.color} />
          </svg>
          {t("legendClass", { label: c.label })}
        </li>
      ))}
    </ul>
  );
}

export function MapAttribution() {
  return <p className="text-sm">{MAP_ATTRIBUTION}</p>;
}

/** Map, legend and attribution together, as one figure (the shades computed once for both). */
export function MapFigure(props: { geometry: TMapGeometry; data: TMapDatum[]; title: string; idPrefix: string; caption?: React.ReactNode; className?: string }) {
  const classes = shadeClasses(Math.max(0, ...props.data.map((d) => d.count)));
  return (
    <figure className="space-y-2">
      <ChoroplethMap {...props} />
      <figcaption className="space-y-1">
        {props.caption}
        <MapLegend classes={classes} idPrefix={props.idPrefix} />
        <MapAttribution />
      </figcaption>
    </figure>
  );
}
