import { useLocale } from "next-intl";
import type { ReactNode } from "react";

/**
 * Text written in one language, shown on a page in the other: the element carries lang="nn" (or
 * "nb") so that screen readers pronounce it right and hyphenation follows its rules. On a page in
 * the same language it adds nothing but the element (or nothing at all, as a span).
 */
export function ContentLanguage({
  language,
  as: Tag = "span",
  className,
  children,
}: {
  language: "nb" | "nn" | null | undefined;
  as?: "span" | "p" | "div" | "section";
  className?: string;
  children: ReactNode;
}) {
  const page = useLocale();
  const lang = language && language !== page ? language : undefined;
  if (Tag === "span" && !lang && !className) return <>{children}</>;
  return (
    // No lang={undefined}: React sends an undefined prop in the payload as "$undefined".
    <Tag {...(lang ? { lang } : {})} className={className}>
      {children}
    </Tag>
  );
}
