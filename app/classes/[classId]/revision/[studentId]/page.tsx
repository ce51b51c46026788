import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StudentSummary, ThemeMasteryTable, WeakCardsTable } from "@/components/revision/study-stats";
import { foundOrNull } from "@/lib/errors";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getStudentStudy } from "@/lib/revision/store/study-analytics";
import { ZId } from "@/lib/fields";

export const metadata: Metadata = { title: "Student revision" };

export default async function StudentRevisionPage({
  params,
}: {
  params: Promise<{ classId: string; studentId: string }>;
}) {
  const teacher = await requirePageUser("TEACHER");
  const raw = await params;
  const classId = ZId.safeParse(raw.classId);
  const studentId = ZId.safeParse(raw.studentId);
  if (!classId.success || !studentId.success) notFound();
  const study = await foundOrNull(getStudentStudy(teacher, studentId.data, classId.data));
  if (!study) notFound();

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/classes/${classId.data}/revision`}>Class revision</Link>
      </p>
      <h1>Revision: {study.student.name}</h1>
      <StudentSummary {...study.student} />
      <h2>Mastery by theme</h2>
      <ThemeMasteryTable themes={study.themes} caption={`${study.student.name}'s mastery of each theme's cards`} />
      <h2>Weak cards</h2>
      <WeakCardsTable
        cards={study.weakCards}
        caption={`Cards ${study.student.name} has most often answered wrongly`}
        showStudents={false}
      />
    </>
  );
}
