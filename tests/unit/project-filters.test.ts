import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import nn from "@/lib/i18n/messages/nn.json";
import { emptyProjectFilters, MAX_YEAR, MIN_YEAR, parseProjectFilters, projectListHref } from "@/lib/projects/filters";
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, parseSearchQuery } from "@/lib/search/parse-query";
import { splitHighlight } from "@/lib/search/highlight";

describe("parseProjectFilters", () => {
  it("reads every filter of DESIGN.md", () => {
    const { filters, notices } = parseProjectFilters({
      q: "  bredbånd  ",
      fokus: ["bredband", "ungdom", "bredband"],
      fylke: "troms",
      kommune: "5536",
      faktor: "forankring",
      status: "pagar",
      fra: "2008",
      til: "2012",
      innbyggere: "under-2000",
      utvikling: "nedgang",
      dokumentasjon: "evaluert",
      sortering: "periode",
      side: "2",
    });
    expect(notices).toEqual([]);
    expect(filters).toEqual({
      q: "bredbånd",
      fokus: ["bredband", "ungdom"],
      fylke: "troms",
      kommune: "5536",
      faktor: ["forankring"],
      status: "pagar",
      fra: 2008,
      til: 2012,
      innbyggere: "under-2000",
      utvikling: "nedgang",
      dokumentasjon: "evaluert",
      sortering: "periode",
      side: 2,
    });
  });

  it("gives the defaults for no parameters", () => {
    expect(parseProjectFilters({})).toEqual({ filters: emptyProjectFilters, notices: [] });
  });

  it("accepts a county number", () => {
    expect(parseProjectFilters({ fylke: "55" }).filters.fylke).toBe("55");
  });

  const hostile: [string, Record<string, string | string[]>, keyof typeof emptyProjectFilters][] = [
    ["negative page", { side: "-3" }, "side"],
    ["page zero", { side: "0" }, "side"],
    ["fractional page", { side: "1.5" }, "side"],
    ["huge page", { side: "99999999999999999999" }, "side"],
    ["page as text", { side: "abc" }, "side"],
    ["script in focus area", { fokus: "<script>alert(1)</script>" }, "fokus"],
    ["SQL in focus area", { fokus: "bolig'; DROP TABLE project; --" }, "fokus"],
    ["upper-case slug", { faktor: "Forankring" }, "faktor"],
    ["unknown status", { status: "ferdig" }, "status"],
    ["status given twice", { status: ["pagar", "avsluttet"] }, "status"],
    ["county given twice", { fylke: ["troms", "vestland"] }, "fylke"],
    ["county with spaces", { fylke: "troms og finnmark" }, "fylke"],
    ["three-digit municipality", { kommune: "123" }, "kommune"],
    ["municipality with letters", { kommune: "55ab" }, "kommune"],
    ["year as text", { fra: "i fjor" }, "fra"],
    ["unknown population band", { innbyggere: "under-1000" }, "innbyggere"],
    ["population band as a number", { innbyggere: "2000" }, "innbyggere"],
    ["unknown trend", { utvikling: "fall" }, "utvikling"],
    ["trend given twice", { utvikling: ["vekst", "nedgang"] }, "utvikling"],
    ["year out of range", { til: "1800" }, "til"],
    ["year far future", { fra: "30000" }, "fra"],
    ["unknown documentation level", { dokumentasjon: "dokumentert" }, "dokumentasjon"],
    ["documentation level in upper case", { dokumentasjon: "EVALUERT" }, "dokumentasjon"],
    ["text given twice", { q: ["a", "b"] }, "q"],
    ["10,000-character text", { q: "x".repeat(10_000) }, "q"],
  ];

  it.each(hostile)("explains and survives: %s", (_name, params, param) => {
    const { filters, notices } = parseProjectFilters(params);
    expect(notices.map((n) => n.param)).toContain(param);
    expect(filters.side).toBeGreaterThanOrEqual(1);
    expect(filters.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    for (const notice of notices) expect(notice.message.length).toBeLessThan(200);
  });

  it("drops the bad values and keeps the good ones", () => {
    const { filters } = parseProjectFilters({ fokus: ["<script>", "bolig"], side: "-1", status: ["pagar", "x"], fylke: ["troms", "x"] });
    expect(filters.fokus).toEqual(["bolig"]);
    expect(filters.side).toBe(1);
    expect(filters.status).toBe("pagar");
    expect(filters.fylke).toBe("troms");
  });

  it("swaps a reversed period", () => {
    const { filters, notices } = parseProjectFilters({ fra: "2015", til: "2010" });
    expect([filters.fra, filters.til]).toEqual([2010, 2015]);
    expect(notices).toHaveLength(1);
  });

  it("ignores empty values (as a GET form sends them) and unknown parameters", () => {
    const { filters, notices } = parseProjectFilters({ q: "", fylke: "", status: "", fra: "", utm_source: "x", fokus: [""] });
    expect(filters).toEqual(emptyProjectFilters);
    expect(notices).toEqual([]);
  });

  it("caps the number of focus areas", () => {
    const many = Array.from({ length: 50 }, (_, i) => `omrade-${i}`);
    expect(parseProjectFilters({ fokus: many }).filters.fokus).toHaveLength(20);
  });
});

describe("projectListHref", () => {
  it("gives one stable URL per filter set, leaving defaults out", () => {
    expect(projectListHref(emptyProjectFilters)).toBe("/prosjekter");
    const href = projectListHref({ ...emptyProjectFilters, q: "bolig", fokus: ["a", "b"], side: 1, fra: 2010 });
    expect(href).toBe("/prosjekter?q=bolig&fokus=a&fokus=b&fra=2010");
    const { filters } = parseProjectFilters(Object.fromEntries(new URLSearchParams("q=bolig&fra=2010")));
    expect(projectListHref(filters)).toBe("/prosjekter?q=bolig&fra=2010");
  });
});

describe("parseSearchQuery", () => {
  it("keeps letters and digits only, lower-cased", () => {
    expect(parseSearchQuery("Bredbånd & <script>!").terms).toEqual(["bredbånd", "script"]);
  });

  it("understands phrases, exclusions and OR", () => {
    const parsed = parseSearchQuery('"det gode liv" -troms OR propell');
    expect(parsed.clauses).toEqual([
      [
        { words: ["det", "gode", "liv"], negated: false },
        { words: ["troms"], negated: true },
      ],
      [{ words: ["propell"], negated: false }],
    ]);
  });

  it("splits hyphenated words into required parts", () => {
    expect(parseSearchQuery("Nord-Troms").clauses).toEqual([[{ words: ["nord"], negated: false }, { words: ["troms"], negated: false }]]);
  });

  it("caps length and number of terms", () => {
    const parsed = parseSearchQuery("ord ".repeat(5_000));
    expect(parsed.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parsed.clauses.flat().flatMap((i) => i.words).length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
  });

  it("gives no clauses for nothing searchable", () => {
    for (const text of ["", "   ", "!!!", "-troms", "OR", '""']) expect(parseSearchQuery(text).clauses).toEqual([]);
  });
});

describe("splitHighlight", () => {
  it("turns only <mark> into structure and decodes escaped text", () => {
    expect(splitHighlight("a &lt;b&gt; &amp; <mark>c</mark> d")).toEqual([
      { text: "a <b> & ", marked: false },
      { text: "c", marked: true },
      { text: " d", marked: false },
    ]);
  });
});

describe("sortering (issue 12)", () => {
  it("reads the period order and keeps it in the URL", () => {
    const { filters, notices } = parseProjectFilters({ sortering: "periode", fokus: "bredband" });
    expect(filters.sortering).toBe("periode");
    expect(notices).toEqual([]);
    expect(projectListHref(filters)).toBe("/prosjekter?fokus=bredband&sortering=periode");
  });

  it("leaves the default order out of the URL, so equal lists share one", () => {
    expect(parseProjectFilters({ sortering: "lagt-til" }).filters.sortering).toBeNull();
    expect(parseProjectFilters({ q: "bolig", sortering: "relevans" }).filters.sortering).toBeNull();
    const addedWithText = parseProjectFilters({ q: "bolig", sortering: "lagt-til" }).filters;
    expect(addedWithText.sortering).toBe("lagt-til");
    expect(projectListHref(addedWithText)).toBe("/prosjekter?q=bolig&sortering=lagt-til");
    expect(projectListHref({ ...addedWithText, q: "" })).toBe("/prosjekter");
  });

  it("explains an unknown order, and relevance without search text", () => {
    const unknown = parseProjectFilters({ sortering: "alfabetisk" });
    expect(unknown.filters.sortering).toBeNull();
    expect(unknown.notices.map((n) => n.param)).toEqual(["sortering"]);
    const relevance = parseProjectFilters({ sortering: "relevans" });
    expect(relevance.filters.sortering).toBeNull();
    expect(relevance.notices[0]?.message).toMatch(/krever en søketekst/);
  });
});

describe("filter notices in the page's language", () => {
  it("keeps today's bokmål text for the API and gives the page a key to say it in nynorsk", () => {
    const t = createTranslator({ locale: "nn", messages: nn, namespace: "notices" });
    const { notices } = parseProjectFilters({ fra: ["2020", "1700"], til: "2010", kommune: "abc", fokus: "Ikke gyldig", q: ["a", "b"] });
    expect(notices.map((n) => n.message)).toEqual([
      "Søketekst er oppgitt flere ganger; bare den første er brukt.",
      "Fra år er oppgitt flere ganger; bare den første verdien er brukt.",
      "Fra år (2020) var etter til år (2010); årene er byttet om.",
      "Ukjent fokusområde «Ikke gyldig» – det er ikke brukt.",
      "Kommunenummer må ha fire sifre, ikke «abc» – filteret er ikke brukt.",
    ]);
    expect(notices.map((n) => t(n.key, n.values))).toEqual([
      "Søketekst er oppgitt fleire gonger; berre den første er brukt.",
      "Frå år er oppgitt fleire gonger; berre den første verdien er brukt.",
      "Frå år (2020) var etter til år (2010); åra er bytte om.",
      "Ukjent fokusområde «Ikke gyldig» – det er ikkje brukt.",
      "Kommunenummer må ha fire siffer, ikkje «abc» – filteret er ikkje brukt.",
    ]);
    const years = parseProjectFilters({ fra: "1700" }).notices;
    const [year] = years;
    expect(year?.message).toBe(`Fra år må være et årstall mellom ${MIN_YEAR} og ${MAX_YEAR}, ikke «1700» – filteret er ikke brukt.`);
    expect(year && t(year.key, year.values)).toBe(`Frå år må vere eit årstal mellom ${MIN_YEAR} og ${MAX_YEAR}, ikkje «1700» – filteret er ikkje brukt.`);
  });
});
