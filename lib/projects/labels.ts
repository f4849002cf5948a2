/** Norwegian labels for enum values (the database keeps ASCII identifiers): see lib/vocabulary.ts. */
export { editorialStateLabel, projectStatusLabel, reportKindLabel } from "@/lib/vocabulary";

export function formatPeriod(startYear: number | null, endYear: number | null): string | null {
  if (startYear && endYear) return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
  if (startYear) return `fra ${startYear}`;
  if (endYear) return `til ${endYear}`;
  return null;
}

const nok = new Intl.NumberFormat("nb-NO", { style: "currency", currency: "NOK", maximumFractionDigits: 0 });
export const formatNok = (amount: number) => nok.format(amount);

const date = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Oslo" });
export const formatDate = (value: Date) => date.format(value);

/** "1 234" (the same in bokmål and nynorsk). */
export const formatCount = (total: { count: number }) => total.count.toLocaleString("nb-NO");
