import { z } from "zod";
import { zSlug } from "@/lib/slug";
import { projectStatuses, reportKinds } from "@/lib/content/schemas";

/**
 * The shapes of /api/v1's responses, defined once: the route handlers build their bodies through
 * these types, and /api/v1/openapi.json is generated from the same schemas (lib/api/openapi.ts).
 * Field names are Norwegian (ASCII, camelCase), like the query parameters.
 */

/** Schemas with an id here become components/schemas in the OpenAPI document. */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

const named = <T extends z.ZodType>(schema: T, id: string, description: string): T => {
  apiRegistry.add(schema as z.ZodType, { id, description });
  return schema;
};

export const LICENCE = {
  navn: "Norsk lisens for offentlige data (NLOD) 2.0",
  url: "https://data.norge.no/nlod/no/2.0",
  kilde: "Distriktssenteret – Kunnskapsbanken",
} as const;

export const ZLicence = named(
  z.object({
    navn: z.literal(LICENCE.navn),
    url: z.literal(LICENCE.url),
    kilde: z.literal(LICENCE.kilde),
    kildeUrl: z.url().describe("Kilden som skal oppgis ved bruk, med adresse."),
  }),
  "Lisens",
  "Dataene er lisensiert under NLOD 2.0. Oppgi kilden (kilde og kildeUrl) når du bruker dem.",
);

const ZSlug = zSlug;
const ZYear = z.int().min(1900).max(2100);
const ZPageUrl = z.url().describe("Nettsiden for mennesker.");
const ZApiUrl = z.url().describe("Denne ressursen i API-et.");

export const ZCountyRef = named(
  z.object({ nummer: z.string().regex(/^\d{2}$/), slug: ZSlug, navn: z.string() }),
  "FylkeReferanse",
  "Et fylke (dagens fylkesnummer).",
);

export const ZMunicipalityRef = named(
  z.object({ nummer: z.string().regex(/^\d{4}$/), navn: z.string(), fylke: ZCountyRef }),
  "KommuneReferanse",
  "En kommune (dagens kommunenummer) med fylket den ligger i.",
);

export const ZTaxonRef = named(z.object({ slug: ZSlug, navn: z.string() }), "Begrep", "Et fokusområde eller en suksessfaktor.");

const ZStatus = z.enum(projectStatuses).describe("planlagt, pagar (pågår) eller avsluttet.");

export const ZProjectSummary = named(
  z.object({
    slug: ZSlug,
    tittel: z.string(),
    sammendrag: z.string(),
    status: ZStatus,
    startAr: ZYear.nullable(),
    sluttAr: ZYear.nullable(),
    kommuner: z.array(ZMunicipalityRef),
    fylker: z.array(ZCountyRef).describe("Fylkene kommunene ligger i, hvert én gang."),
    fokusomrader: z.array(ZTaxonRef),
    suksessfaktorer: z.array(ZTaxonRef),
    publisert: z.iso.datetime().nullable(),
    oppdatert: z.iso.datetime(),
    url: ZPageUrl,
    api: ZApiUrl,
  }),
  "ProsjektIListe",
  "Et publisert prosjekteksempel slik det står i en liste.",
);

const ZSource = z.object({
  tittel: z.string(),
  url: z.url().nullable(),
  utgiver: z.string().nullable(),
  lest: z.iso.date().nullable(),
  merknad: z.string().nullable(),
});

export const ZProject = named(
  ZProjectSummary.extend({
    tekst: z.string().describe("Brødtekst i Markdown."),
    prosjekteier: z.string().nullable(),
    kontakt: z.string().nullable(),
    finansiering: z.array(z.object({ program: z.string(), belopNok: z.int().min(0).nullable(), merknad: z.string().nullable() })),
    arbeidsmater: z.string().nullable(),
    resultater: z.string().nullable(),
    laerdommer: z.string().nullable().describe("Hva som virket og ikke, og hvorfor."),
    overforingsverdi: z.string().nullable(),
    suksessfaktorer: z.array(ZTaxonRef.extend({ notat: z.string().describe("Hvordan prosjektet viste faktoren.") })),
    rapporter: z.array(z.object({ slug: ZSlug, tittel: z.string(), ar: ZYear, api: ZApiUrl })),
    stikkord: z.array(ZTaxonRef),
    kilder: z.array(ZSource),
    sistKontrollert: z.iso.date().nullable(),
  }),
  "Prosjekt",
  "Et publisert prosjekteksempel med alle offentlige felt.",
);

const ZKind = z.enum(reportKinds);

