import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { messages } from "@/lib/i18n/messages";
import { DUE_COUNT_CAP } from "@/lib/users/my-work";

/** The dashboard's heading for the projects due a check: a count that stopped at its cap says "over". */
describe("dashboard.dueForCheck", () => {
  const heading = (locale: "nb" | "nn", count: number, over: boolean) =>
    createTranslator({ locale, messages: messages[locale], namespace: "admin.dashboard" })("dueForCheck", { count, over: over ? "yes" : "no" });

  it("says over 1 000 in bokmål and nynorsk when the count stopped at the cap", () => {
    expect(heading("nb", DUE_COUNT_CAP, true).replace(/\s/g, " ")).toBe("Ikke sjekket på 12 måneder (over 1 000)");
    expect(heading("nn", DUE_COUNT_CAP, true).replace(/\s/g, " ")).toBe("Ikkje sjekka på 12 månader (over 1 000)");
  });

  it("gives an exact count as it is", () => {
    expect(heading("nb", 4, false)).toBe("Ikke sjekket på 12 måneder (4)");
    expect(heading("nn", 0, false)).toBe("Ikkje sjekka på 12 månader (0)");
  });
});
