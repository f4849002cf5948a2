import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pagination } from "@/components/search/pagination";
import { mayEver, projectScopeOf } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/http/page-param";
import { acceptSuggestionAction, mergeSuggestionAction, rejectSuggestionAction, setIntakeNoticeModeAction } from "@/lib/intake/actions";
import { QUEUE_FLASH_COOKIE } from "@/lib/intake/flash";
import { findIntakeNoticeMode, findIntakeQueue } from "@/lib/intake/admin-queries";
import { editorialStateLabel } from "@/lib/projects/labels";

export const metadata: Metadata = { title: "Innmeldte prosjekter", robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Oslo" });
const statusLabel: Record<string, string> = { planlagt: "Planlagt", pagar: "Pågår", avsluttet: "Avsluttet" };

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
  if (!actor) redirect("/admin/logg-inn?callbackUrl=/admin/innmeldinger");
  if (!mayEver(actor.role, "intake.triage")) notFound();
  const page = parsePageParam((await searchParams).side);
  const [queue, mode, jar] = await Promise.all([findIntakeQueue(actor, { page }), findIntakeNoticeMode(actor), cookies()]);
  const flash = readFlash(jar.get(QUEUE_FLASH_COOKIE)?.value);
  const pageCount = Math.max(1, Math.ceil(queue.total / queue.pageSize));
  const scope = projectScopeOf(actor.role, "intake.triage") === "all" ? "fra hele landet" : "i dine fylker";

  return (
    <div className="flex flex-col gap-8">
      <AdminNav role={actor.role} current="/admin/innmeldinger" />
      <header className="space-y-2">
        <h1 className="ds-heading" data-size="lg">
          Innmeldte prosjekter
        </h1>
        <p className="ds-paragraph">
          Prosjekter meldt inn på <Link className="ds-link" href="/meld-inn-prosjekt">/meld-inn-prosjekt</Link> {scope}, eldste først ({queue.total}{" "}
          {queue.total === 1 ? "venter" : "venter"}). Avvis med en begrunnelse, slå sammen med et eksempel som finnes, eller ta prosjektet videre til
          kartlegging. Innmelderens kontaktopplysninger er personopplysninger: de slettes når du avviser, og ellers etter 12 måneder.
        </p>
      </header>

      {flash && (
        <div className="ds-alert" data-color={flash.kind === "ok" ? "success" : "danger"} role={flash.kind === "ok" ? "status" : "alert"}>
          <p className="ds-paragraph">{flash.text}</p>
        </div>
      )}

      <section aria-labelledby="varsler" className="ds-card max-w-3xl space-y-2" data-variant="tinted">
        <h2 id="varsler" className="ds-heading" data-size="xs">
          Varsler om nye innmeldinger
        </h2>
        <form action={setIntakeNoticeModeAction} className="flex flex-wrap items-end gap-4">
          <fieldset className="ds-fieldset">
            <legend className="ds-label">Hvordan vil du få beskjed?</legend>
            <div className="ds-field">
              <input className="ds-input" type="radio" id="varsel-hver" name="mode" value="immediate" defaultChecked={mode === "immediate"} />
              <label className="ds-label" htmlFor="varsel-hver">
                En e-post for hver ny innmelding
              </label>
            </div>
            <div className="ds-field">
              <input className="ds-input" type="radio" id="varsel-daglig" name="mode" value="daily" defaultChecked={mode === "daily"} />
              <label className="ds-label" htmlFor="varsel-daglig">
                Én oppsummering om dagen
              </label>
            </div>
          </fieldset>
          <button className="ds-button" data-variant="secondary" type="submit">
            Lagre valget
          </button>
        </form>
      </section>

      {queue.items.length === 0 ? (
        <p className="ds-paragraph">Ingen innmeldinger venter.</p>
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
                <dt className="font-semibold">Meldt inn</dt>
                <dd>{dateFormat.format(item.submittedAt)}</dd>
                <dt className="font-semibold">Kommune</dt>
                <dd>{item.municipalities.map((m) => `${m.name} (${m.county})`).join(", ")}</dd>
                <dt className="font-semibold">Status</dt>
                <dd>{statusLabel[item.status] ?? item.status}</dd>
                <dt className="font-semibold">Fokusområder</dt>
                <dd>{item.focusAreas.length ? item.focusAreas.join(", ") : "Ingen valgt"}</dd>
                <dt className="font-semibold">Lenker</dt>
                <dd>
                  {item.links.length === 0 ? (
                    "Ingen"
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
                <dt className="font-semibold">Innmelder</dt>
                <dd>
                  {item.contact ? (
                    <>
                      {item.contact.name}
                      {item.contact.role ? `, ${item.contact.role}` : ""}
                      {item.contact.email ? ` – ${item.contact.email}` : ""}
                      {item.contact.consent ? " (kan kontaktes)" : " (har ikke samtykket til å bli kontaktet)"}
                    </>
                  ) : (
                    "Ikke tilgjengelig"
                  )}
                </dd>
              </dl>
              <p className="ds-paragraph whitespace-pre-line">{item.summary}</p>

              <section aria-labelledby={`innmelding-${item.projectId}-like`} className="space-y-2">
                <h3 className="ds-heading" data-size="2xs" id={`innmelding-${item.projectId}-like`}>
                  Mulige dubletter
                </h3>
                {item.hints.length === 0 ? (
                  <p className="ds-paragraph text-sm">Ingen eksempler med lignende navn i samme kommune.</p>
                ) : (
                  <ul className="list-disc pl-6">
                    {item.hints.map((hint) => (
                      <li key={hint.id} className="ds-paragraph">
                        <Link className="ds-link" href={hint.state === "publisert" ? `/prosjekter/${hint.slug}` : `/admin/prosjekter/${hint.id}`}>
                          {hint.title}
                        </Link>{" "}
                        <span className="text-sm">
                          ({editorialStateLabel[hint.state as keyof typeof editorialStateLabel] ?? hint.state}, likhet {Math.round(hint.similarity * 100)} %)
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
                    Ta videre
                  </h3>
                  <p className="ds-paragraph text-sm">Prosjektet blir værende som kandidat. Deretter velger du rådgiver på prosjektets side.</p>
                  <button className="ds-button" data-variant="primary" type="submit">
                    Ta videre til kartlegging
                  </button>
                </form>
                <form action={mergeSuggestionAction} className="space-y-2">
                  <input type="hidden" name="projectId" value={item.projectId} />
                  <h3 className="ds-heading" data-size="2xs">
                    Slå sammen
                  </h3>
                  {item.hints.length > 0 && (
                    <fieldset className="ds-fieldset">
                      <legend className="ds-label">Med eksemplet</legend>
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
                      {item.hints.length > 0 ? "Eller et annet eksempel (id eller adresse)" : "Eksemplets id eller adresse (slug)"}
                    </label>
                    <input className="ds-input" id={`annet-${item.projectId}`} name="targetOther" type="text" maxLength={120} />
                  </div>
                  <button className="ds-button" data-variant="secondary" type="submit">
                    Slå sammen
                  </button>
                </form>
                <form action={rejectSuggestionAction} className="space-y-2">
                  <input type="hidden" name="projectId" value={item.projectId} />
                  <h3 className="ds-heading" data-size="2xs">
                    Avvis
                  </h3>
                  <div className="ds-field">
                    <label className="ds-label" htmlFor={`grunn-${item.projectId}`}>
                      Begrunnelse (sendes til innmelderen)
                    </label>
                    <textarea className="ds-input" id={`grunn-${item.projectId}`} name="reason" rows={3} maxLength={2000} required />
                  </div>
                  <button className="ds-button" data-variant="secondary" data-color="danger" type="submit">
                    Avvis innmeldingen
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
