import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ProjectRestoreForm } from "@/components/admin/project-restore-form";
import { getCurrentActor } from "@/lib/auth/session";
import { findProjectHistory } from "@/lib/projects/admin-queries";
import { projectFieldLabels } from "@/lib/projects/form-fields";
import { editorialStateLabel, projectStatusLabel } from "@/lib/projects/labels";

export const metadata: Metadata = { title: "Historikk", robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat("nb-NO", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" });

const enumLabels: Record<string, string> = { ...editorialStateLabel, ...projectStatusLabel };

/** A snapshot value as short readable text. */
function show(value: unknown): string {
  if (typeof value === "string" && value in enumLabels) return enumLabels[value] ?? value;
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
  if (!actor) redirect(`/admin/logg-inn?callbackUrl=${encodeURIComponent(`/admin/prosjekter/${id}/historikk`)}`);
  const history = /^\d{1,9}$/.test(id) ? await findProjectHistory(actor, Number(id)) : null;
  if (!history) notFound();
  const restored = (await searchParams).gjenopprettet;

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <p className="ds-paragraph text-sm">
        <Link className="ds-link" href={`/admin/prosjekter/${history.project.id}`}>
          Tilbake til {history.project.title}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        Historikk: {history.project.title}
      </h1>
      {typeof restored === "string" && (
        <div className="ds-alert" data-color="success" role="status">
          <p className="ds-paragraph">Versjonen er gjenopprettet som versjon {history.project.version}.</p>
        </div>
      )}
      {history.revisions.length === 0 && <p className="ds-paragraph">Ingen lagrede versjoner ennå (prosjektet er importert fra innholdsfilene).</p>}
      <ol className="flex flex-col gap-8">
        {history.revisions.map((r) => (
          <li key={r.id} className="flex flex-col gap-3 border-b pb-6">
            <h2 className="ds-heading" data-size="sm" id={`versjon-${r.version}`}>
              Versjon {r.version}
              {r.isCurrent ? " (gjeldende)" : ""}
            </h2>
            <p className="ds-paragraph">
              {dateFormat.format(r.createdAt)} av {r.userName ?? "ukjent (import)"}
              {r.comment ? ` – ${r.comment}` : ""}
            </p>
            {r.changes.length === 0 ? (
              <p className="ds-paragraph">Ingen endringer i innholdet.</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="ds-table" aria-labelledby={`versjon-${r.version}`}>
                  <thead>
                    <tr>
                      <th scope="col">Felt</th>
                      <th scope="col">Før</th>
                      <th scope="col">Etter</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.changes.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{projectFieldLabels[c.field] ?? c.field}</th>
                        <td className="max-w-md whitespace-pre-wrap break-words align-top">
                          <del className="no-underline">{show(c.before).slice(0, 2000)}</del>
                        </td>
                        <td className="max-w-md whitespace-pre-wrap break-words align-top">
                          <ins className="no-underline">{show(c.after).slice(0, 2000)}</ins>
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
