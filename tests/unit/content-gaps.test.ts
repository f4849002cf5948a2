import { describe, expect, it } from "vitest";
import { gapSentence, gapsToLines, linesToGaps } from "@/lib/content/gaps";
import { zProjectFile } from "@/lib/content/schemas";

describe("gaps: what the sources do not say", () => {
  it("reads one gap a line, topic before the first colon and the curator's note after it", () => {
    expect(linesToGaps(" finansiering \n\nprosjektperiode: sluttåret er ikke oppgitt: bare «2017»\nresultater:  \n")).toEqual([
      { topic: "finansiering" },
      { topic: "prosjektperiode", note: "sluttåret er ikke oppgitt: bare «2017»" },
      { topic: "resultater" },
    ]);
  });

  it("writes gaps back to the same lines", () => {
    const gaps = [{ topic: "finansiering" }, { topic: "kommuner", note: "kommunelisten viser hele fylket" }];
    expect(linesToGaps(gapsToLines(gaps))).toEqual(gaps);
  });

  it("says the topics in one sentence, each once, and nothing when there are none", () => {
    expect(gapSentence([{ topic: "finansiering" }, { topic: "resultater", note: "ikke lest" }, { topic: "finansiering" }])).toBe(
      "Kildene sier ikke noe om: finansiering, resultater.",
    );
    expect(gapSentence([])).toBeNull();
  });

  it("rejects an empty topic with a Norwegian message", () => {
    const result = zProjectFile.safeParse({
      slug: "p",
      title: "T",
      summary: "S",
      municipalities: ["5501"],
      status: "pagar",
      sources: [{ title: "K" }],
      gaps: [{ topic: " " }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["gaps", 0, "topic"], message: "kan ikke være tom" });
  });
});
