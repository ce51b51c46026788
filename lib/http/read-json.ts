// Reads a JSON request body, refusing it as soon as it passes maxBytes rather than after
// buffering however much a client chooses to send.
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

export async function readJsonBody(request: Request, maxBytes: number, tooLargeMessage: string): Promise<unknown> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyError(413, tooLargeMessage);
  if (!request.body) throw new BodyError(400, "The request had no body.");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new BodyError(413, tooLargeMessage);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BodyError(400, "The request body was not valid JSON.");
  }
}
