import { describe, expect, it } from "vitest";
import { draftValues, openDraft, sealDraft, type TDraft } from "@/lib/intake/draft";
import { zSuggestionForm } from "@/lib/intake/schemas";
import { messages } from "@/lib/i18n/messages";

const draft: TDraft = { values: draftValues({ title: "Fiber", name: "Kari", email: "kari@example.no", consent: "ja" }), fieldErrors: { summary: ["summaryTooShort"] } };

describe("the sealed draft of a refused suggestion", () => {
  it("opens what it sealed, within its minute", () => {
    const now = 1_000_000;
    expect(openDraft(sealDraft(draft, now), now + 59_000)).toEqual(draft);
  });
  it("refuses an expired, altered or foreign draft", () => {
    const now = 1_000_000;
    const sealed = sealDraft(draft, now);
    expect(openDraft(sealed, now + 61_000)).toBeNull();
    const flipped = Buffer.from(sealed, "base64url");
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(openDraft(flipped.toString("base64url"), now)).toBeNull();
    expect(openDraft("not a draft", now)).toBeNull();
    expect(openDraft(null, now)).toBeNull();
  });
  it("bounds what it echoes back", () => {
    const values = draftValues({ title: "t".repeat(10_000), municipalities: Array.from({ length: 100 }, () => "5534"), consent: "nei" });
    expect(values.title).toHaveLength(400);
    expect(values.municipalities).toHaveLength(20);
    expect(values.consent).toBe(false);
  });
});

describe("the suggestion form's schema", () => {
  it("says every error as a code both languages have a message for", () => {
    const parsed = zSuggestionForm.safeParse({ title: "", municipalities: ["x"], summary: "", status: "?", focusAreas: ["Ø"], links: "ftp://x", name: "", email: "x", role: "<b>", consent: "ja" });
    expect(parsed.success).toBe(false);
    const codes = new Set(parsed.error!.issues.map((i) => i.message));
    for (const code of codes) {
      expect(Object.keys(messages.nb.intake.errors), code).toContain(code);
      expect(Object.keys(messages.nn.intake.errors), code).toContain(code);
    }
  });
  it("keeps plain text: control characters dropped, lines trimmed, links split and de-duplicated", () => {
    const parsed = zSuggestionForm.parse({
      title: "  Fiber\u0007 til øyene ",
      municipalities: ["5534", "5534"],
      summary: "Kommunen bygde fiber til øyene.\r\nMed støtte.",
      status: "avsluttet",
      links: "https://a.no\n\nhttps://a.no\n https://b.no ",
      name: "Kari",
    });
    expect(parsed.title).toBe("Fiber til øyene");
    expect(parsed.municipalities).toEqual(["5534"]);
    expect(parsed.summary).toBe("Kommunen bygde fiber til øyene.\nMed støtte.");
    expect(parsed.links).toEqual(["https://a.no", "https://b.no"]);
    expect(parsed).toMatchObject({ email: "", role: "", consent: false, focusAreas: [] });
  });
});
