import { messages, type TMessages } from "@/lib/i18n/messages";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/i18n/link";
import { localizePath } from "@/lib/i18n/locale";
import type { TDraft } from "@/lib/intake/draft";
import { INTAKE_LIMITS } from "@/lib/intake/schemas";

type TChoices = {
  counties: { number: string; name: string; municipalities: { number: string; name: string }[] }[];
  focusAreas: { slug: string; name: string }[];
};

const statuses = ["planlagt", "pagar", "avsluttet"] as const;
const FIELD_ORDER = ["title", "municipalities", "summary", "status", "focusAreas", "links", "name", "email", "role", "consent"] as const;

type TErrorCode = keyof TMessages["intake"]["errors"];
const errorCodes = new Set(Object.keys(messages.nb.intake.errors));
const isErrorCode = (code: string): code is TErrorCode => errorCodes.has(code);

/**
 * The public suggestion form: a plain POST to /meld-inn-prosjekt/send (lib/intake/post.ts), no
 * JavaScript. After a refusal the page is drawn again from `draft`: what was typed, an error
 * summary linking to each field, and each error beside its field (aria-describedby).
 */
export function SuggestionForm({ choices, draft }: { choices: TChoices; draft: TDraft | null }) {
  const t = useTranslations("intake.form");
  const te = useTranslations("intake.errors");
  const ts = useTranslations("labels.status");
  const locale = useLocale();
  const values = draft?.values;
  const errors = draft?.fieldErrors ?? {};
  const id = (name: string) => `innmelding-${name}`;
  // The codes come from the server (lib/intake/schemas.ts); one the messages lack reads as "invalid".
  const errorText = (code: string) => (isErrorCode(code) ? te(code) : te("invalid"));
  const described = (name: string, hint: boolean) => [hint ? `${id(name)}-hint` : "", errors[name] ? `${id(name)}-feil` : ""].filter(Boolean).join(" ") || undefined;
  const invalid = (name: string) => (errors[name] ? true : undefined);
  const fieldError = (name: string) =>
    errors[name] ? (
      <p className="ds-validation-message" data-color="danger" id={`${id(name)}-feil`}>
        {errors[name].map(errorText).join(" ")}
      </p>
    ) : null;
  const labels: Record<(typeof FIELD_ORDER)[number], string> = {
    title: t("titleLabel"),
    municipalities: t("municipalitiesLabel"),
    summary: t("summaryLabel"),
    status: t("statusLabel"),
    focusAreas: t("focusAreasLegend"),
    links: t("linksLabel"),
    name: t("nameLabel"),
    email: t("emailLabel"),
    role: t("roleLabel"),
    consent: t("consentLabel"),
  };
  const errorKeys = FIELD_ORDER.filter((k) => errors[k]);
  const chosenMunicipalities = new Set(values?.municipalities ?? []);
  const chosenFocus = new Set(values?.focusAreas ?? []);

  return (
    <form method="post" action={localizePath("/meld-inn-prosjekt/send", locale === "nn" ? "nn" : "nb")} noValidate className="flex max-w-3xl flex-col gap-8">
      <input type="hidden" name="sprak" value={locale} />
      {draft?.formError && (
        <div className="ds-alert" data-color="danger" role="alert" id="innmelding-melding">
          <p className="ds-paragraph">{t(draft.formError)}</p>
        </div>
      )}
      {errorKeys.length > 0 && (
        <div className="ds-error-summary" role="alert" aria-labelledby="innmelding-feil-tittel">
          <h2 className="ds-heading" data-size="xs" id="innmelding-feil-tittel">
            {t("errorSummary")}
          </h2>
          <ul>
            {errorKeys.map((key) => (
              <li key={key}>
                <a className="ds-link" href={`#${id(key)}`}>
                  {labels[key].replace(/ \*$/, "")}: {(errors[key] ?? []).map(errorText).join(" ")}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="ds-paragraph text-sm">{t("required")}</p>

      <fieldset className="ds-fieldset flex flex-col gap-5">
        <legend className="ds-heading" data-size="sm">
          {t("projectHeading")}
        </legend>
        <div className="ds-field">
          <label className="ds-label" htmlFor={id("title")}>
            {t("titleLabel")}
          </label>
          <p className="ds-paragraph text-sm" id={`${id("title")}-hint`}>
            {t("titleHint", { max: INTAKE_LIMITS.title })}
          </p>
          <input className="ds-input" id={id("title")} name="title" type="text" required maxLength={INTAKE_LIMITS.title} defaultValue={values?.title ?? ""} aria-describedby={described("title", true)} aria-invalid={invalid("title")} />
          {fieldError("title")}
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor={id("municipalities")}>
            {t("municipalitiesLabel")}
          </label>
          <p className="ds-paragraph text-sm" id={`${id("municipalities")}-hint`}>
            {t("municipalitiesHint", { max: INTAKE_LIMITS.municipalities })}
          </p>
          <select
            className="ds-input"
            id={id("municipalities")}
            name="municipalities"
            multiple
            required
            size={8}
            // The design system sizes inputs for one line; a list box shows several.
            style={{ height: "auto", minHeight: "12rem", width: "100%", maxWidth: "28rem", paddingBlock: "0.25rem" }}
            defaultValue={[...chosenMunicipalities]}
            aria-describedby={described("municipalities", true)}
            aria-invalid={invalid("municipalities")}
          >
            {choices.counties.map((county) => (
              <optgroup key={county.number} label={county.name}>
                {county.municipalities.map((m) => (
                  <option key={m.number} value={m.number}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {fieldError("municipalities")}
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor={id("summary")}>
            {t("summaryLabel")}
          </label>
          <p className="ds-paragraph text-sm" id={`${id("summary")}-hint`}>
            {t("summaryHint", { max: INTAKE_LIMITS.summary })}
          </p>
          <textarea className="ds-input" id={id("summary")} name="summary" rows={6} required maxLength={INTAKE_LIMITS.summary} defaultValue={values?.summary ?? ""} aria-describedby={described("summary", true)} aria-invalid={invalid("summary")} />
          {fieldError("summary")}
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor={id("status")}>
            {t("statusLabel")}
          </label>
          <select className="ds-input w-auto" id={id("status")} name="status" required defaultValue={values?.status ?? ""} aria-describedby={described("status", false)} aria-invalid={invalid("status")}>
            <option value="">{t("statusChoose")}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
          {fieldError("status")}
        </div>
        <fieldset className="ds-fieldset" id={id("focusAreas")} aria-describedby={described("focusAreas", true)}>
          <legend className="ds-label">{t("focusAreasLegend")}</legend>
          <p className="ds-paragraph text-sm" id={`${id("focusAreas")}-hint`}>
            {t("focusAreasHint", { max: INTAKE_LIMITS.focusAreas })}
          </p>
          <div className="grid gap-1 sm:grid-cols-2">
            {choices.focusAreas.map((f) => (
              <div className="ds-field" key={f.slug}>
                <input className="ds-input" type="checkbox" id={id(`fokus-${f.slug}`)} name="focusAreas" value={f.slug} defaultChecked={chosenFocus.has(f.slug)} />
                <label className="ds-label" htmlFor={id(`fokus-${f.slug}`)}>
                  {f.name}
                </label>
              </div>
            ))}
          </div>
          {fieldError("focusAreas")}
        </fieldset>
        <div className="ds-field">
          <label className="ds-label" htmlFor={id("links")}>
            {t("linksLabel")}
          </label>
          <p className="ds-paragraph text-sm" id={`${id("links")}-hint`}>
            {t("linksHint", { max: INTAKE_LIMITS.links })}
          </p>
          <textarea className="ds-input" id={id("links")} name="links" rows={3} maxLength={INTAKE_LIMITS.links * (INTAKE_LIMITS.link + 2)} defaultValue={values?.links ?? ""} aria-describedby={described("links", true)} aria-invalid={invalid("links")} />
          {fieldError("links")}
        </div>
      </fieldset>

      <fieldset className="ds-fieldset flex flex-col gap-5">
        <legend className="ds-heading" data-size="sm">
          {t("youHeading")}
        </legend>
        <p className="ds-paragraph text-sm">
          {t.rich("youIntro", { link: (chunks) => <Link className="ds-link" href="/personvern">{chunks}</Link> })}
        </p>
        <div className="ds-field">
          <label className="ds-label" htmlFor={id("name")}>
            {t("nameLabel")}
          </label>
          <input className="ds-input" id={id("name")} name="name" type="text" autoComplete="name" required maxLength={INTAKE_LIMITS.name} defaultValue={values?.name ?? ""} aria-describedby={described("name", false)} aria-invalid={invalid("name")} />
          {fieldError("name")}
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor={id("email")}>
            {t("emailLabel")}
          </label>
          <p className="ds-paragraph text-sm" id={`${id("email")}-hint`}>
            {t("emailHint")}
          </p>
          <input className="ds-input" id={id("email")} name="email" type="email" autoComplete="email" maxLength={INTAKE_LIMITS.email} defaultValue={values?.email ?? ""} aria-describedby={described("email", true)} aria-invalid={invalid("email")} />
          {fieldError("email")}
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor={id("role")}>
            {t("roleLabel")}
          </label>
          <p className="ds-paragraph text-sm" id={`${id("role")}-hint`}>
            {t("roleHint")}
          </p>
          <input className="ds-input" id={id("role")} name="role" type="text" autoComplete="organization-title" maxLength={INTAKE_LIMITS.role} defaultValue={values?.role ?? ""} aria-describedby={described("role", true)} aria-invalid={invalid("role")} />
          {fieldError("role")}
        </div>
        <div className="ds-field">
          <input className="ds-input" type="checkbox" id={id("consent")} name="consent" value="ja" defaultChecked={values?.consent ?? false} aria-describedby={described("consent", false)} />
          <label className="ds-label" htmlFor={id("consent")}>
            {t("consentLabel")}
          </label>
          {fieldError("consent")}
        </div>
        {/* The honeypot: off-screen and out of the tab order; a person leaves it empty. */}
        <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
          <label htmlFor={id("nettsted")}>{t("honeypotLabel")}</label>
          <input id={id("nettsted")} name="nettsted" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      </fieldset>

      <div>
        <button type="submit" className="ds-button" data-variant="primary">
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
