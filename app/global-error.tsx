"use client";

// Replaces the root layout when it fails, so it must be self-contained. A full page load
// (plain <a>) is deliberate here: the client router may be what broke.

export default function GlobalError() {
  return (
    <html lang="nb">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>Noe gikk galt</h1>
          <p>Kunnskapsbanken er ikke tilgjengelig akkurat nå. Prøv igjen om litt.</p>
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Til forsiden</a>
          </p>
        </main>
      </body>
    </html>
  );
}
