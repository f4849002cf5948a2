/** One drawable area of a map: its official number, name, SVG path and a point inside it. */
export type TMapArea = { id: string; name: string; d: string; cx: number; cy: number; small?: boolean };

/** A projected map: the SVG viewBox ("x y width height") and its areas, sorted by number. */
export type TMapGeometry = { viewBox: string; areas: TMapArea[] };
