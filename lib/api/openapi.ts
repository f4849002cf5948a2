import { z } from "zod";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, projectFilterParams } from "@/lib/api/projects-params";
import { apiRegistry, LICENCE } from "@/lib/api/schemas";
import { emptyProjectFilters, projectSorts, projectStatuses } from "@/lib/projects/filters";
import { reportKinds } from "@/lib/content/schemas";
import { reportParams } from "@/lib/reports/filters";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas that shape the responses
 * (lib/api/schemas.ts) with zod 4's z.toJSONSchema; OpenAPI 3.1 uses JSON Schema 2020-12.
 */

type TJson = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** What each filter of /prosjekter means; a filter added to the parser appears with a generic text. */
const projectParamDocs: Partial<Record<string, { description: string; schema: TJson }>> = {
  q: { description: "Fritekst, som søkefeltet på /prosjekter (norsk bøyning, synonymer, skrivefeil).", schema: { type: "string", maxLength: 200 } },
  fokus: { description: "Fokusområde (slug, se /api/v1/fokusomrader). Kan gjentas: eksempler i minst ett av dem.", schema: { type: "string" } },
  fylke: { description: "Fylke: slug eller tosifret fylkesnummer (se /api/v1/fylker).", schema: { type: "string" } },
  kommune: { description: "Kommunenummer med fire sifre (dagens nummer, se /api/v1/kommuner).", schema: { type: "string", pattern: "^\\d{4}$" } },
  faktor: { description: "Suksessfaktor (slug, se /api/v1/suksessfaktorer). Kan gjentas.", schema: { type: "string" } },
  status: { description: "Prosjektets status.", schema: { type: "string", enum: [...projectStatuses] } },
  fra: { description: "Eksempler som pågikk i eller etter dette året.", schema: { type: "integer", minimum: 1900, maximum: 2100 } },
  til: { description: "Eksempler som startet i eller før dette året.", schema: { type: "integer", minimum: 1900, maximum: 2100 } },
  sortering: {
    description:
      "Rekkefølgen: relevans (best treff på q; standard med q), lagt-til (når eksemplet ble publisert i Kunnskapsbanken, nyeste først; standard uten q) eller periode (prosjektets startår og sluttår, nyeste først, uten periode sist). CSV-eksporten følger alltid standardrekkefølgen.",
    schema: { type: "string", enum: [...projectSorts] },
  },
  side: { description: "Sidenummer, fra 1.", schema: { type: "integer", minimum: 1, maximum: 10000, default: 1 } },
};

const pageSizeParam = {
  name: "antall",
  in: "query",
  description: `Antall per side (høyst ${MAX_PAGE_SIZE}).`,
  schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
};

function projectParameters() {
  return projectFilterParams.map((name) => {
    const doc = projectParamDocs[name] ?? { description: `Filter som på /prosjekter (${name}).`, schema: { type: "string" } };
    const repeatable = Array.isArray(emptyProjectFilters[name]);
    return {
      name,
      in: "query",
      description: doc.description,
      ...(repeatable ? { schema: { type: "array", items: doc.schema }, style: "form", explode: true } : { schema: doc.schema }),
    };
  });
}

const reportParamDocs: Record<string, { description: string; schema: TJson; repeat?: boolean }> = {
  q: { description: "Fritekst i tittel og sammendrag.", schema: { type: "string", maxLength: 200 } },
  fokus: { description: "Fokusområde (slug). Kan gjentas.", schema: { type: "string" }, repeat: true },
  ar: { description: "Utgivelsesår.", schema: { type: "integer", minimum: 1900, maximum: 2100 } },
  type: { description: "Rapporttype.", schema: { type: "string", enum: [...reportKinds] } },
  utgiver: { description: "Utgiver, nøyaktig som i rapportens utgiverliste.", schema: { type: "string", maxLength: 200 } },
};

function reportParameters() {
  return [
    ...reportParams.map((name) => {
      const doc = reportParamDocs[name] ?? { description: `Filter som på /rapporter (${name}).`, schema: { type: "string" } };
      return doc.repeat
        ? { name, in: "query", description: doc.description, schema: { type: "array", items: doc.schema }, style: "form", explode: true }
        : { name, in: "query", description: doc.description, schema: doc.schema };
    }),
    { name: "side", in: "query", description: "Sidenummer, fra 1.", schema: { type: "integer", minimum: 1, maximum: 10000, default: 1 } },
    pageSizeParam,
  ];
}

