import { describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/actor";
import { CommandError } from "@/lib/commands/errors";
import { assertCan, can, mayEver, permissionTable, type TAction, type TProjectResource, type TReportResource } from "@/lib/auth/permissions";

const actor = (role: TActor["role"], id: number, counties: string[] = []): TActor => ({ id, role, counties, email: `${id}@example.no`, name: String(id) });
const admin = actor("admin", 1);
const tromsContact = actor("county_contact", 2, ["55"]);
const adviser = actor("adviser", 3);

const tromso: TProjectResource = { countyNumbers: ["55"], adviserId: 3, state: "under_kartlegging" };
const bodo: TProjectResource = { countyNumbers: ["18"], adviserId: null, state: "kandidat" };
const both: TProjectResource = { countyNumbers: ["18", "55"], adviserId: null, state: "kandidat" };
const nowhere: TProjectResource = { countyNumbers: [], adviserId: null, state: "kandidat" };

const projectActions = ["project.view", "project.create", "project.update", "project.tag", "project.assign", "project.publish", "project.archive", "intake.triage", "intake.contact"] as const;

/** The expected table, written out in full: [admin, Troms contact, adviser (assigned)]. */
const expectedOnTromso: Record<(typeof projectActions)[number], [boolean, boolean, boolean]> = {
  "project.view": [true, true, true],
  "project.create": [true, true, false],
  "project.update": [true, true, true],
  "project.tag": [true, true, true],
  "project.assign": [true, true, false],
  "project.publish": [true, true, false],
  "project.archive": [true, true, false],
  // Suggestions (issue 13): the county's curators triage them and see the suggester; advisers do not.
  "intake.triage": [true, true, false],
  "intake.contact": [true, true, false],
};

describe("the permission table", () => {
  // Whether each role has any way to each action, written out: a new action, or a rule turned on
  // or off for a role, fails here until the expectation is written too.
  const everMatrix: Record<string, [admin: boolean, countyContact: boolean, adviser: boolean]> = {
    "project.view": [true, true, true],
    "project.create": [true, true, false],
    "project.update": [true, true, true],
    "project.tag": [true, true, true],
    "project.assign": [true, true, false],
    "project.publish": [true, true, false],
    "project.archive": [true, true, false],
    "intake.triage": [true, true, false],
    "intake.contact": [true, true, false],
    "report.create": [true, true, false],
    "report.update": [true, true, false],
    "report.publish": [true, true, false],
    "report.archive": [true, true, false],
    "audit.read": [true, false, false],
    "user.manage": [true, false, false],
    "user.focus_areas": [true, false, false],
    "taxonomy.manage": [true, false, false],
    "synonym.manage": [true, false, false],
  };
  it("has an expectation for every action, and each role's reach matches it", () => {
    expect(Object.keys(permissionTable).sort()).toEqual(Object.keys(everMatrix).sort());
    for (const [action, expected] of Object.entries(everMatrix)) {
      expect((["admin", "county_contact", "adviser"] as const).map((role) => mayEver(role, action as TAction)), action).toEqual(expected);
    }
  });

  for (const action of projectActions) {
    it(`${action}: on a Tromsø project assigned to the adviser`, () => {
      expect([can(admin, action, tromso), can(tromsContact, action, tromso), can(adviser, action, tromso)]).toEqual(expectedOnTromso[action]);
    });
    it(`${action}: a Troms contact may not act on a Nordland project, a project spanning both, or one with no municipality`, () => {
      expect(can(tromsContact, action, bodo)).toBe(false);
      expect(can(tromsContact, action, both)).toBe(false);
      expect(can(tromsContact, action, nowhere)).toBe(false);
      expect(can(admin, action, both)).toBe(true);
    });
    it(`${action}: an adviser may do nothing with projects not assigned to them; anonymous nothing at all`, () => {
      expect(can(adviser, action, bodo)).toBe(false);
      expect(can(null, action, tromso)).toBe(false);
    });
  }

  describe("an adviser on a project assigned to them", () => {
    const states = ["kandidat", "under_kartlegging", "publisert", "arkivert"] as const;
    it.each(states)("in state %s: edits and tags only before it is published", (state) => {
      const project = { ...tromso, state };
      const open = state === "kandidat" || state === "under_kartlegging";
      expect(can(adviser, "project.update", project)).toBe(open);
      expect(can(adviser, "project.tag", project)).toBe(open);
      // They still see it in their lists, published or not.
      expect(can(adviser, "project.view", project)).toBe(true);
      // County contacts and admins are not bound by the state.
      expect(can(tromsContact, "project.update", project)).toBe(true);
      expect(can(admin, "project.update", project)).toBe(true);
    });

    it("may change municipalities within the project's counties, never move it out of them", () => {
      const stored = tromso.countyNumbers;
      expect(can(adviser, "project.update", { ...tromso, countyNumbers: ["55"], homeCountyNumbers: stored })).toBe(true);
      expect(can(adviser, "project.update", { ...tromso, countyNumbers: ["18"], homeCountyNumbers: stored })).toBe(false);
      expect(can(adviser, "project.update", { ...tromso, countyNumbers: ["18", "55"], homeCountyNumbers: stored })).toBe(false);
      // Dropping one of two counties keeps it within where it was.
      expect(can(adviser, "project.update", { ...tromso, countyNumbers: ["55"], homeCountyNumbers: ["18", "55"] })).toBe(true);
      // Admins may move any project; a county contact within their own counties.
      expect(can(admin, "project.update", { ...tromso, countyNumbers: ["18"], homeCountyNumbers: stored })).toBe(true);
    });
  });

  describe("reports: [admin, Troms contact, adviser]", () => {
    const ownedByContact: TReportResource = { createdById: tromsContact.id };
    const ownedByAdmin: TReportResource = { createdById: admin.id };
    const imported: TReportResource = { createdById: null };
    const reportActions = ["report.update", "report.publish", "report.archive"] as const;

    it("report.create: admins and county contacts", () => {
      expect([admin, tromsContact, adviser].map((a) => can(a, "report.create", null))).toEqual([true, true, false]);
    });
    it.each(reportActions)("%s: a report the contact created", (action) => {
      expect([admin, tromsContact, adviser].map((a) => can(a, action, ownedByContact))).toEqual([true, true, false]);
    });
    it.each(reportActions)("%s: a report an administrator created", (action) => {
      expect([admin, tromsContact, adviser].map((a) => can(a, action, ownedByAdmin))).toEqual([true, false, false]);
    });
    it.each(reportActions)("%s: an imported report (no creator) is the administrators' alone", (action) => {
      expect([admin, tromsContact, adviser].map((a) => can(a, action, imported))).toEqual([true, false, false]);
      expect(can(null, action, ownedByContact)).toBe(false);
    });
    it("an adviser who created a report (as a contact, before a role change) still may not edit it", () => {
      expect(can(adviser, "report.update", { createdById: adviser.id })).toBe(false);
    });
  });

  it.each([
    ["audit.read", [true, false, false]],
    ["user.manage", [true, false, false]],
    ["user.focus_areas", [true, false, false]],
    ["taxonomy.manage", [true, false, false]],
    ["synonym.manage", [true, false, false]],
  ] as [TAction, boolean[]][])("%s", (action, expected) => {
    expect([admin, tromsContact, adviser].map((a) => can(a, action as "audit.read", null))).toEqual(expected);
  });

  it("mayEver says whether a role has any way to an action (for navigation)", () => {
    expect(mayEver("county_contact", "report.create")).toBe(true);
    expect(mayEver("adviser", "report.create")).toBe(false);
    expect(mayEver("adviser", "project.update")).toBe(true);
    expect(mayEver("county_contact", "audit.read")).toBe(false);
  });

  it("assertCan throws the forbidden CommandError naming the action, the user and the record", () => {
    let thrown: unknown;
    try {
      assertCan(adviser, "project.publish", tromso, { type: "project", id: 7 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CommandError);
    expect(thrown).toMatchObject({
      code: "forbidden",
      message: "Du har ikke tilgang til å gjøre dette.",
      refusal: { action: "project.publish", userId: 3, entity: { type: "project", id: 7 } },
    });
    expect(() => assertCan(admin, "project.publish", tromso)).not.toThrow();
  });
});
