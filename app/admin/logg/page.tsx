import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { findAuditLog } from "@/lib/audit/find-audit-log";
import { isForbidden } from "@/lib/commands/errors";
import { getCurrentActor } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/http/page-param";

export const metadata: Metadata = { title: "Revisjonslogg", robots: { index: false } };

const timeFormat = new Intl.DateTimeFormat("nb-NO", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Oslo" });
const outcomeLabel = { success: "vellykket", failure: "mislyktes", refused: "avvist" } as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await getCurrentActor();
  if (!actor) redirect("/admin/logg-inn?callbackUrl=/admin/logg");
  const params = await searchParams;
  let log;
  try {
    log = await findAuditLog(actor, { page: parsePageParam(params.side) });
  } catch (error) {
    if (isForbidden(error)) notFound();
    throw error;
  }

  return (
    <div className="flex flex-col gap-6">
      <p className="ds-paragraph">
        <Link className="ds-link" href="/admin">
          Tilbake til Mitt arbeid
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        Revisjonslogg
      </h1>
      <p className="ds-paragraph">
        {log.total} hendelser. Side {log.page} av {log.pages}.
      </p>
      <div className="overflow-x-auto">
        <table className="ds-table">
          <thead>
            <tr>
              <th scope="col">Tid</th>
              <th scope="col">Hvem</th>
              <th scope="col">Handling</th>
              <th scope="col">Utfall</th>
              <th scope="col">Objekt</th>
              <th scope="col">IP</th>
              <th scope="col">Detaljer</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((e) => (
              <tr key={e.id}>
                <td>{timeFormat.format(e.at)}</td>
                <td>{e.user ? `${e.user.name} (${e.user.email})` : "–"}</td>
                <td>{e.action}</td>
                <td>{outcomeLabel[e.outcome]}</td>
                <td>{e.entityType ? `${e.entityType} ${e.entityId ?? ""}` : "–"}</td>
                <td>{e.ip ?? "–"}</td>
                <td>
                  <code className="text-sm">{JSON.stringify(e.details)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Sider" className="flex gap-4">
        {log.page > 1 && (
          <Link className="ds-link" href={`/admin/logg?side=${log.page - 1}`}>
            Nyere
          </Link>
        )}
        {log.page < log.pages && (
          <Link className="ds-link" href={`/admin/logg?side=${log.page + 1}`}>
            Eldre
          </Link>
        )}
      </nav>
    </div>
  );
}
