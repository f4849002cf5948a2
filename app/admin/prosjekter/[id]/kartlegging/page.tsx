import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { Link } from "@/components/i18n/link";
import { MappingGuideForm } from "@/components/mapping/mapping-guide-form";
import { MappingMessages } from "@/components/mapping/mapping-messages";
import { getCurrentActor } from "@/lib/auth/session";
import { localHref } from "@/lib/i18n/server";
import { mappingFieldName } from "@/lib/mapping/guide";
import { findMappingGuide } from "@/lib/mapping/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mapping.guide"))("title"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The mapping guide of one project (issue 13): for its adviser, its county contact, administrators. */
export default async function MappingGuidePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref(`/admin/logg-inn?callbackUrl=${encodeURIComponent(`/admin/prosjekter/${id}/kartlegging`)}`));
  // Null both when there is no such project and when the actor may not edit it.
  const guide = /^\d{1,9}$/.test(id) ? await findMappingGuide(actor, Number(id)) : null;
  if (!guide) notFound();
  const [t, tp, query] = await Promise.all([getTranslations("mapping.guide"), getTranslations("mapping.progress"), searchParams]);
  const initialValues: Record<string, string> = {};
  for (const f of guide.factors) {
    if (f.evidence) initialValues[mappingFieldName.evidence(f.slug)] = f.evidence;
    initialValues[mappingFieldName.note(f.slug)] = f.note;
  }
  for (const slug of guide.project.focusAreas) initialValues[mappingFieldName.focusArea(slug)] = "on";
  const saved = typeof query.lagret === "string";

  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <AdminNav role={actor.role} current="/admin/prosjekter" />
      <div className="flex flex-col gap-2">
        <h1 className="ds-heading" data-size="lg">
          {t("title")}: {guide.project.title}
        </h1>
        <p className="ds-paragraph" data-testid="mapping-progress">
          {tp("label", { mapped: guide.progress.mapped, total: guide.progress.total })}.
          {guide.progress.complete ? ` ${tp("complete")}` : ""}
        </p>
        <p className="ds-paragraph">
          <Link className="ds-link" href={`/admin/prosjekter/${guide.project.id}`}>
            {t("back")}
          </Link>
        </p>
      </div>
      {saved && (
        <div className="ds-alert" data-color="success" role="status">
          <p className="ds-paragraph">{t("saved", { version: guide.project.version })}</p>
        </div>
      )}
      <p className="ds-paragraph">{t("intro")}</p>
      <p className="ds-paragraph text-sm">{t("publishNote")}</p>
      {guide.factors.length === 0 ? (
        <p className="ds-paragraph">{t("noFactors")}</p>
      ) : (
        <MappingMessages>
          <MappingGuideForm
            // Drawn afresh after a save (the redirect names the version), but not by a version change
            // alone: a save refused as a conflict keeps its answer, and what was typed, without JavaScript.
            key={typeof query.lagret === "string" ? query.lagret : "start"}
            project={{ id: guide.project.id, version: guide.project.version }}
            factors={guide.factors.map(({ slug, name, summary, questions }) => ({ slug, name, summary, questions }))}
            focusAreas={guide.focusAreas}
            initialValues={initialValues}
          />
        </MappingMessages>
      )}
    </div>
  );
}
