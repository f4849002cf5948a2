import pg from "pg";

export type TWeight = { path: string; status: number; kb: number };

/** Pages that are the same at any size of the base (their weight comes from the places and taxonomies). */
const STATIC_PATHS = [
  "/",
  "/prosjekter",
  "/prosjekter?filtre=alle",
  "/prosjekter?filtre=alle&fylke=troms",
  "/rapporter",
  "/suksessfaktorer",
  "/fokusomrader",
  "/fylker",
  "/kommuner",
  "/hva-virker",
  "/sok?q=bolig",
  "/om",
  "/forstehjelp",
  "/tilgjengelighet",
  "/personvern",
  "/meld-inn-prosjekt",
  "/api",
];

/**
 * Every kind of public page, in bokmål and nynorsk: the static ones, every county, focus area and
 * success factor, and a sample of municipalities, projects and reports (the real ones, from
 * content/). Their HTML weight (React payload included) against the 100 KB bound, heaviest first.
 */
export async function sweepWeights(baseUrl: string, databaseUrl: string): Promise<TWeight[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let paths: string[];
  try {
    const slugs = async (sql: string) => (await client.query<{ path: string }>(sql)).rows.map((row) => row.path);
    paths = [
      ...STATIC_PATHS,
      ...(await slugs("SELECT '/fylker/' || slug AS path FROM county ORDER BY number")),
      ...(await slugs("SELECT '/fokusomrader/' || slug AS path FROM focus_area ORDER BY slug")),
      ...(await slugs("SELECT '/suksessfaktorer/' || slug AS path FROM success_factor ORDER BY slug")),
      // The municipalities with the most examples, and the largest by population.
      ...(await slugs(`SELECT '/kommuner/' || key AS path FROM project_tally WHERE kind = 'kommune' ORDER BY count DESC, key LIMIT 5`)),
      ...(await slugs("SELECT '/kommuner/' || number AS path FROM municipality ORDER BY population DESC NULLS LAST LIMIT 3")),
      ...(await slugs("SELECT '/prosjekter/' || slug AS path FROM project WHERE state = 'publisert' AND slug NOT LIKE 'syntetisk-%' ORDER BY slug LIMIT 8")),
      ...(await slugs("SELECT '/rapporter/' || slug AS path FROM report WHERE state = 'publisert' AND slug NOT LIKE 'syntetisk-%' ORDER BY slug LIMIT 5")),
    ];
  } finally {
    await client.end();
  }
  const weights: TWeight[] = [];
  for (const path of [...new Set(paths)].flatMap((p) => [p, `/nn${p === "/" ? "" : p}`])) {
    const response = await fetch(`${baseUrl}${path}`);
    const body = await response.arrayBuffer();
    weights.push({ path, status: response.status, kb: body.byteLength / 1024 });
  }
  return weights.sort((a, b) => b.kb - a.kb);
}
