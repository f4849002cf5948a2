"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/components/i18n/link";

// Shown when a page fails on the server, e.g. when the database cannot be reached. The
// details stay in the server log; the reader gets a message in their language and a way on.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="max-w-2xl space-y-4" role="alert">
      <h1 className="ds-heading" data-size="lg">
        {t("errorTitle")}
      </h1>
      <p className="ds-paragraph">{t("errorText")}</p>
      <p className="flex gap-3">
        <button className="ds-button" data-variant="primary" type="button" onClick={() => reset()}>
          {t("retry")}
        </button>
        <Link className="ds-button" data-variant="secondary" href="/">
          {t("toHome")}
        </Link>
      </p>
    </div>
  );
}
