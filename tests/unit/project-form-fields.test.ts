import { describe, expect, it } from "vitest";
import { normalizeProject } from "@/lib/content/snapshot";
import type { TProjectFile } from "@/lib/content/schemas";
import { fieldId, fieldLabel, formValuesToInput, projectToFormValues, rowCount } from "@/lib/projects/form-fields";

const project: TProjectFile = normalizeProject({
  slug: "fiber-i-tromso",
  title: "Fiber i Tromsø",
  summary: "Kort.",
  municipalities: ["5501", "5530"],
  startYear: 2010,
  endYear: 2012,
  status: "avsluttet",
  owner: "Tromsø kommune",
  funding: [{ programme: "Bolyst", amountNok: 500000, note: "Første år" }],
  methods: "Dugnad.",
  focusAreas: ["bredband"],
  successFactors: [{ factor: "forankring", note: "Vedtak i kommunestyret." }],
  reports: ["tf-rapport-303"],
  tags: ["fiber", "ungdom"],
  sources: [{ title: "Kommunen", url: "https://tromso.kommune.no" }],
  gaps: [{ topic: "resultater" }, { topic: "prosjektperiode", note: "sluttåret er ikke oppgitt: bare «ferdig i 2017»" }],
  state: "kandidat",
  body: "Tekst.",
});

describe("project form fields", () => {
  it("round-trips a project through the flat form fields", () => {
    const { state: _state, ...content } = project;
    void _state;
    expect(normalizeProject({ ...(formValuesToInput(projectToFormValues(project)) as TProjectFile), state: "kandidat" })).toEqual(
      normalizeProject({ ...content, state: "kandidat", contact: undefined, results: undefined, lessons: undefined, transferability: undefined, lastCheckedAt: undefined }),
    );
  });

  it("makes the slug from the title, splits tags, skips empty rows and reads Norwegian amounts", () => {
    const input = formValuesToInput({
      title: "Ungdom på Senja",
      slug: " ",
      tags: " Ungdom , , kultur ",
      "funding.0.programme": "",
      "funding.1.programme": "LUK",
      "funding.1.amountNok": "1 200 000 kr",
      "sources.0.title": "",
      "sources.0.url": "",
      startYear: "tjue",
    });
    expect(input).toMatchObject({ slug: "ungdom-pa-senja", tags: ["Ungdom", "kultur"], funding: [{ programme: "LUK", amountNok: 1_200_000 }], sources: [], startYear: "tjue" });
  });

  it("names fields for error summaries and ids", () => {
    expect(fieldLabel("sources.0.url")).toBe("Kilder: kilde 1, nettadresse");
    expect(fieldId("sources.0.url")).toBe("felt-sources-0-url");
    expect(rowCount({ "sources.2.title": "x" }, "sources")).toBe(4);
    expect(rowCount({}, "funding")).toBe(1);
  });
});
