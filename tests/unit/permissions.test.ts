import { describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/actor";
import { assertCan, can, ForbiddenError, permissionTable, type TAction, type TProjectResource } from "@/lib/auth/permissions";

const actor = (role: TActor["role"], id: number, counties: string[] = []): TActor => ({ id, role, counties, email: `${id}@example.no`, name: String(id) });
const admin = actor("admin", 1);
const tromsContact = actor("county_contact", 2, ["55"]);
const adviser = actor("adviser", 3);

const tromso: TProjectResource = { countyNumbers: ["55"], adviserId: 3 };
const bodo: TProjectResource = { countyNumbers: ["18"], adviserId: null };
const both: TProjectResource = { countyNumbers: ["18", "55"], adviserId: null };
const nowhere: TProjectResource = { countyNumbers: [], adviserId: null };

const projectActions = ["project.create", "project.update", "project.tag", "project.assign", "project.publish", "project.archive"] as const;

/** The expected table, written out in full: [admin, Troms contact, adviser (assigned)]. */
const expectedOnTromso: Record<(typeof projectActions)[number], [boolean, boolean, boolean]> = {
  "project.create": [true, true, false],
  "project.update": [true, true, true],
  "project.tag": [true, true, true],
  "project.assign": [true, true, false],
  "project.publish": [true, true, false],
  "project.archive": [true, true, false],
};

describe("the permission table", () => {
  it("covers every action for every role", () => {
    for (const rules of Object.values(permissionTable)) expect(Object.keys(rules).sort()).toEqual(["admin", "adviser", "county_contact"]);
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

  it.each([
    ["report.create", [true, true, false]],
    ["report.update", [true, true, false]],
    ["audit.read", [true, false, false]],
    ["user.manage", [true, false, false]],
  ] as [TAction, boolean[]][])("%s", (action, expected) => {
    expect([admin, tromsContact, adviser].map((a) => can(a, action as "audit.read", null))).toEqual(expected);
  });

  it("assertCan throws a typed ForbiddenError naming the action and the user", () => {
    expect(() => assertCan(adviser, "project.publish", tromso, { type: "project", id: 7 })).toThrow(ForbiddenError);
    try {
      assertCan(adviser, "project.publish", tromso, { type: "project", id: 7 });
    } catch (error) {
      expect(error).toMatchObject({ action: "project.publish", userId: 3, entity: { type: "project", id: 7 } });
    }
    expect(() => assertCan(admin, "project.publish", tromso)).not.toThrow();
  });
});
