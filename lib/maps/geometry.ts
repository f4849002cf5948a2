import "server-only";
import counties from "@/lib/maps/geometry/counties.json";
import municipalities from "@/lib/maps/geometry/municipalities.json";
import type { TMapGeometry } from "@/lib/maps/geometry-types";

/**
 * The projected, simplified boundaries, built once by lib/maps/build-geometry.ts from Kartverket's
 * data (CC BY 4.0) and committed: pages only pair them with counts, nothing is projected per request.
 */
export const countyGeometry: TMapGeometry = counties;

export function municipalityGeometry(countyNumber: string): TMapGeometry | null {
  return (municipalities as Record<string, TMapGeometry>)[countyNumber] ?? null;
}

/** The attribution the licence asks for, shown under every map. */
export const MAP_ATTRIBUTION = "Kartgrunnlag: © Kartverket (CC BY 4.0)";
