import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { notFound, redirect } from "next/navigation";
import { ProjectRestoreForm } from "@/components/admin/project-restore-form";
import { getCurrentActor } from "@/lib/auth/session";
import { findProjectHistory } from "@/lib/projects/admin-queries";
import { localHref, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.history"))("metaTitle"), robots: { index: false } };
}

/** A snapshot value as short readable text (`enumLabels`: states and statuses in the page's language). */
function show(value: unknown, enumLabels: Record<string, string>): string {
  if (typeof value === "string" && Object.hasOwn(enumLabels, value)) return enumLabels[value] ?? value;
  if (value === undefined || value === null || value === "") return "–";
  if (Array.isArray(value)) {
    if (value.length === 0) return "–";
    return value
      .map((item) =>
        item && typeof item === "object"
          ? Object.values(item as Record<string, unknown>)
              .filter((v) => v !== undefined && v !== "")
              .join(" · ")
          : String(item),
      )
      .join("\n");
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProjectHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref(`/admin/logg-inn?callbackUrl=${encodeURIComponent(`/admin/prosjekter/${id}/historikk`)}`));
  const t = await getTranslations("admin");
  const dateFormat = new Intl.DateTimeFormat(`${(await requestLocale()).locale}-NO`, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" });
  const enumLabels: Record<string, string> = {
    kandidat: t("states.kandidat"),
    under_kartlegging: t("states.under_kartlegging"),
    publisert: t("states.publisert"),
    arkivert: t("states.arkivert"),
    planlagt: t("projectStatus.planlagt"),
    pagar: t("projectStatus.pagar"),
    avsluttet: t("projectStatus.avsluttet"),
  };
  const fieldLabel = (field: string) => (t.has(`fields.${field}` as "fields.title") ? t(`fields.${field}` as "fields.title") : field);
  const history = /^\d{1,9}$/.test(id) ? await findProjectHistory(actor, Number(id)) : null;
  if (!history) notFound();
  const restored = (await searchParams).gjenopprettet;

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <p className="ds-paragraph text-sm">
        <Link className="ds-link" href={`/admin/prosjekter/${history.project.id}`}>
          {t("history.back", { title: history.project.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("history.title", { title: history.project.title })}
      </h1>
      {typeof restored === "string" && (
        <div className="ds-alert" data-color="success" role="status">
          <p className="ds-paragraph">{t("history.restored", { version: history.project.version })}</p>
        </div>
      )}
      {history.revisions.length === 0 && <p className="ds-paragraph">{t("history.none")}</p>}
      <ol className="flex flex-col gap-8">
        {history.revisions.map((r) => (
          <li key={r.id} className="flex flex-col gap-3 border-b pb-6">
            <h2 className="ds-heading" data-size="sm" id={`versjon-${r.version}`}>
              {t("history.version", { version: r.version })}
              {r.isCurrent ? t("history.current") : ""}
            </h2>
            <p className="ds-paragraph">
              {t("history.by", { date: dateFormat.format(r.createdAt), name: r.userName ?? t("history.unknownImport") })}
              {r.comment ? ` – ${r.comment}` : ""}
            </p>
            {r.changes.length === 0 ? (
              <p className="ds-paragraph">{t("history.noChanges")}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="ds-table" aria-labelledby={`versjon-${r.version}`}>
                  <thead>
                    <tr>
                      <th scope="col">{t("history.field")}</th>
                      <th scope="col">{t("history.before")}</th>
                      <th scope="col">{t("history.after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.changes.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{fieldLabel(c.field)}</th>
                        <td className="max-w-md whitespace-pre-wrap break-words align-top">
                          <del className="no-underline">{show(c.before, enumLabels).slice(0, 2000)}</del>
                        </td>
                        <td className="max-w-md whitespace-pre-wrap break-words align-top">
                          <ins className="no-underline">{show(c.after, enumLabels).slice(0, 2000)}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {!r.isCurrent && <ProjectRestoreForm projectId={history.project.id} version={r.version} />}
          </li>
        ))}
      </ol>
    </div>
  );
}
