"use client";

import Link from "next/link";

// Shown when a page fails on the server, e.g. when the database cannot be reached. The
// details stay in the server log; the reader gets a Norwegian message and a way on.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl space-y-4" role="alert">
      <h1 className="ds-heading" data-size="lg">
        Noe gikk galt
      </h1>
      <p className="ds-paragraph">
        Vi får ikke hentet innholdet akkurat nå. Det kan skyldes at databasen er utilgjengelig. Prøv igjen om litt.
      </p>
      <p className="flex gap-3">
        <button className="ds-button" data-variant="primary" type="button" onClick={() => reset()}>
          Prøv igjen
        </button>
        <Link className="ds-button" data-variant="secondary" href="/">
          Til forsiden
        </Link>
      </p>
    </div>
  );
}
