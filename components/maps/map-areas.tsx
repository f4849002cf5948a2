"use client";

/**
 * A map's areas, drawn from compact tuples. A server component's output is sent twice, in the
 * HTML and again as an element tree in the React payload; as a client component the payload
 * carries only these props (the paths once, no per-area markup), while the server still renders
 * the full SVG, so the map works without JavaScript. Everything is computed by ChoroplethMap.
 */
export type TMapArea = [id: string, d: string, fill: string | null, label: string, href: string | null, count: number, marker: [cx: number, cy: number] | null];

export function MapAreas({ areas, hatch, labelX, labelY }: { areas: TMapArea[]; hatch: string; labelX: number; labelY: number }) {
  return (
    <>
      {areas.map(([id, d, fill, label, href, count, marker]) => {
        const areaClass = fill ? "kb-map-area" : "kb-map-area kb-map-none";
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
        // No <title> here: the name is the aria-label and, on hover and focus, the visible label.
        return (
          <a key={id} href={href} aria-label={label} data-area={id} data-count={count}>
            {shape}
            {dot}
            <g className="kb-map-label" aria-hidden="true">
              <text x={labelX} y={labelY}>
                {label}
              </text>
            </g>
          </a>
        );
      })}
    </>
  );
}
