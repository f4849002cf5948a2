import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";

export async function SiteFooter() {
  const t = await getTranslations("layout.footer");
  const ti = await getTranslations("intake");
  return (
    <footer className="no-print mt-12 border-t" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
      <div className="mx-auto grid w-full max-w-6xl gap-4 px-4 py-8 text-sm md:grid-cols-2">
        <div>
          <p className="ds-paragraph font-semibold">Kunnskapsbanken – Distriktssenteret</p>
          <p className="ds-paragraph">{t("blurb")}</p>
        </div>
        <ul className="space-y-1">
          <li><Link className="ds-link" href="/om">{t("about")}</Link></li>
          <li><Link className="ds-link" href="/tilgjengelighet">{t("accessibility")}</Link></li>
          <li><Link className="ds-link" href="/api">{t("openData")}</Link></li>
          <li><Link className="ds-link" href="/meld-inn-prosjekt">{ti("form.title")}</Link></li>
          <li><Link className="ds-link" href="/personvern">{ti("privacy.title")}</Link></li>
          <li>{t("licence")}</li>
        </ul>
      </div>
    </footer>
  );
}
