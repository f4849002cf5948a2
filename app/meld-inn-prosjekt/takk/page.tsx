import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { pageAlternates } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("intake.receipt");
  return { title: t("title"), robots: { index: false }, alternates: await pageAlternates("/meld-inn-prosjekt/takk") };
}

/** The receipt after a suggestion: what happens next. */
export default async function SuggestionReceiptPage() {
  const t = await getTranslations("intake.receipt");
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {t("title")}
        </h1>
        <p className="ds-paragraph" data-size="lg" role="status">
          {t("lead")}
        </p>
      </header>
      <section className="space-y-3" aria-labelledby="neste-steg">
        <h2 className="ds-heading" data-size="md" id="neste-steg">
          {t("nextHeading")}
        </h2>
        <ol className="ds-list list-decimal space-y-2 pl-6">
          <li className="ds-paragraph">{t("step1")}</li>
          <li className="ds-paragraph">{t("step2")}</li>
          <li className="ds-paragraph">{t("step3")}</li>
        </ol>
        <p className="ds-paragraph">{t("mail")}</p>
        <p className="ds-paragraph">{t.rich("privacy", { link: (chunks) => <Link className="ds-link" href="/personvern">{chunks}</Link> })}</p>
      </section>
      <p className="ds-paragraph">
        <Link className="ds-link" href="/meld-inn-prosjekt">
          {t("again")}
        </Link>{" "}
        ·{" "}
        <Link className="ds-link" href="/prosjekter">
          {t("browse")}
        </Link>
      </p>
    </article>
  );
}
