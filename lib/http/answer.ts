import { isRefusal, UNEXPECTED_MESSAGE } from "@/lib/errors";
import { log, REQUEST_ID_HEADER } from "@/lib/log";

// Route handlers' answers: JSON, never cached, and refusals (lib/errors.ts) turned into their
// status with the message to show. Anything else is logged and answered as a 500 that reveals
// nothing. Framework-free: the direct autosave path answers with the same shapes.

export type Answer = { status: number; body: Record<string, unknown> };

export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function answerFor(
  error: unknown,
  failure: { log: string; message?: string },
  requestId?: string | null,
): Answer {
  if (isRefusal(error)) return { status: error.status, body: { error: error.message } };
  log.error({ err: error, requestId: requestId ?? undefined }, failure.log);
  return { status: 500, body: { error: failure.message ?? UNEXPECTED_MESSAGE } };
}

export function jsonResponse(answer: Answer): Response {
  return Response.json(answer.body, { status: answer.status, headers: NO_STORE });
}

// Wraps a route handler so that whatever it throws becomes an answer, never a stack trace.
// (The context is optional in the signature only so a route without parameters can be called with
// the request alone; Next always passes it.)
export function routeHandler<C = unknown>(
  failure: { log: string; message?: string },
  handle: (request: Request, context: C) => Promise<Response>,
) {
  return async (request: Request, context?: C): Promise<Response> => {
    try {
      return await handle(request, context as C);
    } catch (error) {
      return jsonResponse(answerFor(error, failure, request.headers.get(REQUEST_ID_HEADER)));
    }
  };
}
