import crypto from "node:crypto";
import { writeAudit } from "@/lib/audit/write-audit";
import { readProjectSnapshot } from "@/lib/content/snapshot";
import { envValue } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { HONEYPOT_FIELD, zSuggestionForm, type TSuggestion } from "@/lib/intake/schemas";
import { purgeExpiredIntakeData } from "@/lib/intake/purge";
import { slugify } from "@/lib/slug";

/**
 * A suggestion from /meld-inn-prosjekt (no account): a `kandidat` project with its triage record
 * (intake_suggestion, status new) and the suggester's personal data (intake_contact), all in one
 * transaction with the submission record the limits count. Nothing is half-saved: a refusal
 * (validation, limit) writes nothing but the refusal's audit row.
 */

/** Per client address, and for the whole site, in a rolling 24 hours. */
export const INTAKE_RATE = { perAddress: 5, perDay: 200, windowMs: 24 * 60 * 60 * 1000 } as const;

export type TIntakeLimits = { perAddress: number; perDay: number };

/** The limits in force: INTAKE_MAX_PER_ADDRESS / INTAKE_MAX_PER_DAY (validated at start-up), else the defaults. */
export function intakeLimits(): TIntakeLimits {
  const read = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value.trim()) && Number(value) >= 1 ? Number(value) : fallback);
  return { perAddress: read(envValue("INTAKE_MAX_PER_ADDRESS"), INTAKE_RATE.perAddress), perDay: read(envValue("INTAKE_MAX_PER_DAY"), INTAKE_RATE.perDay) };
}

export type TSubmitOutcome =
  | { ok: true; projectId: number; honeypot: false }
  /** The honeypot was filled: answered like a success (a bot learns nothing), nothing stored. */
  | { ok: true; projectId: null; honeypot: true }
  | { ok: false; code: "validation"; fieldErrors: Record<string, string[]>; values: Record<string, unknown> }
  | { ok: false; code: "rate_limited" | "daily_cap" };

/**
 * A keyed hash of the client address, so the limit can count an address without storing it.
 * The key is the site's secret; the rows are deleted after two days.
 */
export function hashAddress(address: string): string {
  const key = envValue("NEXTAUTH_SECRET") ?? "kunnskapsbanken-intake";
  return crypto.createHmac("sha256", key).update(`intake:${address}`).digest("hex");
}

/** zod issues → field → message codes (lib/i18n/messages/*\/intake.json, `errors.*`). */
function codesOf(error: { issues: { path: PropertyKey[]; message: string }[] }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    const code = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
    const list = (out[key] ??= []);
    if (!list.includes(code)) list.push(code);
  }
  return out;
}

function slugFor(title: string): string {
  const base = slugify(title).slice(0, 90).replace(/-+$/, "") || "forslag";
  return `innmeldt-${base}-${crypto.randomBytes(3).toString("hex")}`;
}

export async function submitSuggestion(
  db: PrismaClient,
  raw: Record<string, unknown>,
  options: { clientAddress: string | null; now?: Date; limits?: TIntakeLimits; /** The form's language: the decision mails are written in it. */ language?: "nb" | "nn" },
): Promise<TSubmitOutcome> {
  const now = options.now ?? new Date();
  const limits = options.limits ?? intakeLimits();
  // A person never sees the honeypot field; whatever fills it is answered like a success.
  const trap = raw[HONEYPOT_FIELD];
  if (trap !== undefined && trap !== null && trap !== "") return { ok: true, projectId: null, honeypot: true };
  const parsed = zSuggestionForm.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "validation", fieldErrors: codesOf(parsed.error), values: raw };
  const input: TSuggestion = parsed.data;

  // Personal data past its time goes first, on every submission (and when the queue is read).
  await purgeExpiredIntakeData(db, now);

  const addressHash = options.clientAddress ? hashAddress(options.clientAddress) : null;
  const since = new Date(now.getTime() - INTAKE_RATE.windowMs);
  type TTxResult = { ok: true; projectId: number } | { ok: false; code: "rate_limited" | "daily_cap" } | { ok: false; code: "validation"; fieldErrors: Record<string, string[]> };
  const result = await db.$transaction(async (tx): Promise<TTxResult> => {
    // One submission at a time decides against the counts, so concurrent posts cannot pass a limit together.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kb.intake.submit'))`;
    if (addressHash) {
      const fromAddress = await tx.intakeSubmission.count({ where: { addressHash, at: { gt: since } } });
      if (fromAddress >= limits.perAddress) return { ok: false, code: "rate_limited" };
    }
    const today = await tx.intakeSubmission.count({ where: { at: { gt: since } } });
    if (today >= limits.perDay) return { ok: false, code: "daily_cap" };

    const municipalities = await tx.municipality.findMany({ where: { number: { in: input.municipalities } }, select: { number: true } });
    const focusAreas = await tx.focusArea.findMany({ where: { slug: { in: input.focusAreas } }, select: { id: true, slug: true } });
    const fieldErrors: Record<string, string[]> = {};
    if (municipalities.length !== input.municipalities.length) fieldErrors.municipalities = ["municipalityUnknown"];
    if (focusAreas.length !== input.focusAreas.length) fieldErrors.focusAreas = ["focusAreaUnknown"];
    if (Object.keys(fieldErrors).length) return { ok: false, code: "validation", fieldErrors };

    const project = await tx.project.create({
      data: {
        slug: slugFor(input.title),
        title: input.title,
        summary: input.summary,
        status: input.status,
        state: "kandidat",
        sources: input.links.map((url) => ({ title: "Lenke fra innmelder", url })),
        municipalities: { create: input.municipalities.map((municipalityNumber) => ({ municipalityNumber })) },
        focusAreas: { create: focusAreas.map((f) => ({ focusAreaId: f.id })) },
        intake: {
          create: {
            submittedAt: now,
            contact: { create: { name: input.name, email: input.email, role: input.role, consent: input.consent, createdAt: now, language: options.language ?? "nb" } },
          },
        },
      },
      select: { id: true },
    });
    // Version 1 in the project's history, by nobody (the suggester has no account).
    const snapshot = await readProjectSnapshot(tx, project.id);
    await tx.revision.create({
      data: { entityType: "project", entityId: project.id, version: 1, userId: null, snapshot: snapshot as unknown as Prisma.InputJsonObject, changed: [], comment: "Meldt inn på /meld-inn-prosjekt" },
    });
    await tx.intakeSubmission.create({ data: { addressHash, at: now } });
    await writeAudit(tx, { action: "intake.submit", outcome: "success", entityType: "project", entityId: project.id, details: { municipalities: input.municipalities } });
    return { ok: true, projectId: project.id };
  });
  if (!result.ok) {
    await writeAudit(db, { action: "intake.submit", outcome: "refused", details: { reason: result.code } });
    return result.code === "validation" ? { ok: false, code: "validation", fieldErrors: result.fieldErrors, values: raw } : { ok: false, code: result.code };
  }
  return { ok: true, projectId: result.projectId, honeypot: false };
}
