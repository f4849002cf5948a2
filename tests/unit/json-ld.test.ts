import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "@/components/ui/json-ld";

describe("serializeJsonLd", () => {
  it("escapes < so that stored text cannot close the script element", () => {
    const out = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(out).not.toContain("<");
    expect(JSON.parse(out)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
