import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { findMunicipalityLikeness } from "@/lib/places/municipality-queries";

/**
 * "Like my municipality": a reader's own municipality, remembered in a cookie (no account). It
 * holds a municipality number and nothing else; the lists it narrows keep their own shareable URLs.
 */
export const MY_MUNICIPALITY_COOKIE = "min-kommune";
export const MY_MUNICIPALITY_MAX_AGE = 60 * 60 * 24 * 365;

export const ZMunicipalityNumber = z.string().regex(/^\d{4}$/);

/** Where to go back to after choosing: a path on this site only (never `//host` or a URL). */
export const ZReturnPath = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/);

export const ZMyMunicipalityForm = z.discriminatedUnion("handling", [
  z.object({ handling: z.literal("velg"), kommune: ZMunicipalityNumber, tilbake: ZReturnPath.catch("/prosjekter") }),
  z.object({ handling: z.literal("glem"), tilbake: ZReturnPath.catch("/prosjekter") }),
]);

/** The reader's municipality with its band and trend, or null if none is chosen (or it is unknown). */
export async function readMyMunicipality() {
  const value = (await cookies()).get(MY_MUNICIPALITY_COOKIE)?.value;
  const number = ZMunicipalityNumber.safeParse(value);
  return number.success ? findMunicipalityLikeness(number.data) : null;
}
