import { useLocale } from "next-intl";
import { renderMarkdown } from "@/lib/markdown";
import { localizePath } from "@/lib/i18n/locale";

/**
 * Renders stored Markdown, sanitised (see lib/markdown.ts). On a nynorsk page, links to the
 * site's own pages ("/prosjekter/…") point to their nynorsk address, like every other link.
 */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return <RenderedMarkdown html={renderMarkdown(source)} className={className} />;
}

/**
 * HTML that renderMarkdown has already made (kept in the public data cache, not redone per
 * request). On a nynorsk page, links to the site's own pages point to their nynorsk address.
 */
export function RenderedMarkdown({ html: rendered, className = "" }: { html: string; className?: string }) {
  const locale = useLocale();
  const html = locale === "nb" ? rendered : rendered.replace(/<a href="(\/[^"]*)"/g, (_, href: string) => `<a href="${localizePath(href, locale)}"`);
  return <div className={`prose-kb ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
