import Link from "next/link";

type TSuggestion = {
  status: "new" | "rejected" | "merged" | "accepted";
  submittedAt: Date;
  reason: string | null;
  decidedAt: Date | null;
  decidedBy: { name: string } | null;
  mergedInto: { id: number; title: string } | null;
  contact: { name: string; email: string; role: string; consent: boolean } | null;
};

const dateFormat = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Oslo" });
const statusText = { new: "venter i køen", rejected: "avvist", merged: "slått sammen", accepted: "tatt videre til kartlegging" } as const;

/**
 * On a suggested project's admin page: where it came from and where its triage stands. The
 * suggester's contact details are given only when the permission table allows (intake.contact).
 */
export function SuggestionPanel({ suggestion, accepted }: { suggestion: TSuggestion; accepted: boolean }) {
  return (
    <section aria-labelledby="innmelding" className="ds-card space-y-2" data-variant="tinted">
      <h2 id="innmelding" className="ds-heading" data-size="xs">
        Innmeldt prosjekt
      </h2>
      {accepted && (
        <p className="ds-paragraph" role="status">
          Innmeldingen er tatt videre til kartlegging. Velg en rådgiver under «Arbeidsflyt».
        </p>
      )}
      <p className="ds-paragraph">
        Meldt inn {dateFormat.format(suggestion.submittedAt)} på /meld-inn-prosjekt · {statusText[suggestion.status]}
        {suggestion.decidedAt ? ` ${dateFormat.format(suggestion.decidedAt)}` : ""}
        {suggestion.decidedBy ? ` av ${suggestion.decidedBy.name}` : ""}.
        {suggestion.status === "new" && (
          <>
            {" "}
            <Link className="ds-link" href={`/admin/innmeldinger`}>
              Til køen
            </Link>
          </>
        )}
      </p>
      {suggestion.mergedInto && (
        <p className="ds-paragraph">
          Slått sammen med{" "}
          <Link className="ds-link" href={`/admin/prosjekter/${suggestion.mergedInto.id}`}>
            {suggestion.mergedInto.title}
          </Link>
          .
        </p>
      )}
      {suggestion.reason && <p className="ds-paragraph">Begrunnelse: {suggestion.reason}</p>}
      <p className="ds-paragraph">
        Innmelder:{" "}
        {suggestion.contact
          ? `${suggestion.contact.name}${suggestion.contact.role ? `, ${suggestion.contact.role}` : ""}${suggestion.contact.email ? ` – ${suggestion.contact.email}` : ""}${suggestion.contact.consent ? " (kan kontaktes)" : " (har ikke samtykket til å bli kontaktet)"}`
          : "opplysningene er slettet eller ikke tilgjengelige for deg"}
      </p>
    </section>
  );
}
