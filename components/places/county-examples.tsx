"use client";

import { Fragment } from "react";

/**
 * A county page's newest examples, grouped by the municipalities of the county they cover: drawn
 * from compact tuples, so the React payload carries each example and each municipality once as
 * data instead of as an element tree (a regional example names up to all the county's
 * municipalities, each a link). The server still renders the full HTML. Addresses are the pages'
 * bases in the page's language plus the number or slug; texts come formatted from the server.
 */
export type TCountyExample = [slug: string, title: string, meta: string, teaser: string];
export type TCountyExampleGroup = [numbers: string[], names: string[], examples: TCountyExample[]];

export function CountyExampleGroups({ groups, municipalityBase, projectBase }: { groups: TCountyExampleGroup[]; municipalityBase: string; projectBase: string }) {
  // One heading and list per group; spacing, weights and link style are in globals.css
  // (`.kb-examples`, `.kb-links`), not on each element.
  return (
    <div className="kb-examples kb-links">
      {groups.map(([numbers, names, examples]) => (
        <Fragment key={numbers.join("-")}>
          <h3 className="ds-heading" data-size="sm">
            {numbers.map((number, i) => (
              <Fragment key={number}>
                {i > 0 && ", "}
                <a href={`${municipalityBase}/${number}`}>{names[i]}</a>
              </Fragment>
            ))}
          </h3>
          <ul>
            {examples.map(([slug, title, meta, teaser]) => (
              <li key={slug}>
                <a href={`${projectBase}/${slug}`}>{title}</a>
                <span>{meta}</span>
                <p>{teaser}</p>
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </div>
  );
}
