import { expect, test } from "@playwright/test";

/**
 * Hostile values in every public route and parameter, against the running production build on
 * 127.0.0.1 only: overlong, invalid percent-escapes, markup, SQL and tsquery syntax, huge and
 * odd numbers. Nothing may answer 5xx. Bounded: a fixed list, at most 700 requests, 4 at a time.
 */
const hostile = [
  "x".repeat(5000),
  "%FF%FE",
  "%C0%AF",
  "%E0%A4%A",
  "%",
  encodeURIComponent("<script>alert(1)</script>"),
  encodeURIComponent("' OR 1=1; DROP TABLE project; --"),
  encodeURIComponent("a & b | !c <-> d:* (("),
  encodeURIComponent("'\\\\:*!&|"),
  "1e300",
  "-1",
  "99999999999999999999",
  "NaN",
  "%00",
  encodeURIComponent("../../etc/passwd"),
  encodeURIComponent("😀".repeat(200)),
];

const lists: Record<string, string[]> = {
  "/": ["q"],
  "/prosjekter": ["q", "fokus", "fylke", "kommune", "faktor", "status", "fra", "til", "innbyggere", "utvikling", "dokumentasjon", "side"],
  "/rapporter": ["q", "fokus", "ar", "type", "utgiver", "side"],
  "/sok": ["q", "side"],
  "/suksessfaktorer": ["q"],
  "/fokusomrader": ["q"],
  "/fylker": ["q"],
  "/admin/logg-inn": ["callbackUrl", "error"],
  "/api/auth/csrf": ["callbackUrl"],
  "/api/auth/signin": ["callbackUrl", "error"],
  "/api/auth/session": ["callbackUrl"],
  "/api/auth/providers": ["callbackUrl"],
  "/sitemap.xml": ["side"],
};
const details = ["/prosjekter/", "/rapporter/", "/suksessfaktorer/", "/fokusomrader/", "/fylker/", "/api/auth/", "/api/auth/callback/", "/admin/prosjekter/", "/"];

test("no hostile parameter or path makes any public route answer 5xx", async ({ request }) => {
  test.setTimeout(300_000);
  const urls: string[] = [];
  for (const [path, params] of Object.entries(lists)) {
    for (const param of params) for (const value of hostile) urls.push(`${path}?${param}=${value}`);
    urls.push(`${path}?${params.map((p) => `${p}=${hostile[0]}`).join("&")}`);
  }
  for (const prefix of details) for (const value of hostile) urls.push(`${prefix}${value}`);
  // Repeated and array-shaped parameters.
  urls.push("/prosjekter?fokus=a&fokus=b&fokus=%FF&side=1&side=2", "/rapporter?ar=2020&ar=x&type[]=1");
  expect(urls.length).toBeLessThanOrEqual(700);

  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let url = urls[next++]; url !== undefined; url = urls[next++]) {
      const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
      if (response.status() >= 500) failures.push(`${response.status()} ${url.slice(0, 120)}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  expect(failures).toEqual([]);
});