export const ZReportSummary = named(
  z.object({
    slug: ZSlug,
    tittel: z.string(),
    forfattere: z.array(z.string()),
    utgivere: z.array(z.string()),
    ar: ZYear,
    serie: z.string().nullable(),
    nummer: z.string().nullable(),
    type: ZKind,
    sammendrag: z.string(),
    fokusomrader: z.array(ZTaxonRef),
    publisert: z.iso.datetime().nullable(),
    oppdatert: z.iso.datetime(),
    url: ZPageUrl,
    api: ZApiUrl,
  }),
  "RapportIListe",
  "En publisert rapport slik den står i en liste.",
);

export const ZReport = named(
  ZReportSummary.extend({
    isbn: z.string().nullable(),
    lenke: z.url().nullable().describe("Rapporten selv hos utgiveren."),
    tekst: z.string().describe("Omtale i Markdown."),
    suksessfaktorer: z.array(ZTaxonRef),
    prosjekter: z.array(z.object({ slug: ZSlug, tittel: z.string(), api: ZApiUrl })),
    kilder: z.array(ZSource),
    sistKontrollert: z.iso.date().nullable(),
  }),
  "Rapport",
  "En publisert rapport med alle offentlige felt.",
);

export const ZLinks = named(
  z.object({
    selv: z.url(),
    forste: z.url(),
    forrige: z.url().nullable(),
    neste: z.url().nullable(),
    siste: z.url(),
  }),
  "Lenker",
  "Sidene i en liste. neste er null på siste side.",
);

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    side: z.int().min(1),
    antall: z.int().min(1).max(100).describe("Største antall per side."),
    totalt: z.int().min(0),
    sider: z.int().min(1),
    lenker: ZLinks,
    lisens: ZLicence,
  });

export const ZProjectList = named(page(ZProjectSummary), "ProsjektListe", "En side med prosjekteksempler.");
export const ZReportList = named(page(ZReportSummary), "RapportListe", "En side med rapporter.");

const whole = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), totalt: z.int().min(0), lisens: ZLicence });
const one = <T extends z.ZodType>(item: T) => z.object({ data: item, lisens: ZLicence });

export const ZProjectResponse = named(one(ZProject), "ProsjektSvar", "Ett prosjekteksempel.");
export const ZReportResponse = named(one(ZReport), "RapportSvar", "Én rapport.");

export const ZSuccessFactor = named(
  z.object({
    slug: ZSlug,
    navn: z.string(),
    sammendrag: z.string(),
    pilar: ZTaxonRef,
    antallEksempler: z.int().min(0).describe("Publiserte eksempler som viser faktoren."),
    url: ZPageUrl,
    eksempler: z.url().describe("Eksemplene som viser faktoren, i API-et."),
  }),
  "Suksessfaktor",
  "En av de ti suksessfaktorene.",
);

export const ZFocusArea = named(
  z.object({
    slug: ZSlug,
    navn: z.string(),
    sammendrag: z.string(),
    antallEksempler: z.int().min(0),
    url: ZPageUrl,
    eksempler: z.url(),
  }),
  "Fokusomrade",
  "Et fokusområde (tema).",
);

export const ZCounty = named(
  ZCountyRef.extend({ antallEksempler: z.int().min(0), url: ZPageUrl, eksempler: z.url() }),
  "Fylke",
  "Et av dagens fylker.",
);

export const ZMunicipality = named(
  ZMunicipalityRef.extend({ antallEksempler: z.int().min(0), eksempler: z.url() }),
  "Kommune",
  "En av dagens kommuner.",
);

export const ZSuccessFactorList = named(whole(ZSuccessFactor), "SuksessfaktorListe", "Alle suksessfaktorene, i modellens rekkefølge.");
export const ZFocusAreaList = named(whole(ZFocusArea), "FokusomradeListe", "Alle fokusområdene.");
export const ZCountyList = named(whole(ZCounty), "FylkeListe", "Alle fylkene, etter nummer.");
export const ZMunicipalityList = named(whole(ZMunicipality), "KommuneListe", "Alle kommunene, etter nummer.");

export const ZApiError = named(
  z.object({
    feil: z.object({
      status: z.int().min(400).max(599),
      melding: z.string().describe("Hva som er galt, på norsk."),
      parametere: z
        .array(z.object({ navn: z.string(), melding: z.string() }))
        .describe("Parameterne som ikke kunne brukes (tom liste når feilen ikke gjelder en parameter)."),
    }),
    lisens: ZLicence,
  }),
  "Feil",
  "Et feilsvar.",
);

export type TLicence = z.infer<typeof ZLicence>;
export type TProjectSummary = z.infer<typeof ZProjectSummary>;
export type TProject = z.infer<typeof ZProject>;
export type TReportSummary = z.infer<typeof ZReportSummary>;
export type TReport = z.infer<typeof ZReport>;
export type TProjectList = z.infer<typeof ZProjectList>;
export type TReportList = z.infer<typeof ZReportList>;
export type TApiError = z.infer<typeof ZApiError>;
export type TParamProblem = { navn: string; melding: string };
