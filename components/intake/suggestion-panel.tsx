import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { requestLocale } from "@/lib/i18n/server";

type TSuggestion = {
  status: "new" | "rejected" | "merged" | "accepted";
  submittedAt: Date;
  reason: string | null;
  decidedAt: Date | null;
  decidedBy: { name: string } | null;
  mergedInto: { id: number; title: string } | null;
  contact: { name: string; email: string; role: string; consent: boolean } | null;
};

/**
 * On a suggested project's admin page: where it came from and where its triage stands. The
 * suggester's contact details are given only when the permission table allows (intake.contact).
 */
export async function SuggestionPanel({ suggestion, accepted }: { suggestion: TSuggestion; accepted: boolean }) {
  const [t, ta, { locale }] = await Promise.all([getTranslations("intake.admin.panel"), getTranslations("intake.admin"), requestLocale()]);
  const dateFormat = new Intl.DateTimeFormat(locale === "nn" ? "nn-NO" : "nb-NO", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Oslo" });
  const contact = suggestion.contact;
  return (
    <section aria-labelledby="innmelding" className="ds-card space-y-2" data-variant="tinted">
      <h2 id="innmelding" className="ds-heading" data-size="xs">
        {t("heading")}
      </h2>
      {accepted && (
        <p className="ds-paragraph" role="status">
          {t("accepted")}
        </p>
      )}
      <p className="ds-paragraph">
        {t("submitted", { date: dateFormat.format(suggestion.submittedAt) })} · {t(`status.${suggestion.status}`)}
        {suggestion.decidedAt ? ` ${dateFormat.format(suggestion.decidedAt)}` : ""}
        {suggestion.decidedBy ? ` ${t("by", { name: suggestion.decidedBy.name })}` : ""}.
        {suggestion.status === "new" && (
          <>
            {" "}
            <Link className="ds-link" href="/admin/innmeldinger">
              {t("toQueue")}
            </Link>
          </>
        )}
      </p>
      {suggestion.mergedInto && (
        <p className="ds-paragraph">
          {t.rich("mergedInto", {
            title: suggestion.mergedInto.title,
            link: (chunks) => (
              <Link className="ds-link" href={`/admin/prosjekter/${suggestion.mergedInto?.id}`}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      {suggestion.reason && <p className="ds-paragraph">{t("reason", { reason: suggestion.reason })}</p>}
      <p className="ds-paragraph">
        {t("suggester", {
          who: contact
            ? `${contact.name}${contact.role ? `, ${contact.role}` : ""}${contact.email ? ` – ${contact.email}` : ""} ${contact.consent ? ta("canContact") : ta("noConsent")}`
            : t("contactGone"),
        })}
      </p>
    </section>
  );
}
