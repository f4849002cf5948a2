import { Link } from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdviserAssignment } from "@/components/mapping/adviser-assignment";
import { MappingMessages } from "@/components/mapping/mapping-messages";
import type { TAdviserProposal } from "@/lib/mapping/queries";
import type { EditorialState } from "@/lib/generated/prisma/enums";

type Props = {
  project: { id: number; version: number; state: EditorialState; adviserId: number | null; adviserName: string | null };
  guide: { assignedAt: Date | null; progress: { mapped: number; total: number; complete: boolean } } | null;
  /** Null when the actor may not assign this project. */
  proposals: TAdviserProposal[] | null;
  assignedNow: boolean;
};

/** On a project's admin page: who maps it, the progress, the guide, and (for those who may) assignment. */
export async function ProjectMappingSection({ project, guide, proposals, assignedNow }: Props) {
  const [t, tp, tg, format] = await Promise.all([getTranslations("mapping.assign"), getTranslations("mapping.progress"), getTranslations("mapping.guide"), getFormatter()]);
  const open = project.state === "kandidat" || project.state === "under_kartlegging";
  return (
    <section aria-labelledby="kartlegging" className="flex flex-col gap-3">
      <h2 id="kartlegging" className="ds-heading" data-size="md">
        {tp("heading")}
      </h2>
      {assignedNow && (
        <div className="ds-alert" data-color="success" role="status">
          <p className="ds-paragraph">{t("assigned")}</p>
        </div>
      )}
      {project.adviserName && open && (
        <p className="ds-paragraph">
          {guide?.assignedAt
            ? t("current", { name: project.adviserName, date: format.dateTime(guide.assignedAt, { day: "numeric", month: "long", year: "numeric" }) })
            : t("currentNoDate", { name: project.adviserName })}
        </p>
      )}
      {guide && (
        <p className="ds-paragraph" data-testid="mapping-progress">
          {tp("label", { mapped: guide.progress.mapped, total: guide.progress.total })}.
          {guide.progress.complete ? ` ${tp("complete")}` : ""}{" "}
          <Link className="ds-link" href={`/admin/prosjekter/${project.id}/kartlegging`}>
            {tg("link")}
          </Link>
        </p>
      )}
      {proposals &&
        (open ? (
          <>
            <h3 className="ds-heading" data-size="sm">
              {t("heading")}
            </h3>
            <MappingMessages>
              <AdviserAssignment project={{ id: project.id, version: project.version, adviserId: project.adviserId }} proposals={proposals} />
            </MappingMessages>
          </>
        ) : (
          <p className="ds-paragraph text-sm">{t("closed")}</p>
        ))}
    </section>
  );
}
