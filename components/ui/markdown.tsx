import { renderMarkdown } from "@/lib/markdown";

/** Renders stored Markdown, sanitised (see lib/markdown.ts). */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return <RenderedMarkdown html={renderMarkdown(source)} className={className} />;
}

/** HTML that renderMarkdown has already made (kept in the public data cache, not redone per request). */
export function RenderedMarkdown({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`prose-kb ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
