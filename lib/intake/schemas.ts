import { z } from "zod";
import { projectStatuses } from "@/lib/vocabulary";

/**
 * The public suggestion form (/meld-inn-prosjekt) and the triage commands' inputs.
 *
 * The form's messages are codes (`intake.errors.<code>` in the message files), so each language
 * says them in its own words; everything is bounded, and all text is kept as plain text: no HTML is
 * stored (angle brackets are refused in names, the rest is shown escaped and mailed as text/plain).
 */

export const INTAKE_LIMITS = {
  title: 200,
  summary: 2000,
  municipalities: 10,
  focusAreas: 10,
  links: 5,
  link: 500,
  name: 120,
  email: 254,
  role: 120,
  reason: 2000,
} as const;

/** Control characters other than line breaks and tabs are dropped; lines are trimmed at the ends. */
const clean = (value: string) => value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/\r\n?/g, "\n").trim();

const text = (max: number, tooLong: string) =>
  z
    .string({ error: "required" })
    .transform(clean)
    .pipe(z.string().max(max, tooLong));

const noMarkup = (value: string) => !/[<>]/.test(value);

export const zSuggestionForm = z
  .object({
    title: text(INTAKE_LIMITS.title, "titleTooLong").pipe(z.string().min(3, "titleRequired").refine(noMarkup, "noMarkup")),
    municipalities: z
      .array(z.string().regex(/^\d{4}$/, "municipalityUnknown"), { error: "municipalityRequired" })
      .min(1, "municipalityRequired")
      .max(INTAKE_LIMITS.municipalities, "tooManyMunicipalities")
      .transform((list) => [...new Set(list)]),
    summary: text(INTAKE_LIMITS.summary, "summaryTooLong").pipe(z.string().min(20, "summaryTooShort")),
    status: z.enum(projectStatuses, { error: "statusRequired" }),
    focusAreas: z
      .array(z.string().regex(/^[a-z0-9-]{1,120}$/, "focusAreaUnknown"))
      .max(INTAKE_LIMITS.focusAreas, "tooManyFocusAreas")
      .default([])
      .transform((list) => [...new Set(list)]),
    /** One address per line. */
    links: z
      .string()
      .max(INTAKE_LIMITS.links * (INTAKE_LIMITS.link + 2), "linksTooLong")
      .default("")
      .transform((value) => [...new Set(clean(value).split("\n").map((l) => l.trim()).filter(Boolean))])
      .pipe(
        z
          .array(z.url({ protocol: /^https?$/, error: "linkInvalid" }).max(INTAKE_LIMITS.link, "linkInvalid"))
          .max(INTAKE_LIMITS.links, "tooManyLinks"),
      ),
    name: text(INTAKE_LIMITS.name, "nameTooLong").pipe(z.string().min(2, "nameRequired").refine(noMarkup, "noMarkup")),
    email: z
      .string()
      .transform(clean)
      .pipe(z.union([z.literal(""), z.email("emailInvalid").max(INTAKE_LIMITS.email, "emailInvalid")]))
      .default("")
      .transform((v) => v.toLowerCase()),
    role: text(INTAKE_LIMITS.role, "roleTooLong").pipe(z.string().refine(noMarkup, "noMarkup")).default(""),
    consent: z
      .union([z.literal("ja"), z.literal(""), z.boolean()])
      .default(false)
      .transform((v) => v === "ja" || v === true),
  })
  .refine((v) => !v.consent || v.email !== "", { path: ["email"], message: "emailNeededForConsent" });

export type TSuggestionForm = z.input<typeof zSuggestionForm>;
export type TSuggestion = z.output<typeof zSuggestionForm>;

/** The form's field names, as posted (the honeypot is `nettsted`, the language `sprak`). */
export const SUGGESTION_FIELDS = ["title", "summary", "status", "links", "name", "email", "role", "consent"] as const;
export const SUGGESTION_LISTS = ["municipalities", "focusAreas"] as const;
export const HONEYPOT_FIELD = "nettsted";

const zId = z.coerce.number({ error: "mangler" }).int("mangler").positive("mangler");

export const zRejectSuggestion = z.object({
  projectId: zId,
  reason: z
    .string({ error: "Skriv en begrunnelse." })
    .transform(clean)
    .pipe(z.string().min(5, "Skriv en begrunnelse (minst 5 tegn).").max(INTAKE_LIMITS.reason, `Begrunnelsen er for lang (høyst ${INTAKE_LIMITS.reason} tegn).`)),
});

/** Merge into an existing example, named by its id or its slug. */
export const zMergeSuggestion = z.object({
  projectId: zId,
  target: z
    .string({ error: "Velg eller skriv inn eksemplet det skal slås sammen med." })
    .trim()
    .min(1, "Velg eller skriv inn eksemplet det skal slås sammen med.")
    .max(120, "Skriv et id-nummer eller en adresse (slug) på høyst 120 tegn."),
});

export const zAcceptSuggestion = z.object({ projectId: zId });

export const zNoticeMode = z.object({ mode: z.enum(["immediate", "daily"], { error: "Velg hvordan du vil varsles." }) });
