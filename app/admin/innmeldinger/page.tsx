import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { Link } from "@/components/i18n/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pagination } from "@/components/search/pagination";
import { mayEver, projectScopeOf } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/http/page-param";
import { acceptSuggestionAction, mergeSuggestionAction, rejectSuggestionAction, setIntakeNoticeModeAction } from "@/lib/intake/actions";
import { QUEUE_FLASH_COOKIE } from "@/lib/intake/flash";
import { findIntakeNoticeMode, findIntakeQueue } from "@/lib/intake/admin-queries";
import { localHref, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("intake.admin"))("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function readFlash(value: string | undefined): { kind: "ok" | "error"; text: string; projectId?: number } | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as { kind?: unknown; text?: unknown; projectId?: unknown };
    if ((parsed.kind === "ok" || parsed.kind === "error") && typeof parsed.text === "string") {
      return { kind: parsed.kind, text: parsed.text.slice(0, 1000), projectId: typeof parsed.projectId === "number" ? parsed.projectId : undefined };
    }
  } catch {}
  return null;
}

/**
 * /admin/innmeldinger: the triage queue of suggested projects (issue 13), scoped by the
 * permission table (`intake.triage`): a county contact sees their counties' suggestions.
 */
export default async function IntakeQueuePage({ searchParams }: Props) {
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref("/admin/logg-inn?callbackUrl=/admin/innmeldinger"));
  if (!mayEver(actor.role, "intake.triage")) notFound();
  const page = parsePageParam((await searchParams).side);
  const [queue, mode, jar, t, ta, { locale }] = await Promise.all([
    findIntakeQueue(actor, { page }),
    findIntakeNoticeMode(actor),
    cookies(),
    getTranslations("intake.admin"),
    getTranslations("admin"),
    requestLocale(),
  ]);
  const flash = readFlash(jar.get(QUEUE_FLASH_COOKIE)?.value);
  const pageCount = Math.max(1, Math.ceil(queue.total / queue.pageSize));
  const scope = projectScopeOf(actor.role, "intake.triage") === "all" ? "all" : "own";
  const dateFormat = new Intl.DateTimeFormat(locale === "nn" ? "nn-NO" : "nb-NO", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Oslo" });
  const statusLabel = (status: string) => (ta.has(`projectStatus.${status}` as "projectStatus.planlagt") ? ta(`projectStatus.${status}` as "projectStatus.planlagt") : status);
  const stateLabel = (state: string) => (ta.has(`states.${state}` as "states.kandidat") ? ta(`states.${state}` as "states.kandidat") : state);

  return (
    <div className="flex flex-col gap-8">
      <AdminNav role={actor.role} current="/admin/innmeldinger" />
      <header className="space-y-2">
        <h1 className="ds-heading" data-size="lg">
          {t("title")}
        </h1>
        <p className="ds-paragraph">
          {t.rich("intro", {
            scope,
            count: queue.total,
            link: (chunks) => (
              <Link className="ds-link" href="/meld-inn-prosjekt">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>

      {flash && (
        <div className="ds-alert" data-color={flash.kind === "ok" ? "success" : "danger"} role={flash.kind === "ok" ? "status" : "alert"}>
          <p className="ds-paragraph">{flash.text}</p>
        </div>
      )}

      <section aria-labelledby="varsler" className="ds-card max-w-3xl space-y-2" data-variant="tinted">
        <h2 id="varsler" className="ds-heading" data-size="xs">
          {t("noticeHeading")}
        </h2>
        <form action={setIntakeNoticeModeAction} className="flex flex-wrap items-end gap-4">
          <fieldset className="ds-fieldset">
            <legend className="ds-label">{t("noticeLegend")}</legend>
            <div className="ds-field">
              <input className="ds-input" type="radio" id="varsel-hver" name="mode" value="immediate" defaultChecked={mode === "immediate"} />
              <label className="ds-label" htmlFor="varsel-hver">
                {t("noticeImmediate")}
              </label>
            </div>
            <div className="ds-field">
              <input className="ds-input" type="radio" id="varsel-daglig" name="mode" value="daily" defaultChecked={mode === "daily"} />
              <label className="ds-label" htmlFor="varsel-daglig">
                {t("noticeDaily")}
              </label>
            </div>
          </fieldset>
          <button className="ds-button" data-variant="secondary" type="submit">
            {t("noticeSave")}
          </button>
        </form>
      </section>

      {queue.items.length === 0 ? (
        <p className="ds-paragraph">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-8">
          {queue.items.map((item) => (
            <li key={item.projectId} id={`innmelding-${item.projectId}`} className="ds-card space-y-4" aria-labelledby={`innmelding-${item.projectId}-tittel`}>
              <h2 className="ds-heading" data-size="sm" id={`innmelding-${item.projectId}-tittel`}>
                {item.title}
              </h2>
              {flash?.kind === "error" && flash.projectId === item.projectId && (
                <div className="ds-alert" data-color="danger" role="alert">
                  <p className="ds-paragraph">{flash.text}</p>
                </div>
              )}
              <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
                <dt className="font-semibold">{t("submitted")}</dt>
                <dd>{dateFormat.format(item.submittedAt)}</dd>
                <dt className="font-semibold">{t("municipality")}</dt>
                <dd>{item.municipalities.map((m) => `${m.name} (${m.county})`).join(", ")}</dd>
                <dt className="font-semibold">{t("status")}</dt>
                <dd>{statusLabel(item.status)}</dd>
                <dt className="font-semibold">{t("focusAreas")}</dt>
                <dd>{item.focusAreas.length ? item.focusAreas.join(", ") : t("noFocusAreas")}</dd>
                <dt className="font-semibold">{t("links")}</dt>
                <dd>
                  {item.links.length === 0 ? (
                    t("noLinks")
                  ) : (
                    <ul>
                      {item.links.map((url) => (
                        <li key={url} className="break-all">
                          {/* Typed by a visitor: shown as text, never followed automatically. */}
                          <code>{url}</code>
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
                <dt className="font-semibold">{t("suggester")}</dt>
                <dd>
                  {item.contact ? (
                    <>
                      {item.contact.name}
                      {item.contact.role ? `, ${item.contact.role}` : ""}
                      {item.contact.email ? ` – ${item.contact.email}` : ""}
                      {` ${item.contact.consent ? t("canContact") : t("noConsent")}`}
                    </>
                  ) : (
                    t("contactUnavailable")
                  )}
                </dd>
              </dl>
              <p className="ds-paragraph whitespace-pre-line">{item.summary}</p>

              <section aria-labelledby={`innmelding-${item.projectId}-like`} className="space-y-2">
                <h3 className="ds-heading" data-size="2xs" id={`innmelding-${item.projectId}-like`}>
                  {t("duplicates")}
                </h3>
                {item.hints.length === 0 ? (
                  <p className="ds-paragraph text-sm">{t("noDuplicates")}</p>
                ) : (
                  <ul className="list-disc pl-6">
                    {item.hints.map((hint) => (
                      <li key={hint.id} className="ds-paragraph">
                        <Link className="ds-link" href={hint.state === "publisert" ? `/prosjekter/${hint.slug}` : `/admin/prosjekter/${hint.id}`}>
                          {hint.title}
                        </Link>{" "}
                        <span className="text-sm">
                          ({t("similarity", { state: stateLabel(hint.state), percent: Math.round(hint.similarity * 100) })})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>

              <div className="grid gap-6 lg:grid-cols-3">
                <form action={acceptSuggestionAction} className="space-y-2">
                  <input type="hidden" name="projectId" value={item.projectId} />
                  <h3 className="ds-heading" data-size="2xs">
                    {t("acceptHeading")}
                  </h3>
                  <p className="ds-paragraph text-sm">{t("acceptHint")}</p>
                  <button className="ds-button" data-variant="primary" type="submit">
                    {t("accept")}
                  </button>
                </form>
                <form action={mergeSuggestionAction} className="space-y-2">
                  <input type="hidden" name="projectId" value={item.projectId} />
                  <h3 className="ds-heading" data-size="2xs">
                    {t("mergeHeading")}
                  </h3>
                  {item.hints.length > 0 && (
                    <fieldset className="ds-fieldset">
                      <legend className="ds-label">{t("mergeLegend")}</legend>
                      {item.hints.map((hint, index) => (
                        <div className="ds-field" key={hint.id}>
                          <input className="ds-input" type="radio" id={`maal-${item.projectId}-${hint.id}`} name="target" value={String(hint.id)} defaultChecked={index === 0} />
                          <label className="ds-label" htmlFor={`maal-${item.projectId}-${hint.id}`}>
                            {hint.title}
                          </label>
                        </div>
                      ))}
                    </fieldset>
                  )}
                  <div className="ds-field">
                    <label className="ds-label" htmlFor={`annet-${item.projectId}`}>
                      {item.hints.length > 0 ? t("mergeOther") : t("mergeTarget")}
                    </label>
                    <input className="ds-input" id={`annet-${item.projectId}`} name="targetOther" type="text" maxLength={120} />
                  </div>
                  <button className="ds-button" data-variant="secondary" type="submit">
                    {t("merge")}
                  </button>
                </form>
                <form action={rejectSuggestionAction} className="space-y-2">
                  <input type="hidden" name="projectId" value={item.projectId} />
                  <h3 className="ds-heading" data-size="2xs">
                    {t("rejectHeading")}
                  </h3>
                  <div className="ds-field">
                    <label className="ds-label" htmlFor={`grunn-${item.projectId}`}>
                      {t("reason")}
                    </label>
                    <textarea className="ds-input" id={`grunn-${item.projectId}`} name="reason" rows={3} maxLength={2000} required />
                  </div>
                  <button className="ds-button" data-variant="secondary" data-color="danger" type="submit">
                    {t("reject")}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={queue.page} pageCount={pageCount} hrefFor={(p) => (p > 1 ? `/admin/innmeldinger?side=${p}` : "/admin/innmeldinger")} />
    </div>
  );
}
