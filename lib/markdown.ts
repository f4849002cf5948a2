import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown → safe HTML. Stored Markdown may contain anything (editors paste, attackers try);
 * whatever marked produces is passed through an allow-list, so <script>, event handlers and
 * javascript: links come out inert. The admin preview uses this same function.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const options: sanitizeHtml.IOptions = {
  allowedTags: ["h2", "h3", "h4", "p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "del", "span"],
  allowedAttributes: { a: ["href", "title"], th: ["scope"], td: [], ol: ["start"], span: ["class"] },
  allowedClasses: { span: ["tick-box", "tick-box-checked"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  // Headings in bodies start at h2: the page title is the only h1.
  transformTags: {
    h1: "h2",
    // A task list's "- [ ]" (a checklist): a box to tick on paper, drawn by CSS, not a form
    // field (it saves nothing, and an unlabelled checkbox would confuse screen readers).
    input: (_tagName, attribs): sanitizeHtml.Tag => ({
      tagName: "span",
      attribs: attribs.type === "checkbox" ? { class: attribs.checked === undefined ? "tick-box" : "tick-box tick-box-checked" } : {},
    }),
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? "") ? { ...attribs, rel: "noopener noreferrer" } : attribs,
    }),
  },
  allowedSchemesAppliedToAttributes: ["href"],
};
options.allowedAttributes = { ...(options.allowedAttributes as Record<string, string[]>), a: ["href", "title", "rel"] };

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, options);
}
