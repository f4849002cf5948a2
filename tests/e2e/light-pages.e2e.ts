import { expect, test } from "@playwright/test";

/**
 * Issue 10, "Light pages": no public page over 100 KB of HTML, the React payload inlined in it
 * included. These pages' weight comes from the 357 municipalities and a county's map, not from
 * the number of examples, so the test database (the real examples only) measures it.
 */
const LIMIT = 100_000;

for (const path of ["/kommuner", "/nn/kommuner", "/fylker/nordland", "/nn/fylker/nordland", "/fylker/vestland", "/fylker/innlandet", "/kommuner/1835"]) {
  test(`${path} weighs under 100 KB`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const bytes = (await response.body()).byteLength;
    expect(bytes, `${path}: ${bytes} bytes`).toBeLessThan(LIMIT);
  });
}
