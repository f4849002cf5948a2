import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
      <div className="mx-auto grid w-full max-w-6xl gap-4 px-4 py-8 text-sm md:grid-cols-2">
        <div>
          <p className="ds-paragraph font-semibold">Kunnskapsbanken – Distriktssenteret</p>
          <p className="ds-paragraph">Hva virker i lokal samfunnsutvikling, og hvorfor. Alle eksempler og tall oppgir kilde.</p>
        </div>
        <ul className="space-y-1">
          <li><Link className="ds-link" href="/om">Om Kunnskapsbanken</Link></li>
          <li><Link className="ds-link" href="/tilgjengelighet">Tilgjengelighetserklæring</Link></li>
          <li><Link className="ds-link" href="/api">Åpne data: API, CSV og nyhetsstrømmer</Link></li>
          <li>
            Kommunedata: Inneholder data under Norsk lisens for offentlige data (NLOD) tilgjengeliggjort av Bring, og
            SSBs klassifikasjoner av kommuner og fylker.
          </li>
        </ul>
      </div>
    </footer>
  );
}
