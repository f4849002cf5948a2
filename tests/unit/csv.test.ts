import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "@/lib/api/csv";

describe("CSV fields", () => {
  it("quotes semicolons, quotes, line breaks and edge spaces, and nothing else", () => {
    expect(csvField("Rossfjord fiber")).toBe("Rossfjord fiber");
    expect(csvField("Tromsø; Karlsøy")).toBe('"Tromsø; Karlsøy"');
    expect(csvField('Han sa "hei"')).toBe('"Han sa ""hei"""');
    expect(csvField("to\nlinjer")).toBe('"to\nlinjer"');
    expect(csvField(" innrykk")).toBe('" innrykk"');
    expect(csvField(null)).toBe("");
    expect(csvField(2012)).toBe("2012");
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField("+47")).toBe("'+47");
    expect(csvField("@sum")).toBe("'@sum");
  });

  it("ends each line with CRLF", () => {
    expect(csvLine(["a", "b;c", null])).toBe('a;"b;c";\r\n');
  });
});
