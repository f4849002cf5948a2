import { z } from "zod";
import { parseTrustedProxies } from "@/lib/http/client-address";

/**
 * The environment, validated once. Every entry point (the site, the CLI commands) calls
 * `readEnv()` before it does anything else, so a missing or malformed variable stops start-up
 * with a message that says which one and how to fix it.
 */
const postgresUrl = z
  .string({ error: "mangler" })
  .trim()
  .min(1, "mangler")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "postgresql:" || url.protocol === "postgres:";
    } catch {
      return false;
    }
  }, "må være en PostgreSQL-adresse, f.eks. postgresql://bruker@127.0.0.1:5432/kunnskapsbanken");

const envSchema = z.object({
  DATABASE_URL: postgresUrl,
  NEXTAUTH_SECRET: z
    .string({ error: "mangler" })
    .min(32, "må være minst 32 tegn (lag en med: openssl rand -base64 32)"),
  NEXTAUTH_URL: z.url({ error: "må være en full adresse, f.eks. https://kunnskapsbanken.no" }).optional(),
  PORT: z.coerce
    .number({ error: "må være et tall" })
    .int("må være et heltall")
    .min(1, "må være mellom 1 og 65535")
    .max(65535, "må være mellom 1 og 65535")
    .default(3000),
  TRUSTED_PROXIES: z
    .string()
    .max(4000, "er for lang")
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `er ugyldig: ${(error as Error).message}` });
      }
    }),
  ALLOW_INSECURE_HTTP: z.enum(["0", "1", "true", "false"], { error: "må være 1 eller 0" }).optional(),
  /** Outgoing mail (lib/mail/): smtp:// or smtps://, with user and password in the address. Unset: mails go to the log. */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => {
      if (value === undefined) return true;
      try {
        const url = new URL(value);
        return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
      } catch {
        return false;
      }
    }, "må være en SMTP-adresse, f.eks. smtps://bruker:passord@smtp.example.no:465"),
  /** The sender of every mail, e.g. `Kunnskapsbanken <ikke-svar@distriktssenteret.no>`. */
  MAIL_FROM: z
    .string()
    .trim()
    .max(300, "er for lang")
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || /^[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>$/.test(value), "må være en e-postadresse, f.eks. Kunnskapsbanken <ikke-svar@example.no>"),
  /**
   * The link checker (lib/links/) fetches curator-entered URLs; by default it refuses addresses on
   * this machine and private networks (SSRF). 1 allows them: for tests and intranet sources.
   */
  LINKS_ALLOW_PRIVATE: z.enum(["0", "1", "true", "false"], { error: "må være 1 eller 0" }).optional(),
  /** Suggested projects (lib/intake/submit.ts): at most this many per client address, and in all, in 24 hours. */
  INTAKE_MAX_PER_ADDRESS: z.coerce.number({ error: "må være et tall" }).int("må være et heltall").min(1, "må være minst 1").max(100_000, "må være høyst 100000").optional(),
  INTAKE_MAX_PER_DAY: z.coerce.number({ error: "må være et tall" }).int("må være et heltall").min(1, "må være minst 1").max(1_000_000, "må være høyst 1000000").optional(),
  NODE_ENV: z.string().optional(),
});

/** Served to people over plain http? Only on this machine, or when explicitly allowed. */
const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);
function insecureUrlProblem(env: { NEXTAUTH_URL?: string; ALLOW_INSECURE_HTTP?: string; NODE_ENV?: string }): string | null {
  if (!env.NEXTAUTH_URL || env.NODE_ENV === "development" || env.NODE_ENV === "test") return null;
  const url = new URL(env.NEXTAUTH_URL);
  if (url.protocol === "https:" || localHosts.has(url.hostname) || env.ALLOW_INSECURE_HTTP === "1" || env.ALLOW_INSECURE_HTTP === "true") return null;
  return "må begynne med https:// i produksjon (passord og informasjonskapsler ellers sendes ukryptert); bare localhost og 127.0.0.1 kan bruke http";
}

const checkedSchema = envSchema.superRefine((env, ctx) => {
  const problem = insecureUrlProblem(env);
  if (problem) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: problem });
  if (env.SMTP_URL && !env.MAIL_FROM) ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "mangler (den trengs når SMTP_URL er satt)" });
});

