import { answerEssaySave } from "@/lib/http/essay-save";

// PUT /api/essays/:essayId — the autosave; see lib/http/essay-save.ts for what it accepts and
// answers. Under `npm start` the server answers this request before Next's routing, with the same
// function; this handler serves it under `next dev` and plain `next start`.
export async function PUT(request: Request, { params }: { params: Promise<{ essayId: string }> }) {
  const answer = await answerEssaySave({
    essayId: (await params).essayId,
    cookie: request.headers.get("cookie"),
    contentLength: request.headers.get("content-length"),
    body: request.body,
  });
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
