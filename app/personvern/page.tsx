import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { pageAlternates } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("intake.privacy");
  const alternates = await pageAlternates("/personvern");
  return { title: t("title"), description: t("description"), alternates };
}

const sections = [
  ["storedHeading", "stored"],
  ["addressHeading", "address"],
  ["whoHeading", "who"],
  ["useHeading", "use"],
  ["deleteHeading", "delete"],
  ["rightsHeading", "rights"],
] as const;

/** /personvern: what is stored about people who suggest a project, who sees it, when it is deleted. */
export default async function PrivacyPage() {
  const t = await getTranslations("intake.privacy");
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {t("title")}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t("intro")}
        </p>
      </header>
      {sections.map(([heading, text]) => (
        <section key={heading} className="space-y-2" aria-labelledby={`personvern-${text}`}>
          <h2 className="ds-heading" data-size="sm" id={`personvern-${text}`}>
            {t(heading)}
          </h2>
          <p className="ds-paragraph">{t(text)}</p>
        </section>
      ))}
      <p className="ds-paragraph">
        <Link className="ds-link" href="/meld-inn-prosjekt">
          {t("suggest")}
        </Link>
      </p>
    </article>
  );
}