export type Env = z.infer<typeof envSchema>;

const hints: Record<string, string> = {
  DATABASE_URL: "Sett DATABASE_URL, eller la den være tom for å bruke den innebygde databasen med `npm start`.",
  NEXTAUTH_SECRET: "Sett NEXTAUTH_SECRET til en hemmelig, tilfeldig verdi (`npm start` lager en selv når den mangler).",
  PORT: "Sett PORT til et portnummer, f.eks. PORT=3000.",
  NEXTAUTH_URL: "Sett NEXTAUTH_URL til sidens offentlige https-adresse, eller ALLOW_INSECURE_HTTP=1 hvis du virkelig vil bruke http.",
  SMTP_URL: "Sett SMTP_URL til e-posttjenerens adresse, eller la den være tom for å skrive e-postene til loggen.",
  MAIL_FROM: "Sett MAIL_FROM til avsenderadressen, f.eks. MAIL_FROM=\"Kunnskapsbanken <ikke-svar@example.no>\".",
  LINKS_ALLOW_PRIVATE: "Sett LINKS_ALLOW_PRIVATE=1 bare når lenkesjekken skal nå adresser på egen maskin eller eget nett.",
  INTAKE_MAX_PER_ADDRESS: "Sett INTAKE_MAX_PER_ADDRESS til et heltall (innmeldinger per adresse per døgn), eller la den være tom (5).",
  INTAKE_MAX_PER_DAY: "Sett INTAKE_MAX_PER_DAY til et heltall (innmeldinger i alt per døgn), eller la den være tom (200).",
  TRUSTED_PROXIES: "Sett TRUSTED_PROXIES til adressene eller nettene (CIDR) til egne omvendte proxyer, f.eks. TRUSTED_PROXIES=10.0.0.0/8, eller la den være tom.",
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ugyldig miljø:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Validates `source` (default `process.env`) and returns the typed environment, or throws EnvError. */
export function parseEnv(source: Record<string, string | undefined> = process.env, only?: (keyof Env)[]): Env {
  const schema = only ? envSchema.pick(Object.fromEntries(only.map((k) => [k, true])) as { [K in keyof typeof envSchema.shape]?: true }) : checkedSchema;
  const result = schema.safeParse(source);
  if (result.success) return result.data as Env;
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0]);
    return `${key} ${issue.message}. ${hints[key] ?? ""}`.trim();
  });
  throw new EnvError(problems);
}

let cached: Env | undefined;

/** The validated environment of this process (cached). */
export function readEnv(): Env {
  cached ??= parseEnv();
  return cached;
}

/**
 * The variables the running site reads after start-up, by name. readEnv() validated them when the
 * process started (lib/cli/start.ts); app and lib code read them here, never from process.env, so
 * this module is the one list of what the site depends on. (CLI scripts and test runners read
 * their own variables; instrumentation.ts keeps Next's compile-time NEXT_RUNTIME check.)
 */
export type TRuntimeVariable =
  | "NEXTAUTH_URL"
  | "NEXTAUTH_SECRET"
  | "TRUSTED_PROXIES"
  | "NODE_ENV"
  /** Set by lib/cli/serve.mjs when it stamps each request with the peer address. */
  | "KB_PEER_ADDRESS_STAMPED"
  /** Set by lib/cli/serve.mjs: the address this process answers on itself (lib/intake/post.ts). */
  | "KB_SELF_ORIGIN"
  | "INTAKE_MAX_PER_ADDRESS"
  | "INTAKE_MAX_PER_DAY"
  /** Set by the benchmark: serves /bench/gulv, the page that reads nothing. */
  | "KB_BENCH_FLOOR";

export function envValue(name: TRuntimeVariable): string | undefined {
  return process.env[name];
}

/** The site's public address (NEXTAUTH_URL), or the local default, without a trailing slash. */
export function publicSiteUrl(): string {
  return (envValue("NEXTAUTH_URL") ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** Whether the site is served over https (start-up refuses plain http outside this machine). */
export function servedOverHttps(): boolean {
  return (envValue("NEXTAUTH_URL") ?? "").startsWith("https://");
}
