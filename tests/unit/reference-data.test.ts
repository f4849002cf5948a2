/**
 * Reference data for counties and municipalities (prisma/reference/*.json),
 * checked against the two municipality registers in prisma/reference/registers/ (copies of ../shared/data/)
 * (kommuner-2026.tsv and kommuner-2015.tsv, derived from Bring's postal code register).
 *
 * The registers are kept in the repository, so the test needs nothing outside the clone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { defined } from '@/tests/support/defined';

interface County {
  number: string;
  name: string;
  slug: string;
  otherNames: string[];
}
interface FormerCounty {
  number: string;
  name: string;
  validFrom: number | null;
  validTo: number;
  successors: string[];
}
interface Municipality {
  number: string;
  name: string;
  countyNumber: string;
  otherNames: string[];
}
interface FormerMunicipality {
  number: string;
  name: string;
  countyNumber: string;
  validTo: number;
  successors: string[];
}
interface RegisterRow {
  number: string;
  name: string;
}

const ROOT = process.cwd();
const REFERENCE_DIR = path.join(ROOT, 'prisma', 'reference');
// The registers (Bring's postal register, NLOD 2.0) are kept in the repository so this test
// needs nothing outside the clone; ../shared/data holds the same files.
const SHARED_DATA_DIR = path.resolve(ROOT, 'prisma/reference/registers');

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8')) as T;
}

function readRegister(file: string): RegisterRow[] {
  const full = path.join(SHARED_DATA_DIR, file);
  if (!fs.existsSync(full)) {
    throw new Error(
      `Register ${full} is missing: the reference-data test needs ` +
        `prisma/reference/registers/${file}.`,
    );
  }
  const lines = fs.readFileSync(full, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const [header, ...rows] = lines;
  expect(header?.split('\t')).toEqual(['kommunenummer', 'kommunenavn']);
  return rows.map((line) => {
    const [number, name] = line.split('\t');
    return { number: defined(number, line).trim(), name: defined(name, line).trim() };
  });
}

/** Svalbard (21xx) and Jan Mayen (22xx) have register rows but are not municipalities. */
const isNotAMunicipality = (number: string): boolean => /^2[12]/.test(number);

const upper = (s: string): string => s.toLocaleUpperCase('nb-NO');

/** Register names carry disambiguators such as "HERØY (NORDLAND)"; returns [name, disambiguator]. */
function splitRegisterName(raw: string): [string, string | null] {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(raw);
  return m ? [m[1] ?? '', m[2] ?? null] : [raw, null];
}

/** True when `needle` occurs in `haystack` as a whole sequence of space-separated words. */
function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * The register writes multilingual names as the forms separated by spaces, not always all of them
 * and not always in today's spelling (e.g. "UNJARGGA NESSEBY", "GÁIVUOTNA KÅFJORD"), so a
 * multilingual municipality matches when the register name equals one of its names or contains
 * its Norwegian name as whole words. A municipality with one name must match exactly.
 */
function nameMatchesRegister(m: { name: string; otherNames?: string[] }, registerName: string): boolean {
  const names = [m.name, ...(m.otherNames ?? [])];
  const candidates = [...names, names.join(' '), names.join(' – ')].map(upper);
  if (candidates.includes(registerName)) return true;
  if ((m.otherNames ?? []).length > 0) return containsWords(registerName, upper(m.name));
  return false;
}

