import { findMunicipalityLikeness } from "@/lib/places/municipality-queries";
import { MY_MUNICIPALITY_COOKIE, MY_MUNICIPALITY_MAX_AGE, ZMyMunicipalityForm } from "@/lib/places/my-municipality";

/**
 * The "my municipality" form (a plain POST, works without JavaScript): `handling=velg` with
 * `kommune` remembers it in a cookie, `handling=glem` forgets it; then back to `tilbake`.
 */
export async function POST(request: Request) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return problem("Skjemaet kunne ikke leses.");
  }
  const parsed = ZMyMunicipalityForm.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) return problem("Velg en kommune fra listen, og prøv igjen.");

  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  if (parsed.data.handling === "glem") {
    return back(parsed.data.tilbake, `${MY_MUNICIPALITY_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly${secure}`);
  }
  const municipality = await findMunicipalityLikeness(parsed.data.kommune);
  if (!municipality) return problem(`Fant ingen kommune med nummer ${parsed.data.kommune}. Velg en kommune fra listen.`);
  return back(
    parsed.data.tilbake,
    `${MY_MUNICIPALITY_COOKIE}=${municipality.number}; Path=/; Max-Age=${MY_MUNICIPALITY_MAX_AGE}; SameSite=Lax; HttpOnly${secure}`,
  );
}

/** A plain visit to the form's address goes to the page that has the form. */
export function GET() {
  return new Response(null, { status: 303, headers: { Location: "/kommuner#min-kommune" } });
}

function back(path: string, cookie: string) {
  return new Response(null, { status: 303, headers: { Location: path, "Set-Cookie": cookie, "Cache-Control": "no-store" } });
}

function problem(message: string) {
  const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Kunne ikke velge kommune – Kunnskapsbanken</title></head><body><main><h1>Kunne ikke velge kommune</h1><p>${escapeHtml(message)}</p><p><a href="/kommuner#min-kommune">Tilbake til kommunelisten</a></p></main></body></html>`;
  return new Response(html, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
