import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { SynonymCreateForm, SynonymDeleteForm } from "@/components/admin/synonym-forms";
import { isForbidden } from "@/lib/commands/errors";
import { getCurrentActor } from "@/lib/auth/session";
import { findSynonyms } from "@/lib/search-synonyms/admin-queries";
import { localHref } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.synonyms"))("title"), robots: { index: false } };
}

export default async function SynonymsPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref("/admin/logg-inn?callbackUrl=/admin/synonymer"));
  const t = await getTranslations("admin.synonyms");
  let synonyms;
  try {
    synonyms = await findSynonyms(actor);
  } catch (error) {
    if (isForbidden(error)) notFound();
    throw error;
  }

  return (
    <div className="flex flex-col gap-8">
      <AdminNav role={actor.role} current="/admin/synonymer" />
      <div>
        <h1 className="ds-heading" data-size="lg">
          {t("title")}
        </h1>
        <p className="ds-paragraph">
          {t("intro")}
        </p>
      </div>
      <SynonymCreateForm />
      <section aria-labelledby="alle-synonymer">
        <h2 id="alle-synonymer" className="ds-heading" data-size="md">
          {t("all", { count: synonyms.length })}
        </h2>
        <table className="ds-table">
          <thead>
            <tr>
              <th scope="col">{t("term")}</th>
              <th scope="col">{t("equivalent")}</th>
              <th scope="col">
                <span className="sr-only">{t("action")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {synonyms.map((s) => (
              <tr key={s.id}>
                <td>{s.term}</td>
                <td>{s.equivalent}</td>
                <td>
                  <SynonymDeleteForm synonym={s} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