const cachingHeaders = {
  ETag: { description: "Hash av innholdet. Send den i If-None-Match for å få 304 når ingenting er endret.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string" } },
  Link: { description: `Lisensen: <${LICENCE.url}>; rel="license".`, schema: { type: "string" } },
};

function ok(schemaId: string, description: string, lastModified = false) {
  return {
    "200": {
      description,
      headers: lastModified
        ? { ...cachingHeaders, "Last-Modified": { description: "Siste endring.", schema: { type: "string" } } }
        : cachingHeaders,
      content: { "application/json": { schema: ref(schemaId) } },
    },
    "304": { description: "Uendret siden forrige henting (If-None-Match eller If-Modified-Since)." },
  };
}

const errors = {
  "400": { description: "Ugyldig eller ukjent parameter; feil.parametere navngir den.", content: { "application/json": { schema: ref("Feil") } } },
  "500": { description: "Feil hos oss.", content: { "application/json": { schema: ref("Feil") } } },
  "503": { description: "Databasen svarer ikke.", content: { "application/json": { schema: ref("Feil") } } },
};
const notFound = { "404": { description: "Finnes ikke, eller er ikke publisert.", content: { "application/json": { schema: ref("Feil") } } } };

const slugParam = { name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } };

export function componentSchemas(): Record<string, TJson> {
  const { schemas } = z.toJSONSchema(apiRegistry, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Inside an OpenAPI document each schema is a component, not a document of its own.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const component: TJson = { ...schema };
      delete component.$schema;
      delete component.$id;
      return [id, component];
    }),
  );
}

export function buildOpenApiDocument(serverUrl: string) {
  const csv = (description: string, parameters: unknown[]) => ({
    get: {
      summary: description,
      parameters,
      responses: {
        "200": {
          description: "CSV (UTF-8 med BOM, semikolon som skilletegn), én rad per post, alle treff.",
          content: { "text/csv": { schema: { type: "string" } } },
        },
        ...errors,
      },
    },
  });
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Kunnskapsbanken – åpne data",
      version: "1.0.0",
      summary: "Distriktssenterets prosjekteksempler, rapporter og suksessfaktorer som åpne data.",
      description:
        "Bare publiserte poster. Lister kan filtreres med de samme parameterne som nettsidene /prosjekter og /rapporter. " +
        "Ukjente eller ugyldige parametere gir 400 med en feilmelding som navngir parameteren. " +
        `Dataene er lisensiert under ${LICENCE.navn} (${LICENCE.url}); oppgi «${LICENCE.kilde}» som kilde. ` +
        "Se også /api (dokumentasjon på norsk) og Atom-strømmene /feed/prosjekter.xml og /feed/rapporter.xml.",
      license: { name: LICENCE.navn, url: LICENCE.url },
      contact: { name: "Distriktssenteret", url: `${serverUrl}/om` },
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    paths: {
      "/prosjekter": { get: { summary: "Prosjekteksempler, filtrert og sidevis", parameters: [...projectParameters(), pageSizeParam], responses: { ...ok("ProsjektListe", "En side med eksempler.", true), ...errors } } },
      "/prosjekter.csv": csv("Alle prosjekteksempler som passer filtrene, som CSV", projectParameters().filter((p) => p.name !== "side")),
      "/prosjekter/{slug}": { get: { summary: "Ett prosjekteksempel", parameters: [slugParam], responses: { ...ok("ProsjektSvar", "Eksempelet.", true), ...notFound, ...errors } } },
      "/rapporter": { get: { summary: "Rapporter, filtrert og sidevis", parameters: reportParameters(), responses: { ...ok("RapportListe", "En side med rapporter.", true), ...errors } } },
      "/rapporter.csv": csv("Alle rapporter som passer filtrene, som CSV", reportParameters().filter((p) => p.name !== "side" && p.name !== "antall")),
      "/rapporter/{slug}": { get: { summary: "Én rapport", parameters: [slugParam], responses: { ...ok("RapportSvar", "Rapporten.", true), ...notFound, ...errors } } },
      "/suksessfaktorer": { get: { summary: "De ti suksessfaktorene", responses: { ...ok("SuksessfaktorListe", "Alle."), ...errors } } },
      "/fokusomrader": { get: { summary: "Fokusområdene", responses: { ...ok("FokusomradeListe", "Alle."), ...errors } } },
      "/fylker": { get: { summary: "Fylkene", responses: { ...ok("FylkeListe", "Alle."), ...errors } } },
      "/kommuner": { get: { summary: "Kommunene", responses: { ...ok("KommuneListe", "Alle."), ...errors } } },
    },
    components: { schemas: componentSchemas() },
  };
}
