/**
 * The value, or a thrown error naming what was missing: for tests that read an element they
 * expect to be there (noUncheckedIndexedAccess types it as possibly undefined), so a missing one
 * fails the test with a clear message instead of a TypeError further on.
 */
export function defined<T>(value: T | undefined, what = "value"): T {
  if (value === undefined) throw new Error(`expected ${what} to be defined`);
  return value;
}
