import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SuggestionForm } from "@/components/intake/suggestion-form";
import { pageAlternates } from "@/lib/i18n/server";
import { DRAFT_HEADER, openDraft } from "@/lib/intake/draft";
import { findSuggestionChoices } from "@/lib/intake/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("intake.form");
  const alternates = await pageAlternates("/meld-inn-prosjekt");
  return { title: t("title"), description: t("description"), alternates };
}

/** /meld-inn-prosjekt: anyone suggests a project, no account, no JavaScript (issue 13). */
export default async function SuggestProjectPage() {
  const [t, choices, h] = await Promise.all([getTranslations("intake.form"), findSuggestionChoices(), headers()]);
  // A refused post is drawn again by lib/intake/post.ts with the sealed draft in this header.
  const draft = openDraft(h.get(DRAFT_HEADER));
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {t("title")}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t("intro")}
        </p>
      </header>
      <SuggestionForm choices={choices} draft={draft} />
    </div>
  );
}
