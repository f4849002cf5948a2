import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { CommandError, FORBIDDEN_MESSAGE, FORM_HAS_ERRORS } from "@/lib/commands/errors";
import { formStateOf, localizeFormState } from "@/lib/commands/form-state";
import { isKnownServerMessage, translateServerMessage } from "@/lib/i18n/server-messages";
import { zProjectSave, zProjectState } from "@/lib/projects/schemas";
import { zNewUser, zUserUpdate } from "@/lib/users/schemas";
import { zFocusAreaCreate, zFocusAreaMerge, zTagMerge } from "@/lib/taxonomy/schemas";
import { zSynonymCreate } from "@/lib/search-synonyms/schemas";
import { zReportSave } from "@/lib/reports/schemas";

// The data layer writes its messages in bokmål; lib/i18n/server-messages.ts says them in nynorsk
// at the form-state boundary, from the catalogue in nb/admin.json and nn/admin.json.

describe("translateServerMessage", () => {
  it("translates fixed messages and leaves bokmål as it is", () => {
    expect(translateServerMessage(FORBIDDEN_MESSAGE, "nn")).toBe("Du har ikkje tilgang til å gjere dette.");
    expect(translateServerMessage(FORM_HAS_ERRORS, "nn")).toBe("Skjemaet har feil. Rett dei og prøv igjen.");
    expect(translateServerMessage(FORBIDDEN_MESSAGE, "nb")).toBe(FORBIDDEN_MESSAGE);
  });

  it("carries the values of a message over", () => {
    expect(translateServerMessage("er for lang (høyst 3000 tegn)", "nn")).toBe("er for lang (høgst 3000 teikn)");
    expect(translateServerMessage("Fant ikke versjon 7 av prosjektet.", "nn")).toBe("Fann ikkje versjon 7 av prosjektet.");
    expect(translateServerMessage("Bodø (1804) ligger ikke i fylket ditt (Troms). Du kan bare registrere og endre prosjekter i kommuner i ditt fylke.", "nn")).toBe(
      "Bodø (1804) ligg ikkje i fylket ditt (Troms). Du kan berre registrere og endre prosjekt i kommunar i fylket ditt.",
    );
  });

  it("translates known words inside a message: field names, roles, the missing parts", () => {
    expect(
      translateServerMessage(
        "Ikke lagret: En annen bruker lagret prosjektet mens du redigerte (nå versjon 4). Endret av dem: tittel, sammendrag, kilder. Det du skrev står fortsatt i skjemaet. Åpne prosjektet på nytt i en ny fane, se hva som er endret, og før inn endringene dine der.",
        "nn",
      ),
    ).toBe(
      "Ikkje lagra: Ein annan brukar lagra prosjektet medan du redigerte (no versjon 4). Endra av dei: tittel, samandrag, kjelder. Det du skreiv, står framleis i skjemaet. Opne prosjektet på nytt i ei ny fane, sjå kva som er endra, og før inn endringane dine der.",
    );
    expect(translateServerMessage("Prosjektet kan ikke publiseres ennå. Det mangler: sammendrag, minst én kilde.", "nn")).toBe(
      "Prosjektet kan ikkje publiserast enno. Det manglar: samandrag, minst éi kjelde.",
    );
  });

  it("leaves a message it does not know as it is", () => {
    expect(translateServerMessage("Noe helt annet.", "nn")).toBe("Noe helt annet.");
  });
});

describe("localizeFormState", () => {
  it("puts the message and every field error in nynorsk", () => {
    const state = formStateOf(new CommandError("validation", FORM_HAS_ERRORS, { fieldErrors: { title: ["kan ikke være tom"], endYear: ["kan ikke være før startår"] } }));
    expect(localizeFormState(state, "nn")).toEqual({
      ok: false,
      message: "Skjemaet har feil. Rett dei og prøv igjen.",
      fieldErrors: { title: ["kan ikkje vere tom"], endYear: ["kan ikkje vere før startåret"] },
    });
    expect(localizeFormState(state, "nb")).toEqual(state);
  });
});

describe("the catalogue knows every message the form schemas give", () => {
  const messagesOf = (schema: z.ZodType, input: unknown) => {
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  };
  const cases: [string, z.ZodType, unknown][] = [
    ["project, empty", zProjectSave, { project: {} }],
    [
      "project, wrong values",
      zProjectSave,
      {
        id: "x",
        project: {
          title: "",
          slug: "Ugyldig slug!",
          summary: 5,
          startYear: 1800,
          endYear: 1700,
          status: "x",
          municipalities: ["12"],
          funding: [{ programme: "", amountNok: -1 }],
          sources: [{ title: "", url: "ftp://x" }],
          lastCheckedAt: "i går",
        },
      },
    ],
    ["project state", zProjectState, { id: 0, version: "x", state: "x" }],
    ["new user", zNewUser, { email: "x", name: "", role: "county_contact", password: "kort", counties: [] }],
    ["user role", zUserUpdate, { id: 1, role: "adviser", counties: ["55"] }],
    ["focus area", zFocusAreaCreate, { name: "", slug: "", summary: "" }],
    ["focus-area merge", zFocusAreaMerge, { fromId: 1, intoId: 1 }],
    ["tag merge", zTagMerge, { fromId: 1, intoId: 1 }],
    ["synonym", zSynonymCreate, { term: "bolig", equivalent: "bolig" }],
    ["report", zReportSave, { title: "", year: "x", kind: "x", url: "x", authors: "x" }],
  ];
  for (const [name, schema, input] of cases) {
    it(name, () => {
      const unknown = messagesOf(schema, input).filter((message) => !isKnownServerMessage(message));
      expect(unknown).toEqual([]);
    });
  }
});
