import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pagination } from "@/components/search/pagination";
import { isForbidden } from "@/lib/commands/errors";
import { getCurrentActor } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/http/page-param";
import { localHref } from "@/lib/i18n/server";
import { findReportsForEditing } from "@/lib/reports/admin-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.reports"))("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const hrefFor = (side: number) => (side > 1 ? `/admin/rapporter?side=${side}` : "/admin/rapporter");

export default async function AdminReportsPage({ searchParams }: Props) {
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref("/admin/logg-inn?callbackUrl=/admin/rapporter"));
  const t = await getTranslations("admin");
  const { side } = await searchParams;
  let found;
  try {
    found = await findReportsForEditing(actor, { page: parsePageParam(side) });
  } catch (error) {
    if (isForbidden(error)) notFound();
    throw error;
  }
  const { reports, total, page, pageCount } = found;

  return (
    <div className="flex flex-col gap-6">
      <AdminNav role={actor.role} current="/admin/rapporter" />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="ds-heading" data-size="lg">
          {t("reports.title", { count: total })}
        </h1>
        <Link className="ds-button" data-variant="primary" href="/admin/rapporter/ny">
          {t("reports.new")}
        </Link>
      </div>
      <div className="overflow-x-auto">
        <table className="ds-table">
          <thead>
            <tr>
              <th scope="col">{t("reports.titleCol")}</th>
              <th scope="col">{t("reports.year")}</th>
              <th scope="col">{t("reports.kind")}</th>
              <th scope="col">{t("reports.state")}</th>
              <th scope="col">{t("reports.version")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.editable ? (
                    <Link className="ds-link" href={`/admin/rapporter/${r.id}`}>
                      {r.title}
                    </Link>
                  ) : r.state === "publisert" ? (
                    <>
                      <Link className="ds-link" href={`/rapporter/${r.slug}`}>
                        {r.title}
                      </Link>{" "}
                      <span className="ds-paragraph" data-size="sm">
                        {t("reports.notYours")}
                      </span>
                    </>
                  ) : (
                    <>
                      {r.title}{" "}
                      <span className="ds-paragraph" data-size="sm">
                        {t("reports.notYours")}
                      </span>
                    </>
                  )}
                </td>
                <td>{r.year}</td>
                <td>{t(`reportKind.${r.kind}`)}</td>
                <td>{t(`states.${r.state}`)}</td>
                <td>{r.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </div>
  );
}
