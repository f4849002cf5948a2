import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A minimal, valid content folder in a temporary directory, for tests that break it on purpose. */
export function writeContentFixture(overrides: Record<string, string | null> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kb-content-"));
  const files: Record<string, string | null> = {
    "pillars/verktoy.md": "---\nslug: verktoy\nname: Verktøy\ntagline: Effektiv prosjektgjennomføring\norder: 4\n---\nTekst.\n",
    "success-factors/forankring.md":
      "---\nslug: forankring\nname: Forankring\npillar: verktoy\norder: 1\nsummary: Prosjektet er forankret.\n---\n",
    "focus-areas/bredband.md": "---\nslug: bredband\nname: Bredbånd\nsummary: Utbygging av bredbånd.\n---\n",
    "reports/rapport-a.md":
      "---\nslug: rapport-a\ntitle: \"Rapport A: en test\"\nyear: 2010\nkind: analyse\nsummary: Sammendrag.\nfocusAreas: [bredband]\nsources:\n  - title: Kilde\n    url: https://example.no/a\n---\n",
    "projects/prosjekt-a.md":
      "---\nslug: prosjekt-a\ntitle: Prosjekt A\nsummary: Sammendrag.\nmunicipalities: [\"1902\"]\nstatus: avsluttet\nfocusAreas: [bredband]\nsuccessFactors:\n  - factor: forankring\n    note: Slik.\nreports: [rapport-a]\nsources:\n  - title: Kilde\n    url: https://example.no/p\n---\nBrødtekst.\n",
    ...overrides,
  };
  for (const [name, text] of Object.entries(files)) {
    if (text === null) continue;
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
