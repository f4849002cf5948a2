import { useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/locale";

/** Signs out through next-auth (a POST with its CSRF token), so it works without JavaScript. */
export function SignOutForm({ csrfToken }: { csrfToken: string }) {
  const t = useTranslations("admin.common");
  const locale = useLocale();
  return (
    <form method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={localizePath("/admin/logg-inn", locale)} />
      <button type="submit" className="ds-button" data-variant="secondary">
        {t("signOut")}
      </button>
    </form>
  );
}
