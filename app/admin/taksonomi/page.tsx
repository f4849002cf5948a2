import { countOf, nouns } from "@/lib/text/plural";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { FocusAreaCreateForm, FocusAreaEditForm, MergeForm, SuccessFactorEditForm, TagRenameForm } from "@/components/admin/taxonomy-forms";
import { isForbidden } from "@/lib/commands/errors";
import { getCurrentActor } from "@/lib/auth/session";
import { findTaxonomy } from "@/lib/taxonomy/admin-queries";

export const metadata: Metadata = { title: "Taksonomi", robots: { index: false } };

export default async function TaxonomyPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/admin/logg-inn?callbackUrl=/admin/taksonomi");
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
        Taksonomi
      </h1>

      <section aria-labelledby="fokusomrader" className="flex flex-col gap-6">
        <h2 id="fokusomrader" className="ds-heading" data-size="md">
          Fokusområder ({focusAreas.length})
        </h2>
        <ul className="flex flex-col gap-2">
          {focusAreas.map((area) => (
            <li key={area.id}>
              <details>
                <summary className="ds-paragraph cursor-pointer">
                  {area.name} – {countOf(area.projectCount, nouns.projectAdmin)}, {countOf(area.reportCount, nouns.report)}
                </summary>
                <div className="mt-3 max-w-2xl pl-4">
                  <FocusAreaEditForm area={area} />
                </div>
              </details>
            </li>
          ))}
        </ul>
        <FocusAreaCreateForm />
        <MergeForm kind="fokus" options={focusAreas.map((a) => ({ id: a.id, name: `${a.name} (${countOf(a.projectCount, nouns.projectAdmin)}, ${countOf(a.reportCount, nouns.report)})` }))} />
      </section>

      <section aria-labelledby="stikkord" className="flex flex-col gap-6">
        <h2 id="stikkord" className="ds-heading" data-size="md">
          Frie stikkord ({tags.length})
        </h2>
        {tags.length === 0 ? (
          <p className="ds-paragraph">Ingen stikkord ennå.</p>
        ) : (
          <details>
            <summary className="ds-paragraph cursor-pointer">Gi stikkord nytt navn</summary>
            <ul className="mt-3 flex flex-col gap-4 pl-4">
              {tags.map((tag) => (
                <li key={tag.id}>
                  <TagRenameForm tag={tag} />
                </li>
              ))}
            </ul>
          </details>
        )}
        {tags.length > 1 && <MergeForm kind="stikkord" options={tags.map((t) => ({ id: t.id, name: `${t.name} (${countOf(t.projectCount, nouns.projectAdmin)})` }))} />}
      </section>

      <section aria-labelledby="suksessfaktorer" className="flex flex-col gap-4">
        <h2 id="suksessfaktorer" className="ds-heading" data-size="md">
          Suksessfaktorer ({successFactors.length})
        </h2>
        <p className="ds-paragraph">Suksessfaktorene kommer fra grunnlagsmaterialet: kjennetegnene ved pilarene Fokus, Folk og Ramme, og de ti faktorene i prosjektgjennomføringen under Verktøy. Navn og forklaring kan endres; de kan ikke legges til eller slettes her (nye faktorer legges inn i content/).</p>
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
