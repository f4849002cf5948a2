/**
 * Builds prisma/reference/population.json from SSB's CSV (../shared/data/ssb/, see the reference
 * README): one line per municipality, the population on 1 January of each year from 1986, with
 * `null` where the CSV has 0 (no comparable series for that year, not zero people).
 *
 *   npx tsx prisma/reference/scripts/population-from-csv.ts ../shared/data/ssb/befolkning-kommuner-1986-2026.csv
 */
import fs from "node:fs";
import path from "node:path";

const FIRST_YEAR = 1986;
const LAST_YEAR = 2026;

const csvPath = process.argv[2];
if (!csvPath) {
  console.error("Bruk: tsx prisma/reference/scripts/population-from-csv.ts <befolkning-kommuner-1986-2026.csv>");
  process.exit(2);
}

const lines = fs.readFileSync(csvPath, "utf8").trim().split(/\r?\n/);
if (lines[0] !== "kom2024,navn,aar,befolkning") throw new Error(`Unexpected header: ${lines[0]}`);

const byNumber = new Map<string, { name: string; values: (number | null)[] }>();
for (const line of lines.slice(1)) {
  // Names contain no commas (checked: four fields per line).
  const fields = line.split(",");
  if (fields.length !== 4) throw new Error(`Unexpected line: ${line}`);
  const [number = "", name = "", yearText, populationText] = fields;
  const year = Number(yearText);
  const population = Number(populationText);
  if (!/^\d{4}$/.test(number) || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR || !Number.isInteger(population) || population < 0) {
    throw new Error(`Unexpected line: ${line}`);
  }
  const entry = byNumber.get(number) ?? { name, values: new Array<number | null>(LAST_YEAR - FIRST_YEAR + 1).fill(null) };
  entry.values[year - FIRST_YEAR] = population === 0 ? null : population;
  byNumber.set(number, entry);
}

const rows = [...byNumber.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([number, { name, values }]) => JSON.stringify({ number, name, firstYear: FIRST_YEAR, population: values }));
const out = path.join(import.meta.dirname, "..", "population.json");
fs.writeFileSync(out, `[\n${rows.join(",\n")}\n]\n`);
console.log(`${rows.length} kommuner skrevet til ${out}`);
