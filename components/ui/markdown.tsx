import { useLocale } from "next-intl";
import { renderMarkdown } from "@/lib/markdown";
import { localizePath } from "@/lib/i18n/locale";

/**
 * Renders stored Markdown, sanitised (see lib/markdown.ts). On a nynorsk page, links to the
 * site's own pages ("/prosjekter/…") point to their nynorsk address, like every other link.
 */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  const locale = useLocale();
  let html = renderMarkdown(source);
  if (locale !== "nb") html = html.replace(/<a href="(\/[^"]*)"/g, (_, href: string) => `<a href="${localizePath(href, locale)}"`);
  return <div className={`prose-kb ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
