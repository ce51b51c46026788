import { invalid, tooLarge } from "@/lib/errors";

// Reads a JSON request body, never buffering more than maxBytes of it. A body over the limit is
// still read to its end (and thrown away), up to DRAIN_BYTES more, so the client gets its 413
// answer rather than a connection reset; a client that sends more than that is cut off.
const DRAIN_BYTES = 8 * 1024 * 1024;

// A body as Next's Request gives it (a web stream) or as Node's server gives it (an async iterable).
export type RequestBody = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

// The parsed body, and how many bytes it was.
export async function readJsonBody(
  body: RequestBody | null,
  declaredLength: string | null,
  maxBytes: number,
  tooLargeMessage: string,
): Promise<{ value: unknown; bytes: number }> {
  const declared = Number(declaredLength ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes + DRAIN_BYTES) throw tooLarge(tooLargeMessage);
  if (!body) throw invalid("The request had no body.");
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of chunksOf(body)) {
    received += chunk.byteLength;
    if (received > maxBytes + DRAIN_BYTES) break; // leaving the loop cancels the stream
    if (received <= maxBytes) chunks.push(chunk);
  }
  if (received > maxBytes || (Number.isFinite(declared) && declared > maxBytes)) throw tooLarge(tooLargeMessage);
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString("utf8")), bytes: received };
  } catch {
    throw invalid("The request body was not valid JSON.");
  }
}

async function* chunksOf(body: RequestBody): AsyncGenerator<Uint8Array> {
  if (!("getReader" in body)) return yield* body;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
