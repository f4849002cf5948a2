/**
 * A request's body, or null when it is longer than `max` bytes: a declared Content-Length over
 * the limit is refused before reading, and reading stops (and the stream is cancelled) as soon
 * as more than `max` bytes have come, so an endless or oversized body costs at most `max`.
 * Used by the handlers that take form posts from anyone (sign-in, project suggestions).
 */
export async function readBoundedBody(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) return null;
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
