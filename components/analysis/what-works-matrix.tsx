"use client";

import { Link } from "@/components/i18n/link";
import { factorListHref as listHref } from "@/components/analysis/list-href";
import { localizePath, type TLocale } from "@/lib/i18n/locale";
import { SHADES, shadeClasses, shadeOf, textOn } from "@/lib/maps/shading";

/**
 * The matrix of /hva-virker (success factors × focus areas), drawn from compact props. A server
 * component's output is sent twice, in the HTML and again as an element tree in the React
 * payload; ~340 cells of markup made the page 343 KB. As a client component the payload carries
 * only these props (slugs, names, the counts), while the server still renders the whole table,
 * so every cell is a plain link that works without JavaScript. The shades are four classes in one
 * `<style>`, not a style on each cell; a cell's context (its factor and focus area) is its row and
 * column headers (scope=row/col), so the links carry no aria-label of their own.
 */
export type TMatrixArea = [slug: string, name: string];
/** A success factor's row: its total over all focus areas, then one count per area, in the areas' order. */
export type TMatrixFactor = [slug: string, name: string, total: number, counts: number[]];
export type TMatrixPillar = [name: string, factors: TMatrixFactor[]];

/** The shade of a count as a class of the matrix's `<style>` (s0 … s3, short: there are ~300 cells), or none for zero. */
const shadeClass = (color: string | null) => (color ? `s${SHADES.findIndex((shade) => shade === color)}` : undefined);

// The cells' links look and take focus as .ds-link does (Designsystemet's variables), without the
// class on each of them.
const STYLE = [
  ".kb-matrix td{text-align:center}",
  ".kb-matrix td.kb-all{font-weight:600}",
  ".kb-matrix th[scope=row]{font-weight:400}",
  ".kb-matrix td a{color:var(--ds-color-text-subtle);text-decoration:underline;text-decoration-thickness:.06em;text-underline-offset:.24em;outline:none}",
  ".kb-matrix td a:hover{text-decoration-thickness:.12em}",
  ".kb-matrix td a:focus-visible{box-shadow:var(--dsc-focus-boxShadow);outline:var(--dsc-focus-outline);outline-offset:var(--ds-border-width-focus)}",
  ...SHADES.map((color, i) => `.kb-matrix .s${i}{background:${color}}.kb-matrix .s${i} a{color:${textOn(color)}}`),
].join("");


export function WhatWorksMatrix({
  areas,
  pillars,
  locale,
  caption,
  factorHeading,
  allHeading,
}: {
  areas: TMatrixArea[];
  pillars: TMatrixPillar[];
  locale: TLocale;
  caption: string;
  factorHeading: string;
  allHeading: string;
}) {
  const classes = shadeClasses(Math.max(0, ...pillars.flatMap(([, factors]) => factors.flatMap(([, , , counts]) => counts))));
  const href = (fokus: string | null, faktor: string) => localizePath(listHref(fokus, faktor), locale);
  return (
    <>
      <style>{STYLE}</style>
      <table className="ds-table kb-matrix text-sm" data-border data-size="sm" data-matrix>
        <caption id="matrise-caption" className="text-left">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{factorHeading}</th>
            {areas.map(([slug, name]) => (
              <th key={slug} scope="col" className="align-bottom">
                <Link className="ds-link" href={`/prosjekter?fokus=${encodeURIComponent(slug)}`}>
                  {name}
                </Link>
              </th>
            ))}
            <th scope="col">{allHeading}</th>
          </tr>
        </thead>
        {pillars.map(([pillar, factors]) => (
          <tbody key={pillar}>
            <tr>
              <th scope="colgroup" colSpan={areas.length + 2} className="text-left">
                {pillar}
              </th>
            </tr>
            {factors.map(([slug, name, total, counts]) => (
              <tr key={slug}>
                <th scope="row">
                  <Link className="ds-link" href={`/suksessfaktorer/${slug}`}>
                    {name}
                  </Link>
                </th>
                {areas.map(([area], i) => {
                  const count = counts[i] ?? 0;
                  return (
                    <td key={area} className={shadeClass(shadeOf(count, classes))}>
                      <a href={href(area, slug)}>
                        {count}
                      </a>
                    </td>
                  );
                })}
                <td className="kb-all">
                  <a href={href(null, slug)}>
                    {total}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </>
  );
}
