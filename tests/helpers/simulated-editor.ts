// An essay written the way the editor writes one, without a browser: ProseMirror transforms on the
// essay's schema, recorded by the same WritingLogRecorder the page uses, on a clock the test
// moves, and saved through the real autosave route.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { PUT as saveRoute } from "@/app/api/essays/[essayId]/route";
import { essaySchema } from "@/lib/editor/document";
import { WritingLogRecorder, type LogOrigin, type MergeableStep } from "@/lib/essays/writing-log";
import { documentFrom } from "@/lib/essays/writing-replay";

export class SimulatedEditor {
  doc: ProseMirrorNode;
  version: number;
  clock: number;
  readonly recorder: WritingLogRecorder;

  constructor(
    readonly essayId: string,
    initial: unknown = { type: "doc", content: [{ type: "paragraph" }] },
    version = 0,
    startAt = Date.now() - 60 * 60_000,
  ) {
    this.doc = documentFrom(initial);
    this.version = version;
    this.clock = startAt;
    this.recorder = new WritingLogRecorder(essayId, this.doc.toJSON(), () => this.clock);
  }

  private get end() {
    return this.doc.content.size - 1;
  }

  private apply(transform: Transform, origin: LogOrigin) {
    this.recorder.record(transform.steps as unknown as MergeableStep[], origin, this.clock);
    this.doc = transform.doc;
  }

  // One key at a time, `every` milliseconds apart, at the end of the essay.
  type(text: string, every = 180) {
    for (const character of text) {
      this.clock += every;
      this.apply(new Transform(this.doc).insert(this.end, essaySchema.text(character)), "typed");
    }
  }

  paste(text: string, after = 2_000) {
    this.clock += after;
    this.apply(new Transform(this.doc).insert(this.end, essaySchema.text(text)), "pasted");
  }

  insertQuotation(attrs: { quotationId: string; text: string; attribution: string }, after = 2_000) {
    this.clock += after;
    this.apply(new Transform(this.doc).insert(this.end, essaySchema.nodes.quotation!.create(attrs)), "inserted");
  }

  deleteLast(characters: number, after = 1_000) {
    this.clock += after;
    this.apply(new Transform(this.doc).delete(this.end - characters, this.end), "typed");
  }

  pause(ms: number) {
    this.clock += ms;
  }

  // The autosave, with the steps since the last one; `log` replaces the batch (to send a bad one).
  async save(log?: unknown) {
    const body = {
      baseVersion: this.version,
      document: this.doc.toJSON(),
      plan: null,
      log: log === undefined ? this.recorder.take() : log,
    };
    const response = await saveRoute(
      new Request(`http://localhost/api/essays/${this.essayId}`, { method: "PUT", body: JSON.stringify(body) }),
      { params: Promise.resolve({ essayId: this.essayId }) },
    );
    const answer = (await response.json()) as { version?: number; log?: string; logError?: string; error?: string };
    if (response.status === 200) {
      this.version = answer.version!;
      this.recorder.acknowledge(answer.log === "kept", body.document);
    } else {
      this.recorder.requeue();
    }
    return { status: response.status, ...answer };
  }
}
