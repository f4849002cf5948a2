import { Link } from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Role } from "@/lib/generated/prisma/enums";
import type { findMappingWork } from "@/lib/mapping/queries";

type Props = { role: Role; work: Awaited<ReturnType<typeof findMappingWork>> };

/** The dashboard's mapping list: an adviser's assignments, or the projects under mapping in a curator's scope, with progress. */
export async function MappingWorkSection({ role, work }: Props) {
  const [t, tp, format] = await Promise.all([getTranslations("mapping.dashboard"), getTranslations("mapping.progress"), getFormatter()]);
  const adviser = role === "adviser";
  return (
    <section aria-labelledby="kartlegginger">
      <h2 id="kartlegginger" className="ds-heading" data-size="md">
        {adviser ? t("adviserHeading", { count: work.count }) : t("curatorHeading", { count: work.count })}
      </h2>
      {work.count > work.projects.length && <p className="ds-paragraph text-sm">{t("first", { shown: work.projects.length })}</p>}
      {work.projects.length === 0 ? (
        <p className="ds-paragraph">{t("none")}</p>
      ) : (
        <ul className="list-disc pl-6" data-testid="mapping-work">
          {work.projects.map((p) => (
            <li key={p.id} className="ds-paragraph">
              <Link className="ds-link" href={`/admin/prosjekter/${p.id}`}>
                {p.title}
              </Link>{" "}
              – {tp("label", { mapped: p.mapped, total: work.total })}
              {!adviser && ` · ${p.adviserName ? t("adviser", { name: p.adviserName }) : t("noAdviser")}`}
              {p.assignedAt && ` · ${t("assignedAt", { date: format.dateTime(p.assignedAt, { day: "numeric", month: "short", year: "numeric" }) })}`}
              {" · "}
              <Link className="ds-link text-sm" href={`/admin/prosjekter/${p.id}/kartlegging`}>
                {t("guide")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
