import { useTranslations } from "next-intl";
import { Link } from "@/components/i18n/link";

/** The way in to /meld-inn-prosjekt, on the front page and every list page. */
export function SuggestLink() {
  const t = useTranslations("intake");
  return (
    <p className="ds-paragraph no-print">
      <Link className="ds-link" href="/meld-inn-prosjekt">
        {t("suggestLink")}
      </Link>
    </p>
  );
}
