import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SIGN_IN_THROTTLED } from "@/lib/auth/options";
import { readCsrfToken, safeCallbackUrl } from "@/lib/auth/csrf";
import { getCurrentActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title"), robots: { index: false } };
}

// The sign-in page is the one admin page in both languages (/nn/admin/logg-inn): a reader may
// come to it from a nynorsk page.
const errorKeys = { CredentialsSignin: "wrongCredentials", [SIGN_IN_THROTTLED]: "throttled", SessionRequired: "sessionRequired" } as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations("signIn");
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
          {t("title")}
        </h1>
        <div className="ds-alert mt-4" data-color="warning" role="alert">
          <p className="ds-paragraph">{t("cookies")}</p>
        </div>
      </div>
    );
  }
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const errorKey = errorCode && Object.hasOwn(errorKeys, errorCode) ? errorKeys[errorCode as keyof typeof errorKeys] : undefined;
  const error = errorCode ? t(errorKey ?? "failed") : undefined;

  return (
    <div className="mx-auto max-w-md">
      <h1 className="ds-heading" data-size="lg">
        {t("title")}
      </h1>
      <p className="ds-paragraph">{t("who")}</p>
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
            {t("email")}
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
            {t("password")}
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
            {t("submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
