import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from "docx";
import { quotationLabel } from "@/lib/editor/quotation-label";
import type { CommentThread } from "@/lib/marking/views";
import type { ExtractView, HighlightView } from "@/lib/sources/views";
import { segmentsOf } from "@/lib/sources/rules/segments";
import { NOTE_KIND_LABEL } from "@/lib/sources/rules/note-kinds";
import { bandOf } from "@/lib/marking/rules/bands";
import type { TMarkSchemeLevels } from "./schema";

// The marked essay as a Word document with real Word comments anchored to the highlighted words,
// replies threaded under them: for a student's file or a moderator.
type JsonNode = {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
  marks?: JsonNode[];
};

export type MarkedEssayExport = {
  prompt: string;
  studentName: string;
  className: string;
  draft: number;
  submittedAt: Date | null;
  document: unknown;
  threads: CommentThread[];
  feedback: { level: number | null; mark: number | null; wentWell: string; evenBetterIf: string } | null;
  scheme: { name: string; totalMarks: number; levels: TMarkSchemeLevels };
  // Extract and source questions: the extracts, the student's highlights and notes, and the
  // teacher's comments on each highlight (Word comments anchored to the highlighted words).
  sources?: {
    extracts: ExtractView[];
    highlights: HighlightView[];
    commentsByHighlight: Record<string, CommentThread[]>;
  };
};

