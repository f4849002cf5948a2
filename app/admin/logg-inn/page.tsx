import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SIGN_IN_THROTTLED } from "@/lib/auth/options";
import { readCsrfToken, safeCallbackUrl } from "@/lib/auth/csrf";
import { getCurrentActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Logg inn", robots: { index: false } };

const errorMessages: Record<string, string> = {
  CredentialsSignin: "Feil e-postadresse eller passord. Prøv igjen.",
  [SIGN_IN_THROTTLED]: "For mange mislykkede innlogginger. Vent 15 minutter før du prøver igjen.",
  SessionRequired: "Du må logge inn for å se denne siden.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentActor()) redirect(callbackUrl);
  const csrfToken = await readCsrfToken();
  if (!csrfToken) {
    // next-auth sets its CSRF cookie on /api/auth/signin and sends the browser back here with an
    // absolute callbackUrl. Back without the cookie means the browser refuses cookies: say so
    // rather than redirect for ever.
    const cameBack = typeof params.callbackUrl === "string" && /^https?:/.test(params.callbackUrl);
    if (!cameBack) redirect(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    return (
      <div className="mx-auto max-w-md">
        <h1 className="ds-heading" data-size="lg">
          Logg inn
        </h1>
        <div className="ds-alert mt-4" data-color="warning" role="alert">
          <p className="ds-paragraph">Innlogging krever at nettleseren tillater informasjonskapsler (cookies) fra denne siden. Slå dem på og last siden på nytt.</p>
        </div>
      </div>
    );
  }
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const error = errorCode ? (errorMessages[errorCode] ?? "Innloggingen mislyktes. Prøv igjen.") : undefined;

  return (
    <div className="mx-auto max-w-md">
      <h1 className="ds-heading" data-size="lg">
        Logg inn
      </h1>
      <p className="ds-paragraph">For fylkeskontakter, rådgivere og redaksjonen i Distriktssenteret.</p>
      {error && (
        <div className="ds-alert mt-4" data-color="danger" role="alert" id="innlogging-feil">
          <p className="ds-paragraph">{error}</p>
        </div>
      )}
      <form method="post" action="/api/auth/callback/credentials" className="mt-6 flex flex-col gap-4">
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className="ds-field">
          <label className="ds-label" htmlFor="email">
            E-postadresse
          </label>
          <input
            className="ds-input"
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            aria-describedby={error ? "innlogging-feil" : undefined}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="password">
            Passord
          </label>
          <input
            className="ds-input"
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-describedby={error ? "innlogging-feil" : undefined}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div>
          <button type="submit" className="ds-button" data-variant="primary">
            Logg inn
          </button>
        </div>
      </form>
    </div>
  );
}
