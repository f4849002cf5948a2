/**
 * Builds the map geometry once, from Kartverket's boundaries (../shared/data/geo/, CC BY 4.0),
 * into lib/maps/geometry/*.json: projected, simplified SVG path strings that the pages draw as
 * they are. Run it again only when the boundaries change:
 *
 *   npm run map:build [-- --from ../shared/data/geo]
 *
 * Projection: transverse Mercator centred on 15° E (close to UTM 33, the projection Norwegian
 * national maps use), so the country is not stretched as raw longitude/latitude would be.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { geoBounds, geoPath, geoTransverseMercator, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import { filter, filterWeight, presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { TMapArea, TMapGeometry } from "@/lib/maps/geometry-types";
import { compactPath } from "@/lib/maps/compact-path";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const fromIndex = process.argv.indexOf("--from");
const fromArg = fromIndex > 0 ? process.argv[fromIndex + 1] : undefined;
if (fromIndex > 0 && fromArg === undefined) throw new Error("--from trenger en mappe med TopoJSON-filene");
const sourceDir = fromArg !== undefined ? path.resolve(fromArg) : path.resolve(repoRoot, "../shared/data/geo");
const outDir = path.join(repoRoot, "lib/maps/geometry");

/** Drawing width in SVG user units; the SVG scales to its container. */
const WIDTH = 400;
/**
 * Simplification, in square drawing units: a point that changes the outline by less than
 * POINT_PX is dropped, an island smaller than RING_PX too. The county map (an overview on the
 * front page and /fylker) takes 4 and 12, a county's municipalities 3 and 10: the shapes a reader
 * looks for stay, at a fraction of the bytes of 0.5 and 4 (with whole units and relative
 * segments: counties.json 50 → 6 KB, Troms' municipalities 35 → 8 KB; issue 10: the front page's map was
 * half its weight, as every path is sent twice, in the HTML and in the React payload).
 */
const COUNTY_POINT_PX = 4;
const COUNTY_RING_PX = 12;
const POINT_PX = 3;
const RING_PX = 10;
const SMALL_PX = 30;

type TProps = Record<string, string>;
type TTopology = Topology<{ [key: string]: GeometryCollection<TProps> }>;

/** A property every area of the source files has (its number and name); a missing one is a wrong file. */
function prop(p: TProps, key: string): string {
  const value = p[key];
  if (value === undefined) throw new Error(`kartfila mangler feltet «${key}» i et område`);
  return value;
}

/** The named object of a topology; a missing one is a wrong file. */
function objectOf(topology: TTopology, object: string): GeometryCollection<TProps> {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`kartfila har ikke objektet «${object}»`);
  return collection;
}

function read(file: string): TTopology {
  const topology = JSON.parse(readFileSync(path.join(sourceDir, file), "utf8")) as TTopology;
  // Triangle areas with longitude shrunk by cos(latitude), so a weight means the same area in
  // Finnmark as in Agder (units: squared degrees of latitude).
  return presimplify(topology, (triangle) => {
    const k = Math.cos((((triangle[0][1] + triangle[1][1] + triangle[2][1]) / 3) * Math.PI) / 180);
    const [[ax, ay], [bx, by], [cx, cy]] = triangle;
    return Math.abs((bx - ax) * k * (cy - ay) - (cx - ax) * k * (by - ay)) / 2;
  });
}

/** Shoelace area of a ring in longitude/latitude: positive when counter-clockwise. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  let [px = 0, py = 0] = ring.at(-1) ?? [];
  for (const [x = 0, y = 0] of ring) {
    sum += (px - x) * (py + y);
    [px, py] = [x, y];
  }
  return sum / 2;
}

/**
 * d3-geo reads polygons on the sphere, where the winding says which side is inside: outer rings
 * must run clockwise and holes counter-clockwise (the opposite of RFC 7946, which the source
 * files follow). Otherwise an area becomes "the whole Earth except this municipality".
 */
function rewind<T extends Feature<Geometry, TProps>>(f: T): T {
  const fix = (rings: Position[][]) => rings.map((ring, i) => ((ringArea(ring) > 0) === (i === 0) ? [...ring].reverse() : ring));
  const g = f.geometry;
  if (g.type === "Polygon") return { ...f, geometry: { ...g, coordinates: fix(g.coordinates) } };
  if (g.type === "MultiPolygon") return { ...f, geometry: { ...g, coordinates: g.coordinates.map(fix) } };
  return f;
}

