import { describe, expect, it } from "vitest";
import { ContentError, loadContent } from "@/lib/content/load";
import { writeContentFixture } from "@/tests/support/content-fixture";

function problemsOf(dir: string) {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

const project = (front: string) => `---\nslug: prosjekt-a\ntitle: Prosjekt A\nsummary: S.\nstatus: avsluttet\nsources:\n  - title: K\n    url: https://example.no\n${front}---\n`;

describe("loadContent", () => {
  it("accepts a valid folder and resolves a former municipality number (Tromsø 1902 → 5501)", () => {
    const set = loadContent(writeContentFixture());
    expect(set.projects[0]?.municipalities).toEqual(["5501"]);
    expect(set.reports[0]?.title).toBe("Rapport A: en test");
  });

  it.each([
    ["a wrong type", { "projects/prosjekt-a.md": project('municipalities: ["1902"]\nstartYear: "tidlig"\n') }, "startYear", /årstall/],
    ["a missing field", { "projects/prosjekt-a.md": '---\nslug: prosjekt-a\ntitle: P\nstatus: avsluttet\nmunicipalities: ["0301"]\nsources:\n  - title: K\n---\n' }, "summary", /./],
    ["an unknown focus area", { "projects/prosjekt-a.md": project('municipalities: ["0301"]\nfocusAreas: [finnes-ikke]\n') }, "focusAreas[0]", /ukjent fokusområde «finnes-ikke»/],
    ["an unknown municipality", { "projects/prosjekt-a.md": project('municipalities: ["9999"]\n') }, "municipalities[0]", /9999 er ikke et kjent kommunenummer/],
    ["an unknown success factor", { "projects/prosjekt-a.md": project('municipalities: ["0301"]\nsuccessFactors:\n  - factor: flaks\n') }, "successFactors[0]", /ukjent suksessfaktor «flaks»/],
    ["no source", { "reports/rapport-a.md": "---\nslug: rapport-a\ntitle: R\nyear: 2010\nkind: analyse\nsummary: S.\nsources: []\n---\n" }, "sources", /minst én kilde/],
    ["a bad status", { "projects/prosjekt-a.md": project('municipalities: ["0301"]\n').replace("avsluttet", "ferdig") }, "status", /må være en av/],
    ["a slug unlike the file name", { "focus-areas/bredband.md": "---\nslug: noe-annet\nname: B\nsummary: S.\n---\n" }, "slug", /filnavnet/],
    ["an unknown field", { "focus-areas/bredband.md": "---\nslug: bredband\nname: B\nsummary: S.\nfarge: rød\n---\n" }, "", /farge/],
    ["a period that ends before it starts", { "projects/prosjekt-a.md": project('municipalities: ["0301"]\nstartYear: 2010\nendYear: 2008\n') }, "endYear", /før startår/],
  ])("names the file and field for %s", (_name, override, field, reason) => {
    const problems = problemsOf(writeContentFixture(override));
    expect(problems.length).toBeGreaterThan(0);
    const problem = problems.find((p) => (field ? p.field === field : true) && reason.test(p.reason));
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.file).toMatch(/\.md$/);
  });

  it("reports invalid YAML with the file", () => {
    const problems = problemsOf(writeContentFixture({ "focus-areas/bredband.md": "---\nslug: [\n---\n" }));
    expect(problems[0]).toMatchObject({ file: expect.stringMatching(/bredband\.md$/), reason: expect.stringMatching(/ugyldig YAML/) });
  });
});
