import { describe, expect, it } from "vitest";
import { isWithinLifetime, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { MAX_PAGE, parsePageParam } from "@/lib/http/page-param";

describe("parsePageParam", () => {
  it.each([
    ["3", 3],
    [" 12 ", 12],
    ["1e300", 1],
    ["-1", 1],
    ["0", 1],
    ["99999999999999999999", 1],
    ["999999", MAX_PAGE],
    ["NaN", 1],
    ["\u0000", 1],
    [["2", "3"], 1],
    [undefined, 1],
  ])("%j → %i", (value, expected) => expect(parsePageParam(value)).toBe(expected));
});

describe("isWithinLifetime", () => {
  const now = 1_800_000_000;
  it("lasts 8 hours from sign-in, then ends", () => {
    expect(isWithinLifetime(now - SESSION_MAX_AGE_SECONDS + 1, now)).toBe(true);
    expect(isWithinLifetime(now - SESSION_MAX_AGE_SECONDS, now)).toBe(false);
  });
  it("refuses tokens without a sign-in time, or from the future", () => {
    expect(isWithinLifetime(undefined, now)).toBe(false);
    expect(isWithinLifetime("0", now)).toBe(false);
    expect(isWithinLifetime(now + 3600, now)).toBe(false);
  });
});