export async function markedEssayDocx(essay: MarkedEssayExport): Promise<Buffer> {
  const threads = new Map(essay.threads.map((thread) => [thread.id, thread]));
  const wordIds = new Map<string, number>();
  const wordComments: ICommentOptions[] = [];
  let nextId = 0;
  const addWordComment = (thread: CommentThread): number => {
    const id = nextId++;
    wordIds.set(thread.id, id);
    wordComments.push({
      id,
      author: thread.author.name,
      date: new Date(thread.createdAt),
      resolved: thread.resolved,
      children: [
        new Paragraph({
          children: [
            new TextRun({ text: thread.code ? `[${thread.code}] ` : "", bold: true }),
            new TextRun(thread.body),
          ],
        }),
      ],
    });
    for (const reply of thread.replies) {
      wordComments.push({
        id: nextId++,
        parentId: id,
        author: reply.author.name,
        date: new Date(reply.createdAt),
        children: [new Paragraph(reply.body)],
      });
    }
    return id;
  };

  // Where each comment's highlight starts and ends, counted in inline nodes in reading order.
  const inline: JsonNode[] = [];
  const collect = (node: JsonNode) =>
    node.type === "text" || node.type === "quotation" || node.type === "hardBreak"
      ? inline.push(node)
      : node.content?.forEach(collect);
  collect(essay.document as JsonNode);
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  inline.forEach((node, index) => {
    for (const id of commentIds(node)) {
      if (!threads.has(id)) continue;
      if (!first.has(id)) first.set(id, index);
      last.set(id, index);
    }
  });
  for (const thread of essay.threads) if (first.has(thread.id)) addWordComment(thread);

  let position = 0;
  const runsOf = (node: JsonNode): ParagraphChild[] => {
    if (node.type === "text" || node.type === "quotation" || node.type === "hardBreak") {
      const index = position++;
      const starts = [...first].filter(([, at]) => at === index).map(([id]) => new CommentRangeStart(wordIds.get(id)!));
      const ends = [...last]
        .filter(([, at]) => at === index)
        .flatMap(([id]) => [
          new CommentRangeEnd(wordIds.get(id)!),
          new TextRun({ children: [new CommentReference(wordIds.get(id)!)] }),
        ]);
      const marks = new Set((node.marks ?? []).map((mark) => mark.type));
      const run =
        node.type === "hardBreak"
          ? new TextRun({ break: 1 })
          : new TextRun({
              text:
                node.type === "quotation"
                  ? quotationLabel({
                      text: String(node.attrs?.text ?? ""),
                      attribution: String(node.attrs?.attribution ?? ""),
                    })
                  : (node.text ?? ""),
              bold: marks.has("bold"),
              italics: marks.has("italic"),
            });
      return [...starts, run, ...ends];
    }
    return (node.content ?? []).flatMap(runsOf);
  };
  const blocks = (node: JsonNode, context: { list?: "bullet" | "ordered"; indent: number }): Paragraph[] =>
    (node.content ?? []).flatMap((child, index) => {
      switch (child.type) {
        case "paragraph":
          return [
            new Paragraph({ children: runsOf(child), indent: context.indent ? { left: context.indent } : undefined }),
          ];
        case "heading":
          return [
            new Paragraph({
              heading: child.attrs?.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2,
              children: runsOf(child),
            }),
          ];
        case "blockquote":
          return blocks(child, { indent: context.indent + 720 });
        case "bulletList":
          return blocks(child, { list: "bullet", indent: context.indent + 360 });
        case "orderedList":
          return blocks(child, { list: "ordered", indent: context.indent + 360 });
        case "listItem": {
          // The item's first paragraph is written with its marker; anything after it follows.
          const [lead, ...rest] = child.content ?? [];
          const leadRuns = lead?.type === "paragraph" ? runsOf(lead) : [];
          const marker = new Paragraph({
            children: [new TextRun(context.list === "ordered" ? `${index + 1}. ` : "• "), ...leadRuns],
            indent: { left: context.indent },
          });
          return [
            marker,
            ...blocks({ content: lead?.type === "paragraph" ? rest : child.content }, { indent: context.indent }),
          ];
        }
        default:
          return [];
      }
    });
  const essayParagraphs = blocks(essay.document as JsonNode, { indent: 0 });
  const extractParagraphs = essay.sources?.extracts.length ? extractsSection(essay.sources, addWordComment) : [];

  const feedback = essay.feedback;
  const band = feedback?.level != null ? bandOf(essay.scheme.levels, feedback.level) : null;
  const orphans = essay.threads.filter((thread) => !first.has(thread.id));
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) =>
    new Paragraph({ heading: level, children: [new TextRun(text)] });
  const labelled = (label: string, text: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)] });

  const document = new Document({
    creator: "Stalin Workbench",
    title: `${essay.studentName}: ${essay.prompt} (draft ${essay.draft})`,
    comments: { children: wordComments },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(essay.prompt)] }),
          labelled("Student", essay.studentName),
          labelled("Class", essay.className),
          labelled("Draft", String(essay.draft)),
          ...(essay.submittedAt ? [labelled("Submitted", essay.submittedAt.toISOString().slice(0, 10))] : []),
          labelled(
            "Mark",
            feedback?.mark != null
              ? `Level ${feedback.level}, ${feedback.mark} / ${essay.scheme.totalMarks} (${essay.scheme.name})`
              : "Not yet marked",
          ),
          ...(band ? [new Paragraph({ children: [new TextRun({ text: band.descriptor, italics: true })] })] : []),
          ...(feedback?.wentWell
            ? [
                heading("What went well", HeadingLevel.HEADING_3),
                ...feedback.wentWell.split(/\n+/).map((line) => new Paragraph(line)),
              ]
            : []),
          ...(feedback?.evenBetterIf
            ? [
                heading("Even better if", HeadingLevel.HEADING_3),
                ...feedback.evenBetterIf.split(/\n+/).map((line) => new Paragraph(line)),
              ]
            : []),
          heading("Essay"),
          ...essayParagraphs,
          ...extractParagraphs,
          ...(orphans.length
            ? [
                heading("Comments on words no longer in the essay"),
                ...orphans.map(
                  (thread) =>
                    new Paragraph({
                      alignment: AlignmentType.LEFT,
                      children: [
                        new TextRun({ text: `“${thread.quotedText}”: `, italics: true }),
                        new TextRun({ text: thread.code ? `[${thread.code}] ` : "", bold: true }),
                        new TextRun(thread.body),
                      ],
                    }),
                ),
              ]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

// Each extract with its attribution, its words with the student's highlights shaded and the
// teacher's comments on them, then the highlights listed with the student's notes.
function extractsSection(
  sources: NonNullable<MarkedEssayExport["sources"]>,
  addComment: (thread: CommentThread) => number,
): Paragraph[] {
  const noun = sources.extracts[0]?.label.startsWith("Source") ? "sources" : "extracts";
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun(`The ${noun}, with the student's highlights`)],
    }),
    ...sources.extracts.flatMap((extract) => {
      const own = sources.highlights.filter((highlight) => highlight.sourceId === extract.id);
      const segments = segmentsOf(extract.text, own);
      const commentIdsOf = new Map(
        own.map((highlight) => [highlight.id, (sources.commentsByHighlight[highlight.id] ?? []).map(addComment)]),
      );
      const firstSegment = (id: string) => segments.findIndex((segment) => segment.highlightIds.includes(id));
      const lastSegment = (id: string) => segments.findLastIndex((segment) => segment.highlightIds.includes(id));
      const runs = segments.flatMap((segment, index): ParagraphChild[] => {
        const starts = own
          .filter((highlight) => firstSegment(highlight.id) === index)
          .flatMap((highlight) => commentIdsOf.get(highlight.id)!.map((id) => new CommentRangeStart(id)));
        const ends = own
          .filter((highlight) => lastSegment(highlight.id) === index)
          .flatMap((highlight) =>
            commentIdsOf
              .get(highlight.id)!
              .flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]),
          );
        return [
          ...starts,
          new TextRun({ text: segment.text, highlight: segment.highlightIds.length ? "yellow" : undefined }),
          ...ends,
        ];
      });
      const provenance = extract.provenance.map((item) => `${item.label}: ${item.value}`).join(" · ");
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_3,
          children: [new TextRun(`${extract.label}: ${extract.attribution}`)],
        }),
        new Paragraph({
          children: [
            new TextRun({ text: [extract.attributionAsGiven, provenance].filter(Boolean).join(" · "), italics: true }),
          ],
        }),
        new Paragraph({ indent: { left: 720 }, children: runs }),
        ...(own.length
          ? own.map(
              (highlight) =>
                new Paragraph({
                  bullet: { level: 0 },
                  children: [
                    new TextRun({ text: `“${highlight.quotedText}”`, highlight: "yellow" }),
                    ...(highlight.noteKind
                      ? [
                          new TextRun({
                            text: ` ${NOTE_KIND_LABEL[highlight.noteKind as keyof typeof NOTE_KIND_LABEL] ?? highlight.noteKind}:`,
                            bold: true,
                          }),
                        ]
                      : []),
                    ...(highlight.note ? [new TextRun(` ${highlight.note}`)] : []),
                  ],
                }),
            )
          : [
              new Paragraph({
                children: [
                  new TextRun({
                    text: `No highlights on this ${extract.label.split(" ")[0]?.toLowerCase()}.`,
                    italics: true,
                  }),
                ],
              }),
            ]),
      ];
    }),
  ];
}

function commentIds(node: JsonNode): string[] {
  return (node.marks ?? [])
    .filter((mark) => mark.type === "comment" && typeof mark.attrs?.id === "string")
    .map((mark) => String(mark.attrs!.id));
}
