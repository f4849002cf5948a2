/** Highest page number any list accepts: far past the end of every list, far below any overflow. */
export const MAX_PAGE = 10_000;

/** `?side=` as a page number: digits only, 1..MAX_PAGE; anything else (1e300, -1, arrays, junk) is page 1. */
export function parsePageParam(value: unknown): number {
  if (typeof value !== "string" || !/^\d{1,6}$/.test(value.trim())) return 1;
  return Math.min(MAX_PAGE, Math.max(1, Number(value.trim())));
}
