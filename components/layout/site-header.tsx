import Link from "next/link";

const navigation = [
  { href: "/prosjekter", label: "Prosjekter" },
  { href: "/rapporter", label: "Rapporter" },
  { href: "/suksessfaktorer", label: "Suksessfaktorer" },
  { href: "/fokusomrader", label: "Fokusområder" },
  { href: "/fylker", label: "Fylker" },
  { href: "/kommuner", label: "Kommuner" },
  { href: "/hva-virker", label: "Hva virker" },
  { href: "/forstehjelp", label: "Førstehjelp for prosjekteiere" },
];

export function SiteHeader() {
  return (
    <header className="no-print border-b" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="ds-link" style={{ textDecoration: "none" }}>
          <span className="block text-xl font-semibold">Kunnskapsbanken</span>
          <span className="block text-sm">Distriktssenteret – kompetansesenter for distriktsutvikling</span>
        </Link>
        <nav aria-label="Hovedmeny">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link className="ds-link" href={item.href}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
