import { describe, expect, it } from "vitest";
import { readBoundedBody } from "@/lib/http/bounded-body";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) => new Request("http://127.0.0.1/x", { method: "POST", body, headers });

/** A stream that never ends: reading must stop at the limit, not wait for the end. */
function endless(): ReadableStream<Uint8Array> {
  return new ReadableStream({ pull: (controller) => controller.enqueue(new Uint8Array(1024).fill(97)) });
}

describe("readBoundedBody", () => {
  it("gives the body when it is within the limit", async () => {
    expect(new TextDecoder().decode((await readBoundedBody(post("navn=Ola"), 64)) ?? undefined)).toBe("navn=Ola");
  });
  it("gives an empty body when there is none", async () => {
    expect((await readBoundedBody(post(null), 64))?.byteLength).toBe(0);
  });
  it("refuses a declared length over the limit without reading", async () => {
    expect(await readBoundedBody(post("x", { "content-length": "65" }), 64)).toBeNull();
  });
  it("stops reading an endless body at the limit", async () => {
    const request = new Request("http://127.0.0.1/x", { method: "POST", body: endless(), duplex: "half" } as RequestInit);
    expect(await readBoundedBody(request, 10_000)).toBeNull();
  });
});
