import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { classesAttendedBy } from "@/lib/access/classes";
import { db } from "@/lib/db/client";
import { quotationAttribution } from "@/lib/editor/attribution";
import { assignmentsSetBy } from "@/lib/access/assignments";
import { essaysWrittenBy } from "@/lib/access/essays";
import { classCoverage, usesItem, type ExpectedItem } from "../rules";

// The items a class's teacher expects for a prompt: their suggestions for it, quotations first,
// archived library items left out.
async function expectedItems(promptId: string, teacherId: string): Promise<ExpectedItem[]> {
  const suggestions = await db.promptSuggestion.findMany({
    where: { promptId, teacherId, OR: [{ quotation: { archivedAt: null } }, { evidence: { archivedAt: null } }] },
    orderBy: { createdAt: "asc" },
    select: {
      quotation: { select: { id: true, text: true, speaker: true, year: true } },
      evidence: { select: { id: true, title: true, slug: true, text: true } },
    },
  });
  return [
    ...suggestions.flatMap(({ quotation }) => {
      if (!quotation) return [];
      const attribution = quotationAttribution(quotation);
      return [
        {
          kind: "quotation" as const,
          id: quotation.id,
          label: `“${quotation.text}” — ${attribution}`,
          insert: { type: "quotation" as const, quotationId: quotation.id, text: quotation.text, attribution },
        },
      ];
    }),
    ...suggestions.flatMap(({ evidence }) =>
      evidence
        ? [
            {
              kind: "evidence" as const,
              id: evidence.id,
              label: evidence.title,
              insert: { type: "evidence" as const, evidenceId: evidence.id, slug: evidence.slug, text: evidence.text },
            },
          ]
        : [],
    ),
  ];
}

// For the writing page: what the student's teacher expects for this assignment's prompt. Only
// for an assignment of one of the student's classes; empty otherwise.
export async function expectedForStudent(student: SessionUser, assignmentId: string): Promise<ExpectedItem[]> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: classesAttendedBy(student) },
    select: { promptId: true, class: { select: { teacherId: true } } },
  });
  return assignment ? expectedItems(assignment.promptId, assignment.class.teacherId) : [];
}

// For the teacher's assignment page: per expected item, how many essays use it; per student, the
// items their essay (latest draft) misses. Null when the assignment is not the teacher's.
export async function getClassCoverage(teacher: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentsSetBy(teacher) },
    select: {
      promptId: true,
      class: {
        select: {
          teacherId: true,
          enrolments: {
            orderBy: { student: { name: "asc" } },
            select: {
              student: {
                select: {
                  id: true,
                  name: true,
                  essays: {
                    where: { assignmentId },
                    orderBy: { draft: "desc" },
                    take: 1,
                    select: { quotationIds: true, evidenceIds: true },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!assignment) return null;
  const expected = await expectedItems(assignment.promptId, assignment.class.teacherId);
  const students = assignment.class.enrolments.map(({ student }) => ({
    id: student.id,
    name: student.name,
    essay: student.essays[0] ?? null,
  }));
  return { expected, ...classCoverage(expected, students) };
}

// For a student's released feedback: what their teacher expected for the prompt that this essay
// did not use, and the evidence cards the teacher's comments on it point to (bank comments linked
// to a card to re-teach with). Only the student's own essay, only once its feedback is released
// (and not withdrawn); null otherwise.
export async function missedInReleasedEssay(student: SessionUser, essayId: string) {
  const essay = await db.essay.findFirst({
    where: { id: essayId, ...essaysWrittenBy(student), feedback: { releasedAt: { not: null }, withdrawnAt: null } },
    select: {
      quotationIds: true,
      evidenceIds: true,
      assignment: {
        select: { promptId: true, prompt: { select: { text: true } }, class: { select: { teacherId: true } } },
      },
    },
  });
  if (!essay) return null;
  const [expected, named] = await Promise.all([
    expectedItems(essay.assignment.promptId, essay.assignment.class.teacherId),
    db.evidence.findMany({
      where: { archivedAt: null, bankComments: { some: { comments: { some: { essayId, parentId: null } } } } },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
  ]);
  const missed = expected.filter((item) => !usesItem(essay, item));
  const cardIds = [
    ...new Set([
      ...missed.filter((item) => item.kind === "evidence").map((item) => item.id),
      ...named.map((card) => card.id),
    ]),
  ];
  const quotationIds = missed.filter((item) => item.kind === "quotation").map((item) => item.id);
  return { prompt: essay.assignment.prompt.text, expected: expected.length, missed, named, cardIds, quotationIds };
}
