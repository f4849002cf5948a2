/**
 * "1 rapport", "2 rapporter": a count with the noun in the right Norwegian form. Bokmål and
 * nynorsk both have one/other (Intl.PluralRules); the forms themselves are the caller's words.
 */
export type TNounForms = { one: string; other: string };

const rules = new Intl.PluralRules("nb");
const numbers = new Intl.NumberFormat("nb-NO");

export function countOf(count: number, forms: TNounForms): string {
  return `${numbers.format(count)} ${rules.select(count) === "one" ? forms.one : forms.other}`;
}

export const nouns = {
  project: { one: "prosjekteksempel", other: "prosjekteksempler" },
  example: { one: "eksempel", other: "eksempler" },
  projectAdmin: { one: "prosjekt", other: "prosjekter" },
  report: { one: "rapport", other: "rapporter" },
  successFactor: { one: "suksessfaktor", other: "suksessfaktorer" },
  focusArea: { one: "fokusområde", other: "fokusområder" },
} satisfies Record<string, TNounForms>;
