"use client";

import { Link } from "@/components/i18n/link";
import { factorListHref as listHref } from "@/components/analysis/list-href";

/**
 * The two lists of /hva-virker under the matrix, drawn from compact tuples: as client components
 * the React payload carries only these props, not each item's markup a second time (the server
 * still renders the lists into the HTML). Counts in words ("12 eksempler") come translated from
 * the page. Text is joined in template strings, so React writes no `<!-- -->` between its parts.
 */
export type TTopFactor = [slug: string, name: string, examples: string];
export type TAreaFactors = [slug: string, name: string, examples: string, factors: [slug: string, name: string, count: number][]];


/** The success factors most often noted, most first, each linked to its list. */
export function TopFactors({ factors }: { factors: TTopFactor[] }) {
  return (
    <ol className="list-decimal space-y-1 pl-6">
      {factors.map(([slug, name, examples]) => (
        <li key={slug}>
          <Link className="ds-link" href={listHref(null, slug)}>
            {name}
          </Link>{" "}
          <span className="text-sm">{`– ${examples}`}</span>
        </li>
      ))}
    </ol>
  );
}

/** Each focus area with its most noted factors, each linked to the list of both. */
export function FactorsByArea({ areas, none }: { areas: TAreaFactors[]; none: string }) {
  return (
    <dl className="space-y-3">
      {areas.map(([area, areaName, examples, factors]) => (
        <div key={area}>
          <dt className="font-semibold">
            {`${areaName} `}
            <span className="text-sm font-normal">{`(${examples})`}</span>
          </dt>
          <dd>
            {factors.length === 0 ? (
              <span className="text-sm">{none}</span>
            ) : (
              <ul className="flex flex-wrap gap-x-4">
                {factors.map(([slug, name, count]) => (
                  <li key={slug}>
                    <Link className="ds-link" href={listHref(area, slug)}>
                      {name}
                    </Link>{" "}
                    <span className="text-sm">{`(${count})`}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