describe('reference data: counties and municipalities', () => {
  const counties = readJson<County[]>('counties.json');
  const formerCounties = readJson<FormerCounty[]>('former-counties.json');
  const municipalities = readJson<Municipality[]>('municipalities.json');
  const formerMunicipalities = readJson<FormerMunicipality[]>('former-municipalities.json');

  const countyByNumber = new Map(counties.map((c) => [c.number, c]));
  const municipalityByNumber = new Map(municipalities.map((m) => [m.number, m]));
  const formerByNumber = new Map(formerMunicipalities.map((m) => [m.number, m]));

  it('finds the shared registers', () => {
    expect(
      fs.existsSync(SHARED_DATA_DIR),
      `shared data folder ${SHARED_DATA_DIR} is missing (prisma/reference/registers)`,
    ).toBe(true);
  });

  describe('counties', () => {
    it('has the 15 counties of today, with unique numbers and slugs', () => {
      expect(counties).toHaveLength(15);
      expect(new Set(counties.map((c) => c.number)).size).toBe(15);
      expect(new Set(counties.map((c) => c.slug)).size).toBe(15);
      for (const c of counties) {
        expect(c.number).toMatch(/^\d{2}$/);
        expect(c.name.trim()).toBe(c.name);
        expect(c.name).not.toBe('');
        expect(Array.isArray(c.otherNames)).toBe(true);
      }
    });

    it('has slugs in lower-case ASCII made from the name', () => {
      for (const c of counties) {
        const expected = c.name
          .toLowerCase()
          .replace(/æ/g, 'ae')
          .replace(/ø/g, 'o')
          .replace(/å/g, 'a')
          .replace(/\s+/g, '-');
        expect(c.slug, c.name).toBe(expected);
        expect(c.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
      expect(countyByNumber.get('15')?.slug).toBe('more-og-romsdal');
      expect(countyByNumber.get('50')?.slug).toBe('trondelag');
      expect(countyByNumber.get('31')?.slug).toBe('ostfold');
    });

    it('has exactly the county numbers that today’s municipalities use', () => {
      const used = new Set(municipalities.map((m) => m.countyNumber));
      expect([...used].sort()).toEqual(counties.map((c) => c.number).sort());
    });
  });

  describe('municipalities', () => {
    const register2026 = readRegister('kommuner-2026.tsv');
    const register2026Municipalities = register2026.filter((r) => !isNotAMunicipality(r.number));

    it('has exactly 357 municipalities with unique four-digit numbers', () => {
      expect(municipalities).toHaveLength(357);
      expect(municipalityByNumber.size).toBe(357);
      for (const m of municipalities) expect(m.number).toMatch(/^\d{4}$/);
    });

    it('covers the 2026 register exactly (Svalbard and Jan Mayen excluded)', () => {
      expect(register2026Municipalities).toHaveLength(357);
      const registerNumbers = register2026Municipalities.map((r) => r.number).sort();
      expect(municipalities.map((m) => m.number).sort()).toEqual(registerNumbers);
      for (const m of municipalities) expect(isNotAMunicipality(m.number), m.number).toBe(false);
    });

    it('has names that match the register', () => {
      const mismatches: string[] = [];
      for (const row of register2026Municipalities) {
        const m = municipalityByNumber.get(row.number);
        if (!m) continue;
        const [registerName, disambiguator] = splitRegisterName(row.name);
        if (!nameMatchesRegister(m, registerName)) {
          mismatches.push(`${row.number}: register "${row.name}", reference "${m.name}" [${m.otherNames.join(', ')}]`);
        }
        if (disambiguator !== null) {
          // e.g. "HERØY (NORDLAND)": the disambiguator is the county's name
          const county = countyByNumber.get(m.countyNumber);
          if (upper(county?.name ?? '') !== disambiguator) {
            mismatches.push(`${row.number}: register disambiguator "${disambiguator}" is not county ${m.countyNumber}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    });

    it('writes names in proper case, with other names only where they exist', () => {
      for (const m of municipalities) {
        expect(m.name, m.number).not.toBe(upper(m.name));
        expect(m.name.trim()).toBe(m.name);
        expect(m.name).not.toMatch(/[()]/);
        expect(new Set(m.otherNames).size).toBe(m.otherNames.length);
        for (const other of m.otherNames) {
          expect(other).not.toBe('');
          expect(other).not.toBe(m.name);
        }
      }
      expect(municipalityByNumber.get('3338')?.name).toBe('Nore og Uvdal');
      expect(municipalityByNumber.get('1835')?.name).toBe('Træna');
      expect(municipalityByNumber.get('3226')?.name).toBe('Aurskog-Høland');
      expect(municipalityByNumber.get('5612')).toMatchObject({ name: 'Kautokeino', otherNames: ['Guovdageaidnu'] });
      expect(municipalityByNumber.get('5501')).toMatchObject({ name: 'Tromsø', countyNumber: '55' });
    });

    it('keeps municipalities that share a name apart by number and county', () => {
      const named = (name: string) =>
        municipalities
          .filter((m) => m.name === name)
          .map((m) => m.number)
          .sort();
      expect(named('Herøy')).toEqual(['1515', '1818']);
      expect(named('Våler')).toEqual(['3114', '3419']);
    });

    it('has a county number that is the first two digits of the number and exists', () => {
      for (const m of municipalities) {
        expect(m.countyNumber, m.number).toBe(m.number.slice(0, 2));
        expect(countyByNumber.has(m.countyNumber), `${m.number}: county ${m.countyNumber}`).toBe(true);
      }
    });
  });

  describe('former counties', () => {
    it('lists counties that no longer exist, with existing successors', () => {
      expect(new Set(formerCounties.map((c) => c.number)).size).toBe(formerCounties.length);
      for (const c of formerCounties) {
        expect(countyByNumber.has(c.number), `${c.number} ${c.name} still exists`).toBe(false);
        expect(c.successors.length, c.number).toBeGreaterThan(0);
        for (const s of c.successors) expect(countyByNumber.has(s), `${c.number} -> ${s}`).toBe(true);
        if (c.validFrom !== null) expect(c.validFrom).toBeLessThanOrEqual(c.validTo);
      }
      const byNumber = new Map(formerCounties.map((c) => [c.number, c]));
      expect(byNumber.get('12')?.successors).toEqual(['46']);
      expect(byNumber.get('19')?.successors).toEqual(['55']);
      expect(byNumber.get('54')).toMatchObject({ validFrom: 2020, validTo: 2023, successors: ['55', '56'] });
      expect(byNumber.get('16')).toMatchObject({ validTo: 2017, successors: ['50'] });
      expect(byNumber.get('17')).toMatchObject({ validTo: 2017, successors: ['50'] });
    });

    it('agrees with where its municipalities went', () => {
      const byNumber = new Map(formerCounties.map((c) => [c.number, c]));
      const reached = new Map<string, Set<string>>();
      for (const f of formerMunicipalities) {
        if (!byNumber.has(f.countyNumber)) continue;
        const set = reached.get(f.countyNumber) ?? new Set<string>();
        for (const s of f.successors) set.add(s.slice(0, 2));
        reached.set(f.countyNumber, set);
      }
      for (const c of formerCounties) {
        // counties whose municipalities all kept their numbers have no former municipality rows
        const set = reached.get(c.number);
        if (!set) continue;
        expect([...set].sort(), c.number).toEqual([...c.successors].sort());
      }
    });
  });

  describe('former municipalities', () => {
    const register2015 = readRegister('kommuner-2015.tsv');

    it('has unique numbers, none of them current, each with existing successors', () => {
      expect(formerByNumber.size).toBe(formerMunicipalities.length);
      for (const f of formerMunicipalities) {
        expect(f.number).toMatch(/^\d{4}$/);
        expect(municipalityByNumber.has(f.number), `${f.number} is a current number`).toBe(false);
        expect(f.countyNumber, f.number).toBe(f.number.slice(0, 2));
        expect(f.validTo).toBeGreaterThanOrEqual(2015);
        expect(f.validTo).toBeLessThanOrEqual(2023);
        expect(f.successors.length, f.number).toBeGreaterThan(0);
        expect(new Set(f.successors).size).toBe(f.successors.length);
        for (const s of f.successors) expect(municipalityByNumber.has(s), `${f.number} -> ${s}`).toBe(true);
      }
    });

    it('has a known county (today’s or former) for every former municipality', () => {
      const known = new Set([...counties.map((c) => c.number), ...formerCounties.map((c) => c.number)]);
      for (const f of formerMunicipalities) expect(known.has(f.countyNumber), f.number).toBe(true);
    });

    it('accounts for every 2015 register number', () => {
      const rows = register2015.filter((r) => !isNotAMunicipality(r.number));
      expect(rows).toHaveLength(428);
      const missing = rows.filter((r) => !municipalityByNumber.has(r.number) && !formerByNumber.has(r.number));
      expect(missing).toEqual([]);
    });

    it('has names that match the 2015 register', () => {
      const mismatches: string[] = [];
      for (const row of register2015) {
        const f = formerByNumber.get(row.number);
        if (!f) continue;
        const [registerName] = splitRegisterName(row.name);
        const name = upper(f.name);
        // multilingual register rows such as "GUOVDAGEAIDNU KAUTOKEINO" contain the Norwegian name
        const extraWords = registerName.replace(name, '').trim().split(/\s+/);
        const ok =
          registerName === name ||
          (containsWords(registerName, name) && !extraWords.includes('OG') && !name.includes(' '));
        if (!ok) mismatches.push(`${row.number}: register "${row.name}", reference "${f.name}"`);
      }
      expect(mismatches).toEqual([]);
    });

    it('resolves known cases to today’s numbers', () => {
      expect(formerByNumber.get('1902')).toMatchObject({ name: 'Tromsø', countyNumber: '19', validTo: 2019, successors: ['5501'] });
      expect(formerByNumber.get('1534')).toMatchObject({ name: 'Haram', successors: ['1580'] });
      expect(formerByNumber.get('1201')).toMatchObject({ name: 'Bergen', successors: ['4601'] });
      expect(formerByNumber.get('1504')?.successors).toEqual(['1508']);
      expect(formerByNumber.get('1507')).toMatchObject({ name: 'Ålesund', validTo: 2023, successors: ['1508', '1580'] });
      expect(formerByNumber.get('5401')).toMatchObject({ validTo: 2023, successors: ['5501'] });
      expect(formerByNumber.get('3024')).toMatchObject({ name: 'Bærum', successors: ['3201'] });
      expect(formerByNumber.get('1601')).toMatchObject({ validTo: 2017, successors: ['5001'] });
    });
  });
});
