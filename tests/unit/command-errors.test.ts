import { z } from "zod";
import { describe, expect, it } from "vitest";
import { UnauthenticatedError } from "@/lib/auth/actor";
import { CommandError, FORM_HAS_ERRORS, parseOrThrow, validationError } from "@/lib/commands/errors";
import { fieldsOf, formStateOf } from "@/lib/commands/form-state";

describe("the one mapping from CommandError to form state", () => {
  it("gives a message for a refusal and nothing else", () => {
    expect(formStateOf(new UnauthenticatedError("disabled"))).toEqual({ ok: false, message: "Du må logge inn for å gjøre dette." });
    expect(formStateOf(new CommandError("forbidden", "Nei."))).toEqual({ ok: false, message: "Nei." });
    expect(formStateOf(new CommandError("not_found", "Fant ikke prosjektet."))).toEqual({ ok: false, message: "Fant ikke prosjektet." });
  });

  it("carries field errors of a validation error, and who changed what in a conflict", () => {
    expect(formStateOf(validationError("Feil.", { title: ["kan ikke være tom"] }))).toEqual({ ok: false, message: "Feil.", fieldErrors: { title: ["kan ikke være tom"] } });
    const conflict = { currentVersion: 3, changed: ["summary"], changedBy: ["Kari"] };
    expect(formStateOf(new CommandError("conflict", "Ikke lagret.", { conflict }))).toEqual({ ok: false, message: "Ikke lagret.", conflict });
  });

  it("lets any other error through as a server error", () => {
    const bug = new TypeError("x is undefined");
    expect(() => formStateOf(bug)).toThrow(bug);
  });
});

describe("parsing a command's input", () => {
  const schema = z.object({ title: z.string().min(1, "kan ikke være tom"), rows: z.array(z.object({ url: z.url("må være en adresse") })) });

  it("returns the parsed value, or one validation error with every field's message by path", () => {
    expect(parseOrThrow(schema, { title: "T", rows: [] })).toEqual({ title: "T", rows: [] });
    const error = (() => {
      try {
        parseOrThrow(schema, { title: "", rows: [{ url: "x" }] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ code: "validation", message: FORM_HAS_ERRORS, fieldErrors: { title: ["kan ikke være tom"], "rows.0.url": ["må være en adresse"] } });
  });
});

describe("decoding a posted form", () => {
  it("keeps only the named fields, and every value of a repeated one", () => {
    const form = new FormData();
    form.append("email", "a@example.no");
    form.append("counties", "55");
    form.append("counties", "18");
    form.append("$ACTION_ID_abc", "");
    form.append("admin", "true");
    expect(fieldsOf(form, ["email", "role"], ["counties"])).toEqual({ email: "a@example.no", counties: ["55", "18"] });
  });
});