/**
 * Projects the areas of `object` accepted by `keep` to fit WIDTH × height, simplified for that
 * scale: points that make less than `pointPx` square pixels of difference are dropped, and rings
 * (small islands) under `ringPx` square pixels too.
 */
function buildMap(topology: TTopology, object: string, keep: (p: TProps) => boolean, ids: [string, string], height: number, pointPx: number, ringPx: number): TMapGeometry {
  const all = feature(topology, objectOf(topology, object)) as FeatureCollection<Geometry, TProps>;
  const chosen: FeatureCollection<Geometry, TProps> = { type: "FeatureCollection", features: all.features.filter((f) => keep(f.properties)).map(rewind) };
  const extent: [[number, number], [number, number]] = [
    [2, 2],
    [WIDTH - 2, height - 2],
  ];
  const fitted = geoTransverseMercator().rotate([-15, 0]).fitExtent(extent, chosen as GeoPermissibleObjects);
  // Degrees of latitude per pixel at this scale, from the drawn and the geographic height.
  const [[, py0], [, py1]] = geoPath(fitted).bounds(chosen as GeoPermissibleObjects);
  const [[, lat0], [, lat1]] = geoBounds(chosen as GeoPermissibleObjects);
  const pixelArea = ((lat1 - lat0) / (py1 - py0)) ** 2;

  const simple = simplify(topology, pointPx * pixelArea);
  const filtered = filter(simple, filterWeight(simple, ringPx * pixelArea)) as TTopology;
  // Whole drawing units: a unit is about a pixel where the maps are shown, and a shared border
  // rounds the same way on both sides, so no gaps open between areas.
  const draw = geoPath(fitted).digits(0);
  // A municipality made only of small islands (Træna) would vanish when simplified: keep it unsimplified.
  const simplified = new Map(
    (feature(filtered, objectOf(filtered, object)) as FeatureCollection<Geometry, TProps>).features
      .filter((f) => f.geometry !== null && f.properties)
      .map((f) => [f.properties[ids[0]], f]),
  );
  const features = chosen.features.map((f) => {
    const simple = simplified.get(f.properties[ids[0]]);
    return simple && draw(rewind(simple)) ? rewind(simple) : f;
  });
  const [[x0, y0], [x1, y1]] = draw.bounds({ type: "FeatureCollection", features } as GeoPermissibleObjects);
  const areas: TMapArea[] = features
    .map((f) => {
      const [cx, cy] = draw.centroid(f);
      // Areas too small to see or point at get a marker (a circle) drawn over them.
      const small = draw.area(f) < SMALL_PX;
      return { id: prop(f.properties, ids[0]), name: prop(f.properties, ids[1]), d: compactPath(draw(f) ?? ""), cx: Math.round(cx), cy: Math.round(cy), ...(small ? { small } : {}) };
    })
    .filter((a) => a.d !== "")
    .sort((a, b) => a.id.localeCompare(b.id));
  return { viewBox: [Math.floor(x0) - 2, Math.floor(y0) - 2, Math.ceil(x1 - x0) + 4, Math.ceil(y1 - y0) + 4].join(" "), areas };
}

function main() {
  mkdirSync(outDir, { recursive: true });
  const counties = read("fylker-2024-s.topojson");
  const countyMap = buildMap(counties, "Fylker", () => true, ["fylkesnummer", "fylkesnavn"], 520, COUNTY_POINT_PX, COUNTY_RING_PX);
  writeFileSync(path.join(outDir, "counties.json"), JSON.stringify(countyMap));

  const municipalities = read("kommuner-2024-s.topojson");
  const byCounty: Record<string, TMapGeometry> = {};
  for (const { id } of countyMap.areas) {
    byCounty[id] = buildMap(municipalities, "Kommuner", (p) => prop(p, "kommunenummer").slice(0, 2) === id, ["kommunenummer", "kommunenavn"], 460, POINT_PX, RING_PX);
  }
  writeFileSync(path.join(outDir, "municipalities.json"), JSON.stringify(byCounty));

  const size = (file: string) => `${Math.round(readFileSync(path.join(outDir, file)).length / 1024)} KB`;
  console.log(`counties.json ${size("counties.json")} (${countyMap.areas.length} counties), municipalities.json ${size("municipalities.json")}`);
  for (const [number, map] of Object.entries(byCounty)) {
    console.log(`  ${number}: ${map.areas.length} municipalities, ${Math.round(JSON.stringify(map).length / 1024)} KB`);
  }
}

main();
