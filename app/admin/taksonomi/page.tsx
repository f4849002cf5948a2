import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { FocusAreaCreateForm, FocusAreaEditForm, MergeForm, SuccessFactorEditForm, TagRenameForm } from "@/components/admin/taxonomy-forms";
import { isForbidden } from "@/lib/commands/errors";
import { getCurrentActor } from "@/lib/auth/session";
import { findTaxonomy } from "@/lib/taxonomy/admin-queries";
import { localHref } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.taxonomy"))("title"), robots: { index: false } };
}

export default async function TaxonomyPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref("/admin/logg-inn?callbackUrl=/admin/taksonomi"));
  const t = await getTranslations("admin.taxonomy");
  let taxonomy;
  try {
    taxonomy = await findTaxonomy(actor);
  } catch (error) {
    if (isForbidden(error)) notFound();
    throw error;
  }
  const { focusAreas, tags, successFactors } = taxonomy;

  return (
    <div className="flex flex-col gap-10">
      <AdminNav role={actor.role} current="/admin/taksonomi" />
      <h1 className="ds-heading" data-size="lg">
        {t("title")}
      </h1>

      <section aria-labelledby="fokusomrader" className="flex flex-col gap-6">
        <h2 id="fokusomrader" className="ds-heading" data-size="md">
          {t("focusAreas", { count: focusAreas.length })}
        </h2>
        <ul className="flex flex-col gap-2">
          {focusAreas.map((area) => (
            <li key={area.id}>
              <details>
                <summary className="ds-paragraph cursor-pointer">
                  {area.name} – {t("counts", { projects: area.projectCount, reports: area.reportCount })}
                </summary>
                <div className="mt-3 max-w-2xl pl-4">
                  <FocusAreaEditForm area={area} />
                </div>
              </details>
            </li>
          ))}
        </ul>
        <FocusAreaCreateForm />
        <MergeForm kind="fokus" options={focusAreas.map((a) => ({ id: a.id, name: `${a.name} (${t("counts", { projects: a.projectCount, reports: a.reportCount })})` }))} />
      </section>

      <section aria-labelledby="stikkord" className="flex flex-col gap-6">
        <h2 id="stikkord" className="ds-heading" data-size="md">
          {t("tags", { count: tags.length })}
        </h2>
        {tags.length === 0 ? (
          <p className="ds-paragraph">{t("noTags")}</p>
        ) : (
          <details>
            <summary className="ds-paragraph cursor-pointer">{t("renameTags")}</summary>
            <ul className="mt-3 flex flex-col gap-4 pl-4">
              {tags.map((tag) => (
                <li key={tag.id}>
                  <TagRenameForm tag={tag} />
                </li>
              ))}
            </ul>
          </details>
        )}
        {tags.length > 1 && <MergeForm kind="stikkord" options={tags.map((tag) => ({ id: tag.id, name: `${tag.name} (${t("projectCount", { count: tag.projectCount })})` }))} />}
      </section>

      <section aria-labelledby="suksessfaktorer" className="flex flex-col gap-4">
        <h2 id="suksessfaktorer" className="ds-heading" data-size="md">
          {t("successFactors", { count: successFactors.length })}
        </h2>
        <p className="ds-paragraph">{t("factorsIntro")}</p>
        <ul className="flex flex-col gap-2">
          {successFactors.map((factor) => (
            <li key={factor.id}>
              <details>
                <summary className="ds-paragraph cursor-pointer">{factor.name}</summary>
                <div className="mt-3 max-w-2xl pl-4">
                  <SuccessFactorEditForm factor={factor} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
