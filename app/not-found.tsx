import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors");
  return { title: t("notFoundTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="ds-heading" data-size="lg">
        {t("notFoundTitle")}
      </h1>
      <p className="ds-paragraph">{t("notFoundText")}</p>
      <p className="ds-paragraph">
        {t.rich("notFoundWayOn", {
          home: (chunks) => <Link className="ds-link" href="/">{chunks}</Link>,
          projects: (chunks) => <Link className="ds-link" href="/prosjekter">{chunks}</Link>,
        })}
      </p>
    </div>
  );
}
