import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { readBoundedBody } from "@/lib/http/bounded-body";

const handler = NextAuth(authOptions);

/** A sign-in form is a few hundred bytes; nothing larger is read. */
const MAX_BODY_BYTES = 8 * 1024;

type Context = { params: Promise<{ nextauth: string[] }> };

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** The body as text, or null when it is longer than `limit` bytes (read no further than that). */
async function readBounded(request: Request, limit: number): Promise<string | null> {
  const body = await readBoundedBody(request, limit);
  return body === null ? null : new TextDecoder().decode(body);
}

async function POST(request: NextRequest, context: Context) {
  const body = await readBounded(request, MAX_BODY_BYTES);
  if (body === null) return refuse(413, "Forespørselen er for stor.");
  if ((request.headers.get("content-type") ?? "").includes("application/json")) {
    try {
      JSON.parse(body || "{}");
    } catch {
      return refuse(400, "Ugyldig JSON.");
    }
  }
  // next-auth reads the body itself: hand it the bounded copy.
  return handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
}

export { handler as GET, POST };
