"use client";

// Replaces the root layout when it fails, so it must be self-contained: no next-intl provider,
// hence its own two-language text rather than the message files (whose weight would then ride
// along in every page's bundle). The language is the address's: proxy.ts sends a reader who
// chose nynorsk to `/nn/…`. A full page load (plain <a>) is deliberate: the client router may be
// what broke.

const texts = {
  nb: { title: "Noe gikk galt", text: "Kunnskapsbanken er ikke tilgjengelig akkurat nå. Prøv igjen om litt.", home: "Til forsiden", href: "/" },
  nn: { title: "Noko gjekk gale", text: "Kunnskapsbanken er ikkje tilgjengeleg akkurat no. Prøv igjen om litt.", home: "Til framsida", href: "/nn" },
};

export default function GlobalError() {
  const locale = typeof window !== "undefined" && /^\/nn(\/|$)/.test(window.location.pathname) ? "nn" : "nb";
  const t = texts[locale];
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>{t.title}</h1>
          <p>{t.text}</p>
          <p>
            <a href={t.href}>{t.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
