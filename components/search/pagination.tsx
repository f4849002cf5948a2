import { useTranslations } from "next-intl";
import { Link } from "@/components/i18n/link";

/** Numbered page links (stable URLs); the current page carries aria-current="page". */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const t = useTranslations("common");
  if (pageCount <= 1) return null;
  // First, last, and two either side of the current page; gaps shown as an ellipsis.
  const pages = [...new Set([1, pageCount, ...[-2, -1, 0, 1, 2].map((d) => page + d)])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav className="ds-pagination" aria-label={t("pagination")}>
      <ul>
        {page > 1 && (
          <li>
            <Link className="ds-button" data-variant="tertiary" href={hrefFor(page - 1)} rel="prev">
              {t("previous")}
            </Link>
          </li>
        )}
        {pages.map((p, index) => (
          <li key={p} className="flex items-center gap-1">
            {p - (pages[index - 1] ?? p - 1) > 1 && <span aria-hidden="true">…</span>}
            <Link
              className="ds-button"
              data-variant={p === page ? "primary" : "tertiary"}
              href={hrefFor(p)}
              aria-current={p === page ? "page" : undefined}
              aria-label={t("pageN", { page: p })}
            >
              {p}
            </Link>
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link className="ds-button" data-variant="tertiary" href={hrefFor(page + 1)} rel="next">
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
