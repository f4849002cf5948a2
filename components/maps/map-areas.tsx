"use client";

/**
 * A map's areas, drawn from compact tuples. A server component's output is sent twice, in the
 * HTML and again as an element tree in the React payload; as a client component the payload
 * carries only these props (the paths once, no per-area markup), while the server still renders
 * the full SVG, so the map works without JavaScript. Everything is computed by ChoroplethMap.
 */
export type TMapArea = [id: string, d: string, fill: string | null, label: string, href: string | null, count: number, marker: [cx: number, cy: number] | null];

export function MapAreas({ areas, hatch }: { areas: TMapArea[]; hatch: string }) {
  return (
    <>
      {areas.map(([id, d, fill, label, href, count, marker]) => {
        // Presentation is in ChoroplethMap's <style>, once: only areas with none carry a class.
        const areaClass = fill ? undefined : "kb-map-none";
        const paint = fill ?? `url(#${hatch})`;
        const shape = <path className={areaClass} d={d} fill={paint} />;
        // Areas too small to see or point at (islands such as Træna) get a marker over them.
        const dot = marker ? <circle className={areaClass} cx={marker[0]} cy={marker[1]} r="5" fill={paint} /> : null;
        if (!href) {
          return (
            <g key={id} data-area={id} data-count={count}>
              <title>{label}</title>
              {shape}
              {dot}
            </g>
          );
        }
        // No <title> here: the name is the aria-label and, on hover and focus, the visible label
        // (placed in the strip above the map by the <style>).
        return (
          <a key={id} href={href} aria-label={label} data-area={id} data-count={count}>
            {shape}
            {dot}
            <text className="kb-map-label" aria-hidden="true">
              {label}
            </text>
          </a>
        );
      })}
    </>
  );
}
