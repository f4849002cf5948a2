import crypto from "node:crypto";

/**
 * A refused suggestion is shown again on its own page, with status 4xx, what was typed and the
 * errors (lib/intake/post.ts fetches the form page from this same process with the draft in a
 * request header). The draft carries personal data, so it never travels in an address or a
 * cookie: it is sealed (AES-256-GCM) with a key that exists only in this process's memory, lives
 * for a minute, and is not stored anywhere.
 */
export const DRAFT_HEADER = "x-kb-intake-draft";
const TTL_MS = 60_000;

export type TDraft = {
  values: {
    title: string;
    municipalities: string[];
    summary: string;
    status: string;
    focusAreas: string[];
    links: string;
    name: string;
    email: string;
    role: string;
    consent: boolean;
  };
  /** Field → message codes (intake.errors.*). */
  fieldErrors: Record<string, string[]>;
  /** A refusal of the whole form (intake.form.*). */
  formError?: "rateLimited" | "dailyCap";
};

const slot = Symbol.for("kunnskapsbanken.intakeDraftKey");
function key(): Buffer {
  const store = globalThis as unknown as Record<symbol, Buffer | undefined>;
  return (store[slot] ??= crypto.randomBytes(32));
}

export function sealDraft(draft: TDraft, now = Date.now()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ exp: now + TTL_MS, draft }), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

export function openDraft(sealed: string | null | undefined, now = Date.now()): TDraft | null {
  if (!sealed || sealed.length > 64_000) return null;
  try {
    const bytes = Buffer.from(sealed, "base64url");
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
    const parsed = JSON.parse(text) as { exp: number; draft: TDraft };
    return parsed.exp >= now ? parsed.draft : null;
  } catch {
    return null;
  }
}

const str = (v: unknown, max: number) => (typeof v === "string" ? v.slice(0, max) : "");
const list = (v: unknown, max: number) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string").slice(0, max).map((x) => x.slice(0, 200)) : []);

/** What was posted, bounded, for echoing back into the form. */
export function draftValues(raw: Record<string, unknown>): TDraft["values"] {
  return {
    title: str(raw.title, 400),
    municipalities: list(raw.municipalities, 20),
    summary: str(raw.summary, 4000),
    status: str(raw.status, 20),
    focusAreas: list(raw.focusAreas, 30),
    links: str(raw.links, 4000),
    name: str(raw.name, 240),
    email: str(raw.email, 300),
    role: str(raw.role, 240),
    consent: raw.consent === "ja",
  };
}
