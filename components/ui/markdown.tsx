import { renderMarkdown } from "@/lib/markdown";

/** Renders stored Markdown, sanitised (see lib/markdown.ts). */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return <div className={`prose-kb ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
