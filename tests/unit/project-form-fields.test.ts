import { describe, expect, it } from "vitest";
import { normalizeProject } from "@/lib/content/snapshot";
import type { TProjectFile } from "@/lib/content/schemas";
import { echoRows, fieldId, fieldLabel, formValuesToInput, projectToFormValues, shownRows } from "@/lib/projects/form-fields";

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
    expect(shownRows({ "sources.0.title": "x" }, "sources")).toBe(2);
    expect(shownRows({}, "funding")).toBe(1);
  });

  // Issue 12: each failed save added an empty funding and source row, and errors drifted off their rows.
  it("draws a failed save again with the same rows, filled rows numbered as they were validated", () => {
    const posted = {
      title: "",
      "funding.0.programme": "",
      "funding.0.amountNok": "",
      "funding.0.note": "",
      "sources.0.title": "",
      "sources.0.url": "",
      "sources.1.title": "Kommunens side",
      "sources.1.url": "ikke en adresse",
      "sources.2.title": "",
    };
    let echo = echoRows(posted);
    expect(echo.values["sources.0.title"]).toBe("Kommunens side");
    expect(echo.values["sources.0.url"]).toBe("ikke en adresse");
    expect(echo.values["sources.1.title"]).toBeUndefined();
    // The posted form had the filled row and two empty ones: it comes back the same size, three times over.
    for (let i = 0; i < 3; i++) {
      const rows = shownRows(echo.values, "sources", echo.extraRows.sources);
      expect(rows).toBe(3);
      expect(shownRows(echo.values, "funding", echo.extraRows.funding)).toBe(1);
      const form: Record<string, string> = { ...echo.values };
      for (let r = 1; r < rows; r++) form[`sources.${r}.title`] = "";
      form["funding.0.programme"] = "";
      echo = echoRows(form);
    }
    // What was validated: the one filled source, at index 0 — the same index as in the echo.
    expect(formValuesToInput(posted).sources).toEqual([{ title: "Kommunens side", url: "ikke en adresse", publisher: undefined, note: undefined }]);
  });

  it("adds and removes rows without saving, keeping the others in order", () => {
    const posted = { "sources.0.title": "A", "sources.1.title": "B", "sources.2.title": "C", "sources.3.title": "", "funding.0.programme": "" };
    const added = echoRows(posted, "add:sources");
    expect(shownRows(added.values, "sources", added.extraRows.sources)).toBe(5);
    expect(added.focus).toBe("felt-sources-4-title");
    expect(added.announcement).toBe("Kilde 5 er lagt til.");

    const removed = echoRows(posted, "remove:sources.1");
    expect([removed.values["sources.0.title"], removed.values["sources.1.title"], removed.values["sources.2.title"]]).toEqual(["A", "C", undefined]);
    expect(shownRows(removed.values, "sources", removed.extraRows.sources)).toBe(3);
    expect(removed.focus).toBe("felt-sources");
    expect(removed.announcement).toBe("Kilde 2 er fjernet.");

    expect(echoRows(posted, "remove:funding.0").values["funding.0.programme"]).toBeUndefined();
    // Anything else is not a row button: the rows are only compacted.
    expect(echoRows(posted, "remove:sources.x").extraRows).toEqual({});
  });
});
