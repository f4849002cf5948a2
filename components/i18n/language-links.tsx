"use client";

import { Suspense } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { locales, splitLocale, type TLocale } from "@/lib/i18n/locale";

const names = { nb: "Bokmål", nn: "Nynorsk" } as const;
type TProps = { locale: TLocale; label: string };

function Links({ locale, label, path }: TProps & { path: string }) {
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex gap-3">
        {locales.map((other) => (
          <li key={other}>
            {other === locale ? (
              <span aria-current="true" lang={other} className="font-semibold">
                {names[other]}
              </span>
            ) : (
              <a className="ds-link" lang={other} hrefLang={other} href={`/sprak/${other}?${new URLSearchParams({ til: path })}`}>
                {names[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CurrentLinks({ initialPath, ...props }: TProps & { initialPath: string }) {
  const pathname = usePathname();
  const query = useSearchParams()?.toString() ?? "";
  return <Links {...props} path={pathname ? `${splitLocale(pathname).path}${query ? `?${query}` : ""}` : initialPath} />;
}

/**
 * The switcher's links. The header sits in the root layout, which a client-side navigation does
 * not draw again: the page now shown is read from the router (usePathname), so the links lead to
 * it and not to the page the reader first opened. `initialPath` (from the request) is the same
 * address, for HTML rendered without the router's search parameters.
 */
export function LanguageLinks({ initialPath, ...props }: TProps & { initialPath: string }) {
  return (
    <Suspense fallback={<Links {...props} path={initialPath} />}>
      <CurrentLinks {...props} initialPath={initialPath} />
    </Suspense>
  );
}
