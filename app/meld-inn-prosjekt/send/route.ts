import { handleSuggestionPost } from "@/lib/intake/post";

/** The suggestion form's POST (works without JavaScript): lib/intake/post.ts. */
export const POST = (request: Request) => handleSuggestionPost(request);

/** A plain visit goes to the form. */
export function GET() {
  return new Response(null, { status: 303, headers: { Location: "/meld-inn-prosjekt" } });
}
