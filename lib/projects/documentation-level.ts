/**
 * How well an example is documented: derived from the data, never typed by hand.
 *
 * - **evaluert**: a published report of kind `evaluering` is linked to the example.
 * - **kartlagt**: not evaluated, but at least one success factor carries a note on how the example
 *   showed it, or an adviser has completed its mapping guide (lib/mapping/, issue 13): the centre
 *   has documented it.
 * - **innmeldt**: neither: the example is only registered.
 *
 * The same rule in SQL, for filtering and counting at scale, is `documentationLevelSql` in
 * lib/projects/documentation-level-sql.ts; an integration test holds the two together.
 */

export const documentationLevels = ["innmeldt", "kartlagt", "evaluert"] as const;
export type TDocumentationLevel = (typeof documentationLevels)[number];

export const documentationLevelLabel: Record<TDocumentationLevel, string> = {
  innmeldt: "Innmeldt",
  kartlagt: "Kartlagt",
  evaluert: "Evaluert",
};

/** One sentence each, for the badge's explanation, the filter and /om. */
export const documentationLevelExplanation: Record<TDocumentationLevel, string> = {
  innmeldt: "Eksempelet er registrert, men ikke dokumentert med suksessfaktorer ennå.",
  kartlagt: "Distriktssenteret har dokumentert eksempelet og beskrevet hvordan det viser suksessfaktorer.",
  evaluert: "En evalueringsrapport om eksempelet er publisert og lenket fra det.",
};

export type TDocumentationFacts = {
  /** Success factors linked with a non-empty note. */
  factorNotes: number;
  /** Linked reports that are published and of kind `evaluering`. */
  publishedEvaluations: number;
  /** The project's mapping guide is complete (lib/mapping/, issue 13). */
  mappingComplete?: boolean;
};

export function documentationLevelOf(facts: TDocumentationFacts): TDocumentationLevel {
  if (facts.publishedEvaluations > 0) return "evaluert";
  if (facts.factorNotes > 0 || facts.mappingComplete === true) return "kartlagt";
  return "innmeldt";
}
