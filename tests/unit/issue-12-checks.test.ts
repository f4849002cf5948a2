import fs from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";

// Reader fixes of issue 12 that no other test held: Norwegian plurals in search counts (4) and a
// lock file that `npm install` on a fresh clone leaves as it is (11).

describe("search counts use Norwegian plural forms (issue 12, item 4)", () => {
  const counts = (locale: "nb" | "nn") => createTranslator({ locale, messages: messages[locale], namespace: "search.counts" });
  it("bokmål: 1 rapport, 2 rapporter; 1 suksessfaktor, 2 suksessfaktorer", () => {
    const t = counts("nb");
    expect([t("reports", { count: 1 }), t("reports", { count: 2 })]).toEqual(["1 rapport", "2 rapporter"]);
    expect([t("successFactors", { count: 1 }), t("successFactors", { count: 2 })]).toEqual(["1 suksessfaktor", "2 suksessfaktorer"]);
    expect([t("projects", { count: 1 }), t("projects", { count: 2 })]).toEqual(["1 prosjekteksempel", "2 prosjekteksempler"]);
    expect([t("focusAreas", { count: 1 }), t("focusAreas", { count: 2 })]).toEqual(["1 fokusområde", "2 fokusområder"]);
  });
  it("nynorsk: 1 rapport, 2 rapportar; 2 prosjekteksempel", () => {
    const t = counts("nn");
    expect([t("reports", { count: 1 }), t("reports", { count: 2 })]).toEqual(["1 rapport", "2 rapportar"]);
    expect(t("projects", { count: 2 })).toBe("2 prosjekteksempel");
  });
});

describe("the lock file matches package.json (issue 12, item 11)", () => {
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as Record<string, unknown>;
  const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")) as { name: string; version: string; packages: Record<string, Record<string, unknown>> };
  const root = lock.packages[""] ?? {};
  it("names exactly the dependencies package.json names, so npm install has nothing to change", () => {
    for (const field of ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"]) {
      expect(root[field], field).toEqual(pkg[field]);
    }
    expect([lock.name, lock.version]).toEqual([pkg.name, pkg.version]);
  });
  it("installs every direct dependency", () => {
    const direct = Object.keys({ ...(pkg.dependencies as object), ...(pkg.devDependencies as object) });
    expect(direct.filter((name) => !lock.packages[`node_modules/${name}`])).toEqual([]);
  });
});
