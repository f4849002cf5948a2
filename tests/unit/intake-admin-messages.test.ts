import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORBIDDEN_MESSAGE } from "@/lib/commands/errors";
import { isKnownIntakeMessage, translateIntakeMessage } from "@/lib/intake/admin-messages";
import { decisionText } from "@/lib/intake/notify";
import { zMergeSuggestion, zNoticeMode, zRejectSuggestion } from "@/lib/intake/schemas";

// The triage queue's command messages are written in bokmål; lib/intake/admin-messages.ts says
// them in nynorsk from intake.admin.server in nb/intake.json and nn/intake.json.

describe("translateIntakeMessage", () => {
  it("translates the intake's messages, with the numbers they carry, and leaves bokmål as it is", () => {
    expect(translateIntakeMessage("Innmeldingen er allerede behandlet.", "nn")).toBe("Innmeldinga er alt behandla.");
    expect(translateIntakeMessage("Begrunnelsen er for lang (høyst 2000 tegn).", "nn")).toBe("Grunngivinga er for lang (høgst 2000 teikn).");
    expect(translateIntakeMessage("Innmeldingen er allerede behandlet.", "nb")).toBe("Innmeldingen er allerede behandlet.");
  });

  it("hands the shared messages on to the admin's catalogue, and leaves unknown text alone", () => {
    expect(translateIntakeMessage(FORBIDDEN_MESSAGE, "nn")).toBe("Du har ikkje tilgang til å gjere dette.");
    expect(translateIntakeMessage("Noe helt annet.", "nn")).toBe("Noe helt annet.");
  });
});

describe("the catalogue knows every message of the triage", () => {
  it("knows each message the triage commands throw", () => {
    const source = fs.readFileSync(path.join(__dirname, "../../lib/intake/commands.ts"), "utf8");
    const thrown = [...source.matchAll(/(?:validationError|notFoundError)\("([^"]+)"(?:, \{ \w+: \["([^"]+)"\] \})?/g)].flatMap((m) => [m[1], m[2]]).filter((t): t is string => Boolean(t));
    expect(thrown.length).toBeGreaterThanOrEqual(10);
    expect(thrown.filter((t) => !isKnownIntakeMessage(t))).toEqual([]);
  });

  it("knows each message the triage forms' schemas give", () => {
    const issues = [
      ...zRejectSuggestion.safeParse({}).error!.issues,
      ...zRejectSuggestion.safeParse({ projectId: "x", reason: "kort" }).error!.issues,
      ...zRejectSuggestion.safeParse({ projectId: 1, reason: "x".repeat(5000) }).error!.issues,
      ...zMergeSuggestion.safeParse({}).error!.issues,
      ...zMergeSuggestion.safeParse({ projectId: 1, target: " " }).error!.issues,
      ...zMergeSuggestion.safeParse({ projectId: 1, target: "x".repeat(200) }).error!.issues,
      ...zNoticeMode.safeParse({ mode: "weekly" }).error!.issues,
    ].map((issue) => issue.message);
    expect(issues.length).toBeGreaterThanOrEqual(8);
    expect(issues.filter((t) => !isKnownIntakeMessage(t))).toEqual([]);
  });
});

describe("the suggester's decision mails", () => {
  it("are written in the language the suggestion was made in", () => {
    const nynorsk = decisionText("Kari", { kind: "rejected", title: "Gatelys", reason: "For nytt." }, "nn");
    expect(nynorsk.text).toContain("Takk for at du melde inn «Gatelys». Vi tek det ikkje med i kunnskapsbanken no. Grunngiving:");
    expect(nynorsk.text).toContain("For nytt.");
    const accepted = decisionText("Kari", { kind: "accepted", title: "Fiber" }, "nn");
    expect(accepted.subject).toBe("Kunnskapsbanken: forslaget ditt «Fiber» skal kartleggjast");
    expect(accepted.text).toContain("(/nn/personvern)");
    const bokmal = decisionText("Kari", { kind: "merged", title: "Fiber", intoTitle: "Fiber til alle", intoUrl: "https://example.no/prosjekter/fiber" });
    expect(bokmal.text).toContain("Prosjektet finnes allerede i kunnskapsbanken som «Fiber til alle»");
    expect(bokmal.text).toContain("(/personvern)");
  });
});
